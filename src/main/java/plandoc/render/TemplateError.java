package plandoc.render;

/**
 * A template failed to parse or to run. The location is the template file as the user named its
 * folder ({@code templates/plan.ftlh:12:5}), because provinces edit their own copies.
 */
public final class TemplateError extends RenderException {

    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;

    /**
     * @param template the template path as shown to the user ("templates/plan.ftlh")
     * @param line     1-based, or 0 when unknown (e.g. a missing template)
     * @param column   1-based, or 0 when unknown
     * @param plan     the slug of the plan being rendered, or "" for the site index
     */
    public TemplateError(String template, int line, int column, plandoc.diagnostic.Message message, String plan,
                         Throwable cause) {
        super(RenderProblem.Kind.TEMPLATE, locate(template, line, column), message, plan, cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    private static String locate(String template, int line, int column) {
        return line > 0 ? template + ":" + line + ":" + column : template;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
