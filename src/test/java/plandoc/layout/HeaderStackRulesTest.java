package plandoc.layout;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A header cell spanning three rows is printed as a stack of three cells (render.pdf.HeaderRowspans)
 * and reads as one cell: no rule inside it. The middle cell of the stack kept its bottom border, so
 * 424's task annexes (PHỤ LỤC 01–06, header rows "Kinh phí" / "Thời gian thực hiện" / "Năm 2021")
 * printed a rule across "Nội dung thực hiện", "Dự kiến kết quả" and "Đơn vị chủ trì" one row above
 * the column's title, on every page.
 */
class HeaderStackRulesTest {

    @Test
    void aColumnTitleUnderAThreeRowHeaderHasOnlyTheTableTopAboveIt() throws Exception {
        List<String> found = new ArrayList<>();
        int columns = 0;
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of("ha-tinh-424-2022"))) {
            List<PrintedLines.Page> pages = PrintedLines.read(document);
            for (PrintedLines.Page page : pages) {
                List<HorizontalRules.Rule> rules = HorizontalRules.on(document.getPage(page.number() - 1));
                for (PrintedLines.Line line : page.lines()) {
                    int at = line.text().indexOf("Nội dung thực hiện");
                    if (at < 0 || !line.allBold() || page.lines().stream().noneMatch(l -> l.text().contains("Thời gian thực hiện"))) {
                        continue;
                    }
                    columns++;
                    float[] span = span(line, "Nội dung thực hiện");
                    float centre = (span[0] + span[1]) / 2;
                    float top = line.baseline() - line.size();
                    // The nearest text above that crosses the column (a caption, the unit line) bounds the header.
                    float above = page.lines().stream()
                            .filter(l -> l.baseline() < top && l.glyphs().stream().anyMatch(g -> g.x() <= centre && g.right() >= centre))
                            .map(PrintedLines.Line::baseline).max(Float::compare).orElse(0f);
                    // Distinct heights: openhtmltopdf may draw one edge twice (the cells on either side of it).
                    List<Integer> crossing = rules.stream()
                            .filter(r -> r.left() < centre && r.right() > centre && r.y() > above && r.y() < top)
                            .map(r -> Math.round(r.y())).distinct().sorted().toList();
                    if (crossing.size() != 1) {
                        found.add("p." + page.number() + ": rules above \"Nội dung thực hiện\" at " + crossing + " pt from the top");
                    }
                }
            }
        }
        assertTrue(columns >= 10, "the task annexes' headers were read: " + columns);
        assertEquals(List.of(), found);
    }

    /** The left and right of the first run of glyphs spelling {@code text} on the line. */
    private static float[] span(PrintedLines.Line line, String text) {
        String compact = text.replace(" ", "");
        List<PrintedLines.Glyph> glyphs = line.glyphs();
        StringBuilder joined = new StringBuilder();
        glyphs.forEach(g -> joined.append(g.text()));
        int from = joined.indexOf(compact);
        assertTrue(from >= 0, line.text());
        return new float[] {glyphs.get(from).x(), glyphs.get(from + compact.length() - 1).right()};
    }
}
