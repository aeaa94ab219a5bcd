package plandoc.resolved;

/** Markdown paragraphs. */
public record TextBlock(MarkdownText text) implements Block {
    @Override
    public String kind() {
        return "text";
    }
}
