package plandoc.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import plandoc.resolved.Keyword;
import plandoc.resolved.Rich;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exposes records as properties (FreeMarker's record support) and wraps every {@link Rich} value as
 * HTML markup, so a template writes {@code ${section.title}} or {@code ${article.text}} and gets
 * escaped-and-linked HTML without ever calling the Markdown renderer or using {@code ?no_esc}.
 * A record's components are read without FreeMarker's class introspection ({@link RecordModel}).
 */
public final class RichObjectWrapper extends DefaultObjectWrapper {

    private final RichHtml richHtml;
    private final Map<Class<?>, RecordComponents> components = new ConcurrentHashMap<>();

    public RichObjectWrapper(Version version, RichHtml richHtml) {
        super(new DefaultObjectWrapperBuilder(version), true);
        this.richHtml = richHtml;
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Rich rich) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(richHtml.toHtml(rich));
        }
        if (object instanceof Keyword keyword) {
            // The word the template compared and printed before the value was typed ("group"), without introspection.
            return new SimpleScalar(keyword.id());
        }
        if (object instanceof Record record) {
            return new RecordModel(record, components.computeIfAbsent(record.getClass(),
                    type -> RecordComponents.of(record.getClass(), getMemberAccessPolicy())), this);
        }
        return super.handleUnknownType(object);
    }

    /** The model FreeMarker itself makes for {@code record}: what a template reaches beyond its components. */
    TemplateModel beanModel(Record record) throws TemplateModelException {
        return super.handleUnknownType(record);
    }
}
