package plandoc.render;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import plandoc.render.PrintedPdf.Glyph;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.pdf.PdfRenderer;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture decision printed to PDF and read back with PDFBox: page geometry and margins measured
 * from text positions, fonts, text, page numbers, appendices, outline, links, metadata, determinism.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfOutputTest {

    private static final float MM = PrintedPdf.MM;
    private static final float A4_SHORT = 210 * MM;
    private static final float A4_LONG = 297 * MM;
    private static final float TOLERANCE = 1.5f; // points

    private Path images;
    private ResolvedPlan plan;
    private byte[] first;
    private byte[] second;
    private PrintedPdf printed;
    private PDDocument pdf;

    @BeforeAll
    void render() throws Exception {
        images = Files.createTempDirectory("plandoc-pdf-test");
        plan = FixturePlans.decision(FixturePlans.writeMap(images));
        String page = TestRenderers.standard().renderPage(plan);
        PdfRenderer renderer = new PdfRenderer(PdfFonts.load(TestRenderers.TEMPLATES),
                Files.readString(TestRenderers.TEMPLATES.resolve("assets/pdf.css"), StandardCharsets.UTF_8),
                RenderSettings.defaults());
        Map<String, Path> imageFiles = Map.of("anh/ban-do.png", images.resolve("ban-do.png"));
        first = renderer.render(page, plan, imageFiles); // warms up class loading, fonts, metrics cache
        for (int run = 1; run <= 3; run++) { // printed for the record, never asserted
            long start = System.nanoTime();
            second = renderer.render(page, plan, imageFiles);
            System.out.printf("PDF render of the fixture decision, warm run %d: %d ms%n", run,
                    (System.nanoTime() - start) / 1_000_000);
        }
        printed = new PrintedPdf(second);
        pdf = printed.document();
    }

    @AfterAll
    void close() throws IOException {
        printed.close();
        try (var files = Files.walk(images)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void twoRendersAreByteIdentical() {
        assertArrayEquals(first, second);
    }

    @Test
    void everyPageIsA4() {
        for (PDPage page : pdf.getPages()) {
            PDRectangle box = page.getMediaBox();
            float shorter = Math.min(box.getWidth(), box.getHeight());
            float longer = Math.max(box.getWidth(), box.getHeight());
            assertEquals(A4_SHORT, shorter, 0.5f);
            assertEquals(A4_LONG, longer, 0.5f);
        }
    }

    @Test
    void textStaysInsideTheDecreeMargins() {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            PDRectangle box = pdf.getPage(page - 1).getMediaBox();
            for (Glyph glyph : body(page)) {
                assertTrue(glyph.x() >= 30 * MM - TOLERANCE, "left margin 30 mm, page " + page + ": " + glyph);
                assertTrue(glyph.right() <= box.getWidth() - 15 * MM + TOLERANCE, "right margin 15 mm, page " + page + ": " + glyph);
                assertTrue(glyph.baseline() - glyph.height() >= 20 * MM - TOLERANCE, "top margin 20 mm, page " + page + ": " + glyph);
                assertTrue(glyph.baseline() <= box.getHeight() - 20 * MM + TOLERANCE, "bottom margin 20 mm, page " + page + ": " + glyph);
            }
        }
    }

    @Test
    void justifiedBodyTextFillsTheTextAreaExactly() {
        // Page 2 is body text: its lines start at the 30 mm margin and justified lines end at 195 mm.
        List<Glyph> page2 = body(2);
        float left = (float) page2.stream().mapToDouble(Glyph::x).min().orElseThrow();
        float right = (float) page2.stream().mapToDouble(Glyph::right).max().orElseThrow();
        assertEquals(30 * MM, left, TOLERANCE);
        assertEquals(A4_SHORT - 15 * MM, right, TOLERANCE);
    }

    @Test
    void landscapeTableSpansTheLandscapeTextArea() {
        int start = pageStarting("PHỤ LỤC II");
        float right = (float) body(start).stream().mapToDouble(Glyph::right).max().orElseThrow();
        assertTrue(right > A4_LONG - 15 * MM - 6, "table reaches the right margin of a landscape page: " + right);
    }

    @Test
    void fontsAreEmbeddedTimesNewRomanMetrics() throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("LiberationSerif"), font.getName());
                fonts++;
            }
        }
        assertTrue(fonts > 0);
    }

    @Test
    void vietnameseTextExtractsIntact() throws IOException {
        String text = new PDFTextStripper().getText(pdf);
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertFalse(text.contains("#"), "no glyph fell back to a base-14 font");
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 4086/QĐ-UBND", "Hà Tĩnh, ngày 28 tháng 12 năm 2012", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
                "QUYẾT ĐỊNH:", "Điều 1.", "Nơi nhận:", "Nguyễn Thiện", "Đơn vị tính: Tỷ đồng", "724,90")) {
            assertTrue(text.contains(expected), expected);
        }
    }

    @Test
    void firstPageHasNoNumberAndTheSecondIsNumberedAtTheTopCentre() {
        assertEquals("", pageNumber(1));
        assertEquals("2", pageNumber(2));
        for (Glyph glyph : topMargin(2)) {
            float centre = glyph.x() + glyph.width() / 2;
            assertEquals((30 * MM + (A4_SHORT - 15 * MM)) / 2, centre, 4f, "centred over the text area");
        }
    }

    @Test
    void nothingIsPrintedInTheBottomMargin() {
        for (Glyph glyph : printed.glyphs()) {
            float height = pdf.getPage(glyph.page() - 1).getMediaBox().getHeight();
            assertTrue(glyph.baseline() <= height - 20 * MM + TOLERANCE, "page " + glyph.page() + ": " + glyph);
        }
    }

    @Test
    void eachAppendixStartsANewPageWithItsHeadingAndCaption() throws IOException {
        for (String heading : List.of("PHỤ LỤC I", "PHỤ LỤC II")) {
            int start = pageStarting(heading);
            List<String> lines = pageLines(start);
            assertEquals(heading, lines.get(0));
            assertTrue(String.join(" ", lines).contains("(Kèm theo Quyết định số 4086/QĐ-UBND ngày 28 tháng 12 năm 2012"), heading);
            assertFalse(pageLines(start - 1).contains(heading), "previous page does not hold " + heading);
        }
    }

    @Test
    void appendixPagesAreNumberedAfreshWithoutANumberOnTheirFirstPage() {
        int systems = pageStarting("PHỤ LỤC I");
        int projects = pageStarting("PHỤ LỤC II");
        assertEquals("", pageNumber(systems));
        assertEquals("", pageNumber(projects));
        assertTrue(pdf.getNumberOfPages() >= projects + 2, "the project table runs over several pages");
        for (int page = projects + 1; page <= pdf.getNumberOfPages(); page++) {
            assertEquals(Integer.toString(page - projects + 1), pageNumber(page), "page " + page);
        }
    }

    @Test
    void theLandscapeAppendixIsOnLandscapePages() {
        int systems = pageStarting("PHỤ LỤC I");
        int projects = pageStarting("PHỤ LỤC II");
        assertTrue(isPortrait(systems));
        for (int page = 1; page < projects; page++) {
            assertTrue(isPortrait(page), "page " + page);
        }
        for (int page = projects; page <= pdf.getNumberOfPages(); page++) {
            assertFalse(isPortrait(page), "page " + page);
        }
    }

    @Test
    void tableHeadersRepeatOnEveryPage() throws IOException {
        int projects = pageStarting("PHỤ LỤC II");
        for (int page = projects; page <= pdf.getNumberOfPages(); page++) {
            String text = String.join(" ", pageLines(page));
            assertTrue(text.contains("Danh mục các dự án") && text.contains("Giai đoạn 2016-2020"), "page " + page);
        }
    }

    @Test
    void outlineFollowsTheTableOfContents() throws IOException {
        PDOutlineNode outline = pdf.getDocumentCatalog().getDocumentOutline();
        assertNotNull(outline);
        List<String> top = titles(outline);
        assertEquals(List.of("Điều 1.", "Điều 2.", "Phụ lục I. DANH SÁCH HỆ THỐNG THÔNG TIN CHUYÊN NGÀNH",
                "Phụ lục II. DANH MỤC DỰ ÁN VÀ PHÂN KỲ ĐẦU TƯ"), top);
        assertEquals(List.of("I. QUAN ĐIỂM", "II. MỤC TIÊU", "III. KINH PHÍ THỰC HIỆN"), titles(outline.getFirstChild()));
        PDOutlineItem last = outline.getLastChild();
        assertEquals(pageStarting("PHỤ LỤC II") - 1, pdf.getPages().indexOf(last.findDestinationPage(pdf)));
    }

    @Test
    void referencesInTheBodyLinkToTheirAppendixPage() throws IOException {
        int projects = pageStarting("PHỤ LỤC II");
        int systems = pageStarting("PHỤ LỤC I");
        List<Integer> targets = new ArrayList<>();
        for (int page = 1; page < systems; page++) {
            for (PDAnnotation annotation : pdf.getPage(page - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    targets.add(targetPage(link));
                }
            }
        }
        assertTrue(targets.contains(projects), "a link to Phụ lục II on page " + projects + ": " + targets);
        assertTrue(targets.contains(systems), "a link to Phụ lục I on page " + systems + ": " + targets);
    }

    @Test
    void metadataDescribesTheDocument() {
        var info = pdf.getDocumentInformation();
        assertEquals(plan.info().title(), info.getTitle());
        assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", info.getAuthor());
        assertEquals("4086/QĐ-UBND", info.getSubject());
        assertEquals("vi", pdf.getDocumentCatalog().getLanguage());
        Calendar created = info.getCreationDate();
        Calendar expected = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        expected.clear();
        expected.set(2012, Calendar.DECEMBER, 28, 0, 0, 0);
        assertEquals(expected.getTimeInMillis(), created.getTimeInMillis());
    }

    // ---- reading the PDF back ----

    private List<Glyph> body(int page) {
        return printed.body(page);
    }

    private List<Glyph> topMargin(int page) {
        return printed.topMargin(page);
    }

    private String pageNumber(int page) {
        return printed.pageNumber(page);
    }

    private List<String> pageLines(int page) {
        return printed.lines(page);
    }

    private int pageStarting(String heading) {
        return printed.pageStartingWith(heading);
    }

    private boolean isPortrait(int page) {
        return printed.isPortrait(page);
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        node.children().forEach(child -> titles.add(child.getTitle()));
        return titles;
    }

    private int targetPage(PDAnnotationLink link) throws IOException {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDPageDestination pageDestination) {
            PDPage target = pageDestination.getPage();
            return target != null ? pdf.getPages().indexOf(target) + 1 : pageDestination.getPageNumber() + 1;
        }
        return -1;
    }
}
