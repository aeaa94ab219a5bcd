package plandoc.render;

/**
 * Something the render stage could not do, in GNU style so editors can jump to it:
 * {@code templates/plan.ftlh:12:5: <message> [văn bản: 4086-qd-ubnd]}.
 *
 * @param kind     what kind of failure, for the CLI's exit code
 * @param location a file, with line and column when known
 * @param message  what went wrong
 * @param plan     the slug of the plan being rendered, or "" when the problem is not about one plan
 */
public record RenderProblem(Kind kind, String location, String message, String plan) {

    /** How the CLI may map problems to exit codes. */
    public enum Kind {
        /** A template does not parse or fails while running: the province's templates need fixing. */
        TEMPLATE,
        /** The resolved document asks for something the renderer refuses (an unsafe file name, a missing image). */
        CONTENT,
        /** Reading templates, fonts or images, or writing the site, failed. */
        IO,
        /** A bug: a library threw something unexpected. */
        INTERNAL
    }

    @Override
    public String toString() {
        String where = location.isEmpty() ? "" : location + ": ";
        String which = plan.isEmpty() ? "" : " [văn bản: " + plan + "]";
        return where + message + which;
    }
}
