package plandoc.resolved;

/**
 * Markdown source whose references have been replaced by their labels ({@code [Phụ lục 3](#pl-du-an)})
 * and whose inline figures are formatted. Raw HTML in it must be escaped by the renderer.
 */
public record MarkdownText(String source) implements Rich {
    public MarkdownText {
        java.util.Objects.requireNonNull(source, "source");
    }

    @Override
    public String plain() {
        return source;
    }

    @Override
    public boolean isEmpty() {
        return source.isBlank();
    }
}
