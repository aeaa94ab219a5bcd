package plandoc.render;

import java.util.Optional;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Messages;

/**
 * Something the render or publish stage could not do, in GNU style so editors can jump to it:
 * {@code templates/plan.ftlh:12:5: <message> [văn bản: 4086-qd-ubnd]}. The message is a key with its
 * arguments, printed in the user's language like every other problem.
 *
 * @param kind     what kind of failure, for the CLI's exit code
 * @param location a file, with line and column when known, or ""
 * @param message  what went wrong and what to do
 * @param plan     the slug of the plan being rendered, or "" when the problem is not about one plan
 * @param cause    the exception behind a fault of plandoc, printed with {@code PLANDOC_DEBUG=1}
 */
public record RenderProblem(Kind kind, String location, Message message, String plan, Optional<Throwable> cause) {

    public RenderProblem(Kind kind, String location, Message message, String plan) {
        this(kind, location, message, plan, Optional.empty());
    }

    /** How the CLI maps problems to exit codes: {@link #INTERNAL} alone is a fault of plandoc (exit 3). */
    public enum Kind {
        /** A template does not parse or fails while running: the province's templates need fixing. */
        TEMPLATE,
        /** The resolved document asks for something the renderer refuses (an unsafe file name, a missing image). */
        CONTENT,
        /** Reading templates, fonts or images, or writing the site, failed: a disk, a permission, a path. */
        IO,
        /** A bug: a library threw something unexpected. */
        INTERNAL,
        /**
         * Not a problem of its own but what followed from one printed before it (the site left as it was):
         * printed as a note, not counted as an error — one mistake is one error.
         */
        NOTE
    }

    /** Whether this is a {@link Kind#NOTE}. */
    public boolean isNote() {
        return kind == Kind.NOTE;
    }

    /** The same problem at {@code place} (a template named in the author's folder). */
    public RenderProblem at(String place) {
        return new RenderProblem(kind, place, message, plan, cause);
    }

    public boolean isDefect() {
        return kind == Kind.INTERNAL;
    }

    /** The problem as printed, in the language of {@code messages}. */
    public String format(Messages messages) {
        String where = location.isEmpty() ? "" : location + ": ";
        String which = plan.isEmpty() ? "" : " " + messages.text("render.in-plan", plan);
        return where + messages.format(message) + which;
    }

    /**
     * As a command prints it: the place first, then {@code severity} ("lỗi"), as every problem in the sources
     * is printed, so an editor jumps to it: {@code templates/plan.ftlh:13:32: lỗi: …}.
     */
    public String format(Messages messages, String severity) {
        String where = location.isEmpty() ? "" : location + ": ";
        String which = plan.isEmpty() ? "" : " " + messages.text("render.in-plan", plan);
        return where + severity + ": " + messages.format(message) + which;
    }

    @Override
    public String toString() {
        return format(Messages.forLanguage("vi"));
    }
}
