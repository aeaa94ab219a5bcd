package plandoc.render.markdown;

/**
 * Turns the Markdown of one text field into an HTML fragment that is safe to place in a page.
 *
 * <p>Implementations must: escape raw HTML instead of passing it through; keep only {@code http},
 * {@code https}, {@code mailto}, relative and {@code #anchor} links ({@link LinkPolicy}); render
 * Markdown headings as bold paragraphs so they never compete with the document's own headings; and
 * emit Unicode characters rather than named entities, because the PDF path parses the page as XML.
 */
public interface MarkdownRenderer {

    /**
     * The HTML fragment for {@code markdown}; empty for blank input. {@code tableCaptions} name its tables, one each
     * in order, as compute worded them ({@link plandoc.resolved.MarkdownText#tableCaptions}).
     */
    String toHtml(String markdown, java.util.List<String> tableCaptions);
}
