package plandoc.layout;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plandoc.layout.LayoutInspector.Rule;
import plandoc.layout.LayoutInspector.Violation;
import plandoc.render.RenderSettings;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.pdf.PdfRenderer;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.TocEntry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inspector on small pages printed with the project's own pdf.css: a clean page passes, and a
 * page made to break each rule fails with that rule.
 */
class LayoutInspectorTest {

    private static final String SENTENCE = "Các sở, ban, ngành, địa phương triển khai thực hiện kế hoạch bảo đảm "
            + "tiến độ, chất lượng và hiệu quả, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm. ";
    private static PdfRenderer renderer;

    @BeforeAll
    static void renderer() throws Exception {
        renderer = new PdfRenderer(PdfFonts.bundled(),
                Files.readString(Path.of("templates/assets/pdf.css"), StandardCharsets.UTF_8), RenderSettings.defaults());
    }

    @Test
    void aCleanDocumentPasses() throws Exception {
        assertEquals(List.of(), inspect(paragraphs(3) + "<p>" + SENTENCE + "./.</p>"));
    }

    @Test
    void aLineWiderThanTheTextAreaFails() throws Exception {
        String table = "<table class=\"data-table\" style=\"width: 200mm\"><tbody><tr><td>"
                + "x".repeat(20) + "</td><td style=\"white-space: nowrap\">" + "tổng".repeat(25) + "</td></tr></tbody></table>";
        assertRules(inspect(table + "<p>" + SENTENCE + "./.</p>"), Rule.GLYPH_OUTSIDE_TEXT_AREA);
    }

    @Test
    void anEndMarkAloneOnItsPageFails() throws Exception {
        String html = paragraphs(3) + "<p>" + SENTENCE + "</p><p style=\"page-break-before: always\">./.</p>";
        assertRules(inspect(html), Rule.PAGE_HOLDING_NOTHING, Rule.END_MARK);
    }

    @Test
    void aHeadingAtTheFootOfAPageFails() throws Exception {
        String html = paragraphs(3) + "<h2 class=\"section-heading\">II. TỔ CHỨC THỰC HIỆN</h2>"
                + "<p style=\"page-break-before: always\">" + SENTENCE + "./.</p>";
        assertRules(inspect(html), Rule.STRANDED_AT_PAGE_FOOT);
    }

    @Test
    void aBodyParagraphInBoldFails() throws Exception {
        String html = "<p style=\"font-weight: bold\">2.1. " + SENTENCE.repeat(3) + "</p><p>" + SENTENCE + "./.</p>";
        assertRules(inspect(html), Rule.BOLD_BODY_PARAGRAPH);
    }

    @Test
    void twoEndMarksInOnePartFail() throws Exception {
        assertRules(inspect("<p>" + SENTENCE + "./.</p><p>" + SENTENCE + "./.</p>"), Rule.END_MARK);
    }

    @Test
    void anEndMarkOnItsOwnLineAfterProseFails() throws Exception {
        assertRules(inspect("<p>" + SENTENCE + "</p><p class=\"note note-end\">./.</p>"), Rule.END_MARK);
    }

    @Test
    void aRepeatedTableHeaderTallerThanAFifthOfThePageFails() throws Exception {
        StringBuilder table = new StringBuilder("<table class=\"data-table\"><thead><tr><th>TT</th><th style=\"width: 12mm\">"
                + "Nguồn vốn ODA, xã hội hóa và các nguồn hợp pháp khác của các tổ chức, cá nhân trong và ngoài nước"
                + "</th><th>Nội dung</th></tr></thead><tbody>");
        for (int row = 1; row <= 60; row++) {
            table.append("<tr><td>").append(row).append("</td><td>1.000</td><td>Nhiệm vụ số ").append(row).append("</td></tr>");
        }
        table.append("</tbody></table>");
        assertRules(inspect(table + "<p>" + SENTENCE + "./.</p>"), Rule.TALL_TABLE_HEADER);
    }

    @Test
    void aBookmarkBeforeItsParentOrHoldingBodyTextFails() throws Exception {
        String html = "<h2 id=\"a\">I. MỤC TIÊU</h2>" + paragraphs(3)
                + "<h2 id=\"b\" style=\"page-break-before: always\">II. TỔ CHỨC THỰC HIỆN</h2><p>" + SENTENCE + "./.</p>";
        List<TocEntry> toc = List.of(new TocEntry(1, "II. Tổ chức thực hiện", "b"), new TocEntry(2, "I. Mục tiêu", "a"),
                new TocEntry(1, "Điều 2. Tổ chức thực hiện 1. Sở Thông tin và Truyền thông chủ trì", "b"));
        List<Violation> found = LayoutInspector.inspect(print(html, toc));
        assertRules(found, Rule.BOOKMARK_TREE);
        assertEquals(2, found.size(), found.toString());
    }

    /** The header block as document.ftlh prints it, with the issuer rule {@code width} long. */
    private static String headerBlock(String width) {
        return "<table class=\"doc-header\" role=\"presentation\"><colgroup><col class=\"doc-header-left\" />"
                + "<col class=\"doc-header-right\" /></colgroup><tbody><tr><td class=\"issuer-block\">"
                + "<p class=\"issuer\">ỦY BAN NHÂN DÂN<br />TỈNH HÀ TĨNH</p><div class=\"rule rule-issuer\" style=\"width: "
                + width + "\"></div></td><td class=\"motto-block\"><p class=\"national-name\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                + "VIỆT NAM</p><p class=\"motto\"><span class=\"motto-text\">Độc lập - Tự do - Hạnh phúc</span></p></td>"
                + "</tr></tbody></table>";
    }

    @Test
    void anIssuerRuleOutsideAThirdToAHalfOfTheLineAboveFails() throws Exception {
        // "TỈNH HÀ TĨNH" at 12 pt bold is about 31 mm: 12.4 mm is 0.4 of it, 17 mm more than half.
        assertEquals(List.of(), inspect(headerBlock("12.4mm") + "<p>" + SENTENCE + "./.</p>"));
        assertRules(inspect(headerBlock("17mm") + "<p>" + SENTENCE + "./.</p>"), Rule.ISSUER_RULE);
        assertRules(inspect(headerBlock("8mm") + "<p>" + SENTENCE + "./.</p>"), Rule.ISSUER_RULE);
    }

    @Test
    void aLineOpeningWithACommaFails() throws Exception {
        assertRules(inspect("<p>" + SENTENCE + " giai đoạn 2021-2025<br />, định hướng đến năm 2030./.</p>"),
                Rule.LINE_OPENS_WITH_CLOSING_PUNCTUATION);
    }

    private static String paragraphs(int pages) {
        return ("<p>" + SENTENCE.repeat(4) + "</p>").repeat(7 * pages);
    }

    private static List<Violation> inspect(String body) throws Exception {
        return LayoutInspector.inspect(print(body, List.of()));
    }

    private static byte[] print(String body, List<TocEntry> toc) throws Exception {
        String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\" /><title>t</title></head><body>"
                + "<main class=\"document\"><div class=\"page-number-run\"><span class=\"page-number\"></span></div>"
                + body + "</main></body></html>";
        DocumentInfo info = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t", "UBND tỉnh", "t", plandoc.resolved.Funding.NONE);
        return renderer.render(html, info, toc, Map.of(), Map.of());
    }

    private static void assertRules(List<Violation> found, Rule... expected) {
        assertTrue(!found.isEmpty(), "the page breaks a rule");
        assertEquals(java.util.Set.of(expected), found.stream().map(Violation::rule).collect(java.util.stream.Collectors.toSet()),
                found.toString());
    }
}
