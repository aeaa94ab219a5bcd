package plandoc.render.html;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import plandoc.resolved.Rich;

/**
 * Exposes records as properties (FreeMarker's record support) and wraps every {@link Rich} value as
 * HTML markup, so a template writes {@code ${section.title}} or {@code ${article.text}} and gets
 * escaped-and-linked HTML without ever calling the Markdown renderer or using {@code ?no_esc}.
 */
public final class RichObjectWrapper extends DefaultObjectWrapper {

    private final RichHtml richHtml;

    public RichObjectWrapper(Version version, RichHtml richHtml) {
        super(new DefaultObjectWrapperBuilder(version), true);
        this.richHtml = richHtml;
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Rich rich) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(richHtml.toHtml(rich));
        }
        return super.handleUnknownType(object);
    }
}
