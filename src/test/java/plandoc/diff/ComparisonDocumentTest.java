package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.RenderSettings;

/** The comparison document an officer attaches: its table rows in HTML, its figures in the PDF. */
class ComparisonDocumentTest {
    @TempDir
    static Path dir;

    static TestRepository repo;
    static ComparisonView view;
    static ComparisonRenderer renderer;

    @BeforeAll
    static void compareTheAdjustment() throws Exception {
        repo = TestRepository.init(dir);
        repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Kế hoạch như đã ban hành");
        repo.write(SmallPlan.FILE, SmallPlan.SECTION_REWORDED).commit("Sở TTTT", "Điều chỉnh kế hoạch");
        view = new ComparisonViewBuilder().build(Comparisons.between(repo, "HEAD~1", "HEAD"));
        renderer = ComparisonRenderer.forTemplates(Path.of("templates"), RenderSettings.defaults());
    }

    @AfterAll
    static void close() {
        repo.close();
    }

    @Test
    void theHtmlTableHasARowPerChangeWithBeforeAfterAndDifference() throws Exception {
        Document html = Jsoup.parse(new String(renderer.html(view), StandardCharsets.UTF_8));

        assertEquals(List.of("Nội dung", "Trước điều chỉnh", "Sau điều chỉnh", "Tăng/giảm"),
                html.select("section#phan-1 thead th").eachText());
        List<List<String>> rows = html.select("tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
        for (List<String> expected : List.of(
                List.of("I. Ứng dụng công nghệ thông tin", "4,50", "6,00", "+1,50"),
                List.of("Dự án số 2. Triển khai chữ ký số (bổ sung)", "", "1,00", "+1,00"),
                List.of("- Giai đoạn 2012-2015, NS TƯ", "", "1,00", "+1,00"),
                List.of("Dự án số 3. Nâng cấp hệ thống giao ban điện tử", "2,00", "2,50", "+0,50"),
                List.of("- Giai đoạn 2012-2015, NS địa phương", "2,00", "2,50", "+0,50"),
                List.of("Cộng nhóm I: Giai đoạn 2012-2015", "3,70", "5,20", "+1,50"),
                List.of("TỔNG CỘNG", "9,50", "11,00", "+1,50"),
                List.of("Tổng: Giai đoạn 2012-2015, NS địa phương", "3,35", "3,85", "+0,50"),
                List.of("Danh mục dự án (pl-du-an) (đổi số thứ tự)", "Phụ lục 3", "Phụ lục 2"),
                List.of("Bản đồ mạng chuyên dụng (pl-ban-do) (bãi bỏ)", "Phụ lục 2", ""),
                List.of("Dẫn chiếu đến pl-du-an (1 chỗ trong văn bản)", "Phụ lục 3", "Phụ lục 2"))) {
            assertTrue(rows.contains(expected), expected + " in " + rows);
        }
        assertEquals("Phụ lục 2: Danh mục dự án", html.selectFirst("p.diff-caption").text());
        assertEquals("Đơn vị tính: tỷ đồng", html.selectFirst("p.unit-line").text());
        // Re-worded text: removed words struck in "before", added words marked in "after"; the figure the section
        // cites is printed as each version prints it, and changed with the budget; a reference whose label changed
        // stays as written (listed once, under the references printed differently).
        assertEquals(List.of("10", "9,50", "{ref:pl-du-an}; bản đồ mạng tại {ref:pl-ban-do}."), html.select("del").eachText());
        assertEquals(List.of("5", "11,00", "{ref:pl-du-an}."), html.select("ins").eachText());
        Element group = html.select("tr.row-group").first();
        assertEquals("cell-money", group.select("td").get(1).className());
        // A single file to attach: the screen stylesheet travels inside it.
        assertTrue(html.select("link[rel=stylesheet]").isEmpty());
        assertTrue(html.select("style").html().contains(".diff-document"));
    }

    @Test
    void thePdfFollowsThePageRulesAndCarriesTheFigures() throws Exception {
        byte[] pdf = renderer.pdf(view, Map.of("plandoc-compared-to", "abc"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of("BẢNG SO SÁNH", "Trước điều chỉnh", "Tăng/giảm", "9,50", "11,00", "+1,50",
                    "+0,50", "Triển khai chữ ký số", "Phụ lục 3", "Phụ lục 2")) {
                assertTrue(text.contains(expected), expected);
            }
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertEquals(595, Math.round(a4.getWidth()));
            assertEquals(842, Math.round(a4.getHeight()));
            assertEquals("abc", document.getDocumentInformation().getCustomMetadataValue("plandoc-compared-to"));
            assertTrue(document.getDocumentInformation().getTitle().startsWith("Bảng so sánh nội dung trước và sau"));
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            assertFalse(first.getText(document).strip().matches("(?s)^\\d+\\s.*"), "no page number on the first page");
        }
        assertArrayEquals(pdf, renderer.pdf(view, Map.of("plandoc-compared-to", "abc")), "the same comparison, the same bytes");
        plandoc.PdfConformance.assertConforms("comparison PDF", pdf); // issue 12: PDF/A-3a and PDF/UA-1
    }

    /**
     * Mục II only cites the budget's total: its row says the figure follows the table, not "sửa đổi", and still
     * shows the old and new figure, so the reviewer looks for no edit no one typed.
     */
    @Test
    void aSectionThatOnlyCitesTheBudgetSaysItsFigureFollowsTheTable(@TempDir Path other) throws Exception {
        try (TestRepository cited = TestRepository.init(other)) {
            String a = cited.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Ban hành");
            String b = cited.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Sở TTTT", "Tăng vốn");
            byte[] pdf = renderer.pdf(new ComparisonViewBuilder().build(Comparisons.between(cited, a, b)),
                    Map.of("plandoc-compared-to", "abc"));
            String text;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
            assertTrue(text.contains("(số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3)"), text);
            assertFalse(text.contains("(sửa đổi)"), text);
            assertTrue(text.contains("9,50") && text.contains("10,00"), text);
        }
    }

    /** Two commits of one day are told apart in the heading by their time and id (s25 tryout L2). */
    @Test
    void twoCommitsOfOneDayAreToldApartByTimeAndId(@TempDir Path other) {
        try (TestRepository sameDay = TestRepository.init(other)) {
            java.time.Instant morning = java.time.Instant.parse("2026-12-06T02:05:00Z"); // 09:05 in Hà Tĩnh
            String a = sameDay.write(SmallPlan.FILE, SmallPlan.BASE).commitAt("Sở TTTT", "Ban hành", morning);
            String b = sameDay.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED)
                    .commitAt("Sở TTTT", "Tăng vốn", morning.plusSeconds(4 * 3600 + 25 * 60));
            ComparisonView sameDayView = new ComparisonViewBuilder().build(Comparisons.between(sameDay, a, b));
            assertEquals("Trước điều chỉnh: bản đã commit lúc 09:05 ngày 06/12/2026 (mã " + a.substring(0, 7)
                    + "); sau điều chỉnh: bản đã commit lúc 13:30 ngày 06/12/2026 (mã " + b.substring(0, 7) + ").",
                    sameDayView.versions());
        }
        // Other days: the day alone, as before.
        assertEquals("Trước điều chỉnh: bản đã commit ngày 02/03/2026; sau điều chỉnh: bản đã commit ngày 03/03/2026.",
                view.versions());
    }
}
