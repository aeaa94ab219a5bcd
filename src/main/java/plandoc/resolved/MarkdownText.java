package plandoc.resolved;

/**
 * Markdown source whose references have been replaced by their labels ({@code [Phụ lục 3](#pl-du-an)})
 * and whose inline figures are formatted. Raw HTML in it must be escaped by the renderer.
 *
 * @param tableCaptions what names each of its tables for a screen reader ("Bảng: Chỉ tiêu, 2025"), in order
 */
public record MarkdownText(String source, java.util.List<String> tableCaptions) implements Rich {
    public MarkdownText {
        java.util.Objects.requireNonNull(source, "source");
        tableCaptions = java.util.List.copyOf(tableCaptions);
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
