package plandoc.render;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import plandoc.diagnostic.Message;

/** Rendering or writing one plan failed; carries what the officer needs to find the cause. */
public class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RenderProblem.Kind kind;
    private final String location;
    private final Message text;
    private final String plan;

    public RenderException(RenderProblem.Kind kind, String location, Message text, String plan, Throwable cause) {
        super(text.key() + " " + text.args(), cause);
        this.kind = kind;
        this.location = location;
        this.text = text;
        this.plan = plan;
    }

    public RenderProblem toProblem() {
        return new RenderProblem(kind, location, text, plan, Optional.ofNullable(getCause()));
    }

    public String location() {
        return location;
    }

    public String plan() {
        return plan;
    }

    /**
     * What is read from the templates folder (templates, stylesheets, fonts) could not be read: a missing file
     * is named, any other failure is said of the folder.
     */
    public static RenderException templatesUnreadable(Path templatesDir, IOException e) {
        if (e instanceof UnusableFile unusable) {
            return new RenderException(RenderProblem.Kind.IO, unusable.file(), unusable.text(), "", e);
        }
        if (e instanceof NoSuchFileException missing) {
            return new RenderException(RenderProblem.Kind.IO, missing.getFile(), Message.of("render.file-missing"), "", e);
        }
        return new RenderException(RenderProblem.Kind.IO, templatesDir.toString(),
                Message.of("render.templates-unreadable", String.valueOf(e.getMessage())), "", e);
    }

    /**
     * Printing the PDF {@code pdf} of {@code plan} failed: a fault of plandoc, unless a font the print read is
     * unusable ({@link UnusableFile}, thrown through the PDF library unchecked), which the officer can replace.
     */
    public static RenderException pdfFailed(String pdf, String plan, Exception e) {
        if (e instanceof java.io.UncheckedIOException unchecked && unchecked.getCause() instanceof UnusableFile unusable) {
            return new RenderException(RenderProblem.Kind.IO, pdf, unusable.text(), plan, e);
        }
        return new RenderException(RenderProblem.Kind.INTERNAL, pdf, Message.of("render.pdf-failed", String.valueOf(e)),
                plan, e);
    }

    /**
     * What a task on another thread threw, thrown again as it was: a render problem, a runtime exception
     * or an error; anything else (a checked exception no task declares) as an illegal state.
     */
    public static RuntimeException rethrown(java.util.concurrent.ExecutionException e) throws RenderException {
        Throwable cause = e.getCause();
        if (cause instanceof RenderException render) {
            throw render;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
