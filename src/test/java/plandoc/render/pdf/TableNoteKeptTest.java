package plandoc.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table's note prints on the page of the table's last rows, whole (review s18, finding 3: 424's note under the
 * body's summary table broke after "(Phụ lục", "03); nhiệm vụ số 2, 4, …" opening the next page). Read back with
 * PDFBox from a table pushed down the page a few millimetres at a time, so that the page foot falls on each of its
 * last rows, the total and the note in turn. render.pdf.TableNotes; the bundled 424 is read in
 * layout.TableNoteOnItsTablePageTest.
 */
class TableNoteKeptTest {
    private static final String NOTE_START = "(…) Ghi chú mở đầu";
    private static final String NOTE_END = "ghi chú kết thúc.";
    private static final String TALL_START = "Hàng cuối mở đầu";
    private static final String TALL_END = "hàng cuối kết thúc";
    private static final DocumentInfo INFO = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch",
            "t", "UBND tỉnh", "t", plandoc.resolved.Funding.NONE);

    private static PdfRenderer renderer() throws Exception {
        return new PdfRenderer(PdfFonts.bundled(),
                Files.readString(Path.of("templates/assets/pdf.css"), StandardCharsets.UTF_8), RenderSettings.defaults());
    }

    @Test
    void theNoteStaysWholeWithTheLastRowAndTheTotalWhereverThePageBreakFalls() throws Exception {
        List<String> wrong = new ArrayList<>();
        int broken = 0;
        // 20 rows of one line (about 6.5 mm each) under a header: the table ends about 150 mm below its top, so
        // pushed down 70 to 115 mm the page foot meets the last rows, the total and the note's three lines.
        for (int push = 70; push <= 115; push += 3) {
            byte[] pdf = renderer().render(page(push), INFO, List.of(), Map.of(), Map.of(), laidOut());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<String> pages = pages(document);
                int lastRow = pageWith(pages, "Mục số 20");
                int total = pageWith(pages, "Tổng cộng");
                int start = pageWith(pages, NOTE_START);
                int end = pageWith(pages, NOTE_END);
                int mark = pageWith(pages, "./.");
                if (lastRow != total || total != start || start != end || end != mark) {
                    wrong.add(String.format(Locale.ROOT, "pushed %d mm: last row p.%d, total p.%d, note p.%d to p.%d, ./. p.%d",
                            push, lastRow, total, start, end, mark));
                }
                if (pageWith(pages, "Mục số 1 ") != lastRow) {
                    broken++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(broken > 0, "the table always fitted on one page: the page foot never met it");
    }

    /**
     * A last row too tall to be kept whole alone (as compute lays it out) and no total under it: wherever the page
     * foot falls, the note is printed on the page of the row's last line, never opening a page alone under the
     * repeated header (it did when the row ended at a page foot: pushed 30 to 42 mm).
     */
    @Test
    void underATallLastRowTheNoteStaysWithItsLastLines() throws Exception {
        List<String> wrong = new ArrayList<>();
        int met = 0;
        // 20 rows of one line, then one of about 13 lines (65 mm), ending about 210 mm below the table's top: pushed
        // down 30 to 110 mm, the page foot falls just under it, then on each of its lines.
        for (int push = 30; push <= 110; push += 3) {
            byte[] pdf = renderer().render(page(push, false, true), INFO, List.of(), Map.of(), Map.of(), laidOut(false, true));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<String> pages = pages(document);
                int tallStart = pageWith(pages, TALL_START);
                int tallEnd = pageWith(pages, TALL_END);
                int start = pageWith(pages, NOTE_START);
                int end = pageWith(pages, NOTE_END);
                if (tallEnd != start || start != end) {
                    wrong.add(String.format(Locale.ROOT, "pushed %d mm: last row p.%d to p.%d, note p.%d to p.%d",
                            push, tallStart, tallEnd, start, end));
                }
                if (tallStart != tallEnd || pageWith(pages, "Mục số 20 ") != tallStart) {
                    met++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(met > 0, "the page foot never met the tall row: it neither split nor moved overleaf");
    }

    /** The note becomes the table's last row group, with the last row and the total kept with it. */
    @Test
    void theNoteIsTheLastRowGroupWithTheRowsClosingTheTable() {
        Document page = Jsoup.parse(page(0));
        PrintedTables tables = laidOut().forPage();
        ShortRows.markWhole(page, tables);
        TableNotes.intoTables(page, tables);
        assertTrue(page.select("p.table-note").parents().is("td.cell-note"), "the note is in a cell");
        List<String> last = page.select("table.data-table > tbody").last().children().stream()
                .map(row -> row.className() + ":" + row.child(0).text()).toList();
        assertEquals(List.of("row-item row-whole:20", "row-grand row-whole:Tổng cộng",
                "row-note row-whole:" + NOTE_START + " " + "chữ ".repeat(40) + NOTE_END), last);
        assertEquals("3", page.selectFirst("td.cell-note").attr("colspan"));
    }

    /** The page's table as compute lays it out ({@link #page}): its 20 rows, the total and the note. */
    private static PrintedTables laidOut() {
        return laidOut(true, false);
    }

    /** As {@link #page(int, boolean, boolean)} writes it: 20 rows, a tall last one and the total as asked, the note. */
    private static PrintedTables laidOut(boolean total, boolean tall) {
        List<RowView> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(LaidOutTables.row(RowKind.ITEM, Integer.toString(i), "Mục số " + i + " ", "1.000"));
        }
        if (tall) {
            rows.add(LaidOutTables.row(RowKind.ITEM, "21", TALL_START + " " + "nhiệm vụ dài ".repeat(60) + TALL_END, "1.000"));
        }
        if (total) {
            rows.add(LaidOutTables.row(RowKind.GRAND, "2:Tổng cộng", "20.000"));
        }
        return LaidOutTables.printed(false, LaidOutTables.table("b", List.of("TT", "Nội dung", "Kinh phí"),
                List.of("10%", "70%", "20%"), rows, List.of(NOTE_START + " " + "chữ ".repeat(40) + NOTE_END)));
    }

    private static String page(int pushMm) {
        return page(pushMm, true, false);
    }

    /** {@code tall}: a last item row of about 13 lines; {@code total}: a grand total under the rows. */
    private static String page(int pushMm, boolean total, boolean tall) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            rows.append("<tr class=\"row-item\"><td class=\"cell-number\">").append(i).append("</td><td class=\"cell-title\">Mục số ")
                    .append(i).append(" </td><td class=\"cell-money\">1.000</td></tr>");
        }
        if (tall) {
            rows.append("<tr class=\"row-item\"><td class=\"cell-number\">21</td><td class=\"cell-title\">").append(TALL_START)
                    .append(" ").append("nhiệm vụ dài ".repeat(60)).append(TALL_END).append("</td><td class=\"cell-money\">1.000</td></tr>");
        }
        if (total) {
            rows.append("<tr class=\"row-grand\"><td class=\"cell-title\" colspan=\"2\">Tổng cộng</td><td class=\"cell-money\">20.000</td></tr>");
        }
        return "<html><head><title>t</title></head><body><main class=\"document\"><section class=\"appendix\">"
                + "<div style=\"height: " + pushMm + "mm\"></div>"
                + "<div class=\"table-block table-budget\" id=\"b\"><p class=\"unit-line\">Đơn vị tính: triệu đồng</p>"
                + "<div class=\"table-scroll\"><table class=\"data-table size-12\">"
                + "<caption class=\"visually-hidden\">Bảng</caption>"
                + "<colgroup><col class=\"col-number\" style=\"width: 10%\" /><col class=\"col-title\" style=\"width: 70%\" />"
                + "<col class=\"col-money\" style=\"width: 20%\" /></colgroup>"
                + "<thead><tr><th scope=\"col\">TT</th><th scope=\"col\">Nội dung</th><th scope=\"col\">Kinh phí</th></tr></thead>"
                + "<tbody>" + rows + "</tbody></table></div>"
                + "<p class=\"table-note\">" + NOTE_START + " " + "chữ ".repeat(40) + NOTE_END + "</p></div>"
                + "<p class=\"note note-end\">./.</p></section></main></body></html>";
    }

    private static List<String> pages(PDDocument document) throws Exception {
        List<String> pages = new ArrayList<>();
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(document).replaceAll("\\s+", " "));
        }
        return pages;
    }

    private static int pageWith(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p + 1;
            }
        }
        throw new AssertionError("no page with " + text + ": " + pages);
    }
}
