package plandoc.resolved;

/** A run of plain text, or a link to an anchor in the same document when {@code anchor} is not empty. */
public record Span(String text, String anchor) {
    public Span {
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(anchor, "anchor");
    }

    public static Span text(String text) {
        return new Span(text, "");
    }

    public static Span link(String text, String anchor) {
        return new Span(text, anchor);
    }

    public boolean isLink() {
        return !anchor.isEmpty();
    }
}
