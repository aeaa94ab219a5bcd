package plandoc.render.html;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import freemarker.ext.util.WrapperTemplateModel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A record as a template sees it: the same model FreeMarker's bean wrapper makes for it, but a value
 * read by name ({@code ${plan.info}}, {@code ${links.tableFileCount}}) is read through its method without first
 * introspecting the whole class with {@code java.beans} — in a cold process that introspection was most
 * of FreeMarker's time on a plan page (issue 17). Everything else a template may do with the record (call
 * a method, list its keys, print it, ask {@code ?has_content}) goes to FreeMarker's own model, made on
 * first such use, so an edited template reaches exactly what it reached before.
 */
final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel, TemplateScalarModel,
        AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {

    private final Record record;
    private final RecordComponents components;
    private final RichObjectWrapper wrapper;
    /** FreeMarker's own model of the record, for anything but reading a component. */
    private TemplateModel beanModel;

    RecordModel(Record record, RecordComponents components, RichObjectWrapper wrapper) {
        this.record = record;
        this.components = components;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method reader = components.reader(key);
        if (reader == null) {
            return beanModel().get(key);
        }
        try {
            return wrapper.wrap(reader.invoke(record));
        } catch (InvocationTargetException | IllegalAccessException e) {
            return beanModel().get(key); // the same call again, failing with FreeMarker's own message
        }
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key)
            throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return ((MethodCallAwareTemplateHashModel) beanModel()).getBeforeMethodCall(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
        return beanModel().isEmpty();
    }

    @Override
    public int size() throws TemplateModelException {
        return beanModel().size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        return beanModel().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        return beanModel().values();
    }

    @Override
    public String getAsString() throws TemplateModelException {
        return ((TemplateScalarModel) beanModel()).getAsString();
    }

    @Override
    public TemplateModel getAPI() throws TemplateModelException {
        return ((TemplateModelWithAPISupport) beanModel()).getAPI();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }

    private TemplateHashModelEx beanModel() throws TemplateModelException {
        if (beanModel == null) {
            beanModel = wrapper.beanModel(record);
        }
        return (TemplateHashModelEx) beanModel;
    }
}
