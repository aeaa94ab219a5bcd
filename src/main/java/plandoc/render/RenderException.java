package plandoc.render;

/** Rendering or writing one plan failed; carries what the officer needs to find the cause. */
public class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RenderProblem.Kind kind;
    private final String location;
    private final String plan;

    public RenderException(RenderProblem.Kind kind, String location, String message, String plan, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.location = location;
        this.plan = plan;
    }

    public RenderProblem toProblem() {
        return new RenderProblem(kind, location, getMessage(), plan);
    }

    public String location() {
        return location;
    }

    public String plan() {
        return plan;
    }
}
