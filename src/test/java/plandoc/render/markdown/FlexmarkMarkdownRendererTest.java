package plandoc.render.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlexmarkMarkdownRendererTest {

    private final MarkdownRenderer markdown = new FlexmarkMarkdownRenderer(new LinkPolicy());

    /** The page's HTML for a text whose tables compute captioned. */
    private String html(String source) {
        return markdown.toHtml(source, plandoc.compute.MarkdownTableCaptions.of(source));
    }

    @Test
    void rendersParagraphsListsAndEmphasis() {
        assertEquals("<p>Phê duyệt <em>điều chỉnh</em>:</p>\n<ul>\n<li>Một;</li>\n<li>Hai.</li>\n</ul>\n",
                html("Phê duyệt *điều chỉnh*:\n\n- Một;\n- Hai."));
    }

    @Test
    void escapesRawHtmlInsteadOfPassingItThrough() {
        String html = html("<div onclick=\"x()\">khối</div>\n\nVăn bản <b>đậm</b> <script>alert(1)</script>");
        assertFalse(html.contains("<div"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;b&gt;đậm&lt;/b&gt;"), html);
    }

    /** A pipe row is one line: {@code <br>} (any spelling) is the one tag read, a line break in the cell. */
    @Test
    void readsBrAsALineBreakAndEveryOtherTagAsText() {
        String html = html("| Cơ quan | Đầu mối |\n|---|---|\n| Sở Y tế | - Phòng A<br>- Phòng B<BR/>- Phòng C<br /><b>D</b> |");
        assertTrue(html.contains("<td>- Phòng A<br />- Phòng B<br />- Phòng C<br />&lt;b&gt;D&lt;/b&gt;</td>"), html);
        assertFalse(html.contains("&lt;br"), html);
        String other = html("a<brx>b");
        assertTrue(other.contains("a&lt;brx&gt;b"), other);
    }

    /** A row of fewer cells than the header gets empty cells (GFM), not a row whose rules stop short. */
    @Test
    void padsARowOfFewerCells() {
        String html = html("| a | b | c |\n|---|---|---|\n| 1 | 2 |");
        assertTrue(html.contains("<tr><td>1</td><td>2</td><td></td></tr>"), html);
    }

    @Test
    void rendersHeadingsAsBoldParagraphsSoTheyNeverCompeteWithDocumentHeadings() {
        String html = html("## Nhiệm vụ cụ thể\n\nVăn bản.");
        assertEquals("<p class=\"md-heading md-heading-2\"><strong>Nhiệm vụ cụ thể</strong></p>\n<p>Văn bản.</p>\n", html);
    }

    @Test
    void keepsSafeLinks() {
        String html = html("[a](#pl-du-an) [b](https://hatinh.gov.vn/) [c](http://a.vn) [d](mailto:vt@hatinh.gov.vn) [e](../khac/index.html) <https://b.vn>");
        assertTrue(html.contains("<a href=\"#pl-du-an\">a</a>"), html);
        assertTrue(html.contains("<a href=\"https://hatinh.gov.vn/\">b</a>"), html);
        assertTrue(html.contains("<a href=\"http://a.vn\">c</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:vt@hatinh.gov.vn\">d</a>"), html);
        assertTrue(html.contains("<a href=\"../khac/index.html\">e</a>"), html);
        assertTrue(html.contains("<a href=\"https://b.vn\">https://b.vn</a>"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))", "[x](JavaScript:alert(1))", "[x](jav&#x09;ascript:alert(1))",
            "[x](data:text/html,abc)", "[x](file:///etc/passwd)", "[x](//evil.example/)",
            "[x][r]\n\n[r]: javascript:alert(2)", "<javascript:alert(1)>", "[x](vbscript:msgbox)"})
    void rendersOtherLinksAsPlainText(String source) {
        String html = html(source);
        assertFalse(html.contains("<a "), html);
        assertFalse(html.contains("href"), html);
    }

    @Test
    void rendersImagesAsTheirAltTextBecauseImagesComeFromImageBlocks() {
        String html = html("![Bản đồ](http://example.vn/x.png)");
        assertEquals("<p>Bản đồ</p>\n", html);
    }

    @Test
    void emitsUnicodeNotNamedEntities() {
        String html = html("a&nbsp;b &ldquo;trích&rdquo; &hellip; & <");
        assertEquals("<p>a\u00a0b “trích” … &amp; &lt;</p>\n", html);
    }

    @Test
    void normalisesToNfc() {
        String decomposed = Normalizer.normalize("Hà Tĩnh", Normalizer.Form.NFD);
        assertEquals("<p>Hà Tĩnh</p>\n", html(decomposed));
    }

    @Test
    void aTableOfTwelveRowsIsMarkedShortAndOfThirteenIsNot() {
        String head = "| Chỉ tiêu | 2025 |\n|---|--:|\n";
        assertTrue(html(head + "| a | 1 |\n".repeat(12)).contains("<table class=\"md-table md-short\">"));
        assertTrue(html(head + "| a | 1 |\n".repeat(13)).contains("<table class=\"md-table\">"));
    }

    @Test
    void wrapsTablesSoTheyScrollOnPhones() {
        String html = html("| Chỉ tiêu | 2025 |\n|---|--:|\n| Tỷ lệ | 95% |");
        assertTrue(html.startsWith("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Bảng: Chỉ tiêu, 2025\">\n"
                + "<table class=\"md-table md-short\">\n<caption class=\"visually-hidden\">Bảng: Chỉ tiêu, 2025</caption>"), html);
        assertTrue(html.contains("<thead>"), html);
        assertTrue(html.contains("<th scope=\"col\">Chỉ tiêu</th>"), html);
        assertTrue(html.contains("<th align=\"right\" scope=\"col\">2025</th>"), html);
        assertTrue(html.strip().endsWith("</table>\n</div>"), html);
    }

    /** The renderer places compute's caption for each table, in order: it words none itself. */
    @Test
    void placesTheCaptionsItIsGiven() {
        String twoTables = "| a |\n|---|\n| 1 |\n\nText.\n\n| b |\n|---|\n| 2 |\n";
        String html = markdown.toHtml(twoTables, java.util.List.of("First", "Second"));
        assertTrue(html.contains("aria-label=\"First\"") && html.contains("<caption class=\"visually-hidden\">Second</caption>"),
                html);
        assertFalse(html.contains("Bảng"), html);
        IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> markdown.toHtml(twoTables, java.util.List.of("First")));
        assertTrue(missing.getMessage().contains("table 2"), missing.getMessage());
    }

    @Test
    void rendersBlankAsNothing() {
        assertEquals("", html("  \n "));
    }
}
