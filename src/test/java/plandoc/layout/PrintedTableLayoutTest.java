package plandoc.layout;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a legal reviewer saw on the printed pages of the bundled plans, read back from the PDF:
 * a header cell spanning rows sits in the middle of its stack (it sat at the bottom), a target that is
 * only a figure is centred in its column (it was left-aligned while the STT figures are centred), and
 * an appendix title breaks between phrases ("… TỈNH HÀ TĨNH" over "ĐẾN NĂM 2020", not "… ĐẾN" over
 * "NĂM 2020").
 */
class PrintedTableLayoutTest {

    @Test
    void aRowSpanningHeaderCellIsCentredBetweenTheRulesAboveAndBelowIt() throws Exception {
        List<String> off = new ArrayList<>();
        int seen = centred("ha-tinh-4086-2012", List.of("TT", "Danh mục các dự án", "Tổng"), off)
                + centred("ha-tinh-424-2022", List.of("Tên dự án/nhiệm vụ"), off);
        // 4086 PHỤ LỤC 3 on its six pages (three titles each), 424 PHỤ LỤC 01 on its pages.
        assertTrue(seen >= 20, "header cells read: " + seen);
        assertEquals(List.of(), off);
    }

    @Test
    void aTargetThatIsOnlyAFigureIsCentredUnderItsColumnTitle() throws Exception {
        List<String> off = new ArrayList<>();
        int seen = 0;
        for (String[] plan : new String[][] {{"ha-tinh-424-2022", "- 2025: 100%"}, {"ha-tinh-4086-2012", "- 2015: 8 - 10%"}}) {
            try (PDDocument document = Loader.loadPDF(BundledPdfs.of(plan[0]))) {
                for (PrintedLines.Page page : PrintedLines.read(document)) {
                    PrintedLines.Line title = page.lines().stream()
                            .filter(l -> l.allBold() && l.text().endsWith("Mục tiêu")).findFirst().orElse(null);
                    if (title == null) {
                        continue;
                    }
                    float[] column = span(title, "Mục tiêu");
                    for (PrintedLines.Line line : page.lines()) {
                        if (line.baseline() > title.baseline() && plain(line).endsWith(plan[1])) {
                            float[] figure = span(line, plan[1]);
                            seen++;
                            float gap = Math.abs((figure[0] + figure[1]) / 2 - (column[0] + column[1]) / 2);
                            if (gap > 1.5f) {
                                off.add(plan[0] + " p." + page.number() + ": \"" + plan[1] + "\" " + gap + " pt off the column's middle");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(seen >= 12, "figures read: " + seen);
        assertEquals(List.of(), off);
    }

    @Test
    void theSecondAppendixTitleOf4086BreaksBeforeItsTimePhrase() throws Exception {
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of("ha-tinh-4086-2012"))) {
            for (PrintedLines.Page page : PrintedLines.read(document)) {
                List<PrintedLines.Line> lines = page.body();
                for (int i = 0; i < lines.size(); i++) {
                    if (plain(lines.get(i)).equals("PHỤ LỤC 2")) {
                        assertEquals("BẢN ĐỒ QUY HOẠCH MẠNG CHUYÊN DỤNG TỈNH HÀ TĨNH", plain(lines.get(i + 1)));
                        assertEquals("ĐẾN NĂM 2020", plain(lines.get(i + 2)));
                        return;
                    }
                }
            }
        }
        throw new AssertionError("PHỤ LỤC 2 not printed");
    }

    /**
     * For each single-line header title, on every page it is printed: its middle against the middle of
     * the rules that bound its column above and below it (a stack has no rule inside: HeaderStackRulesTest).
     */
    private static int centred(String slug, List<String> titles, List<String> off) throws Exception {
        int seen = 0;
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            for (PrintedLines.Page page : PrintedLines.read(document)) {
                List<HorizontalRules.Rule> rules = HorizontalRules.on(document.getPage(page.number() - 1));
                for (PrintedLines.Line line : page.lines()) {
                    if (!line.allBold()) {
                        continue;
                    }
                    for (String title : titles) {
                        if (!(" " + line.text() + " ").contains(" " + title + " ")) {
                            continue;
                        }
                        float[] x = span(line, title);
                        float centre = (x[0] + x[1]) / 2;
                        // Capitals and x-height letters: the ink's middle is about a third of the size above the baseline.
                        float middle = line.baseline() - 0.33f * line.size();
                        float top = line.baseline() - line.size();
                        List<Float> crossing = rules.stream().filter(r -> r.left() < centre && r.right() > centre)
                                .map(HorizontalRules.Rule::y).toList();
                        float above = crossing.stream().filter(y -> y < top).max(Float::compare).orElse(Float.NaN);
                        float below = crossing.stream().filter(y -> y > line.baseline()).min(Float::compare).orElse(Float.NaN);
                        seen++;
                        float gap = Math.abs(middle - (above + below) / 2);
                        if (!(gap <= 2.5f)) {
                            off.add(slug + " p." + page.number() + ": \"" + title + "\" " + gap + " pt off the middle of its cell ("
                                    + above + "–" + below + ")");
                        }
                    }
                }
            }
        }
        return seen;
    }

    /** The line's text, no-break spaces read as spaces. */
    private static String plain(PrintedLines.Line line) {
        return line.text().replace('\u00A0', ' ').strip();
    }

    /** The left and right of the last run of glyphs spelling {@code text} on the line. */
    private static float[] span(PrintedLines.Line line, String text) {
        String compact = text.replace(" ", "");
        List<PrintedLines.Glyph> glyphs = line.glyphs().stream().filter(g -> !g.text().isBlank() && !g.text().equals("\u00A0")).toList();
        StringBuilder joined = new StringBuilder();
        glyphs.forEach(g -> joined.append(g.text()));
        int from = joined.lastIndexOf(compact);
        assertTrue(from >= 0, line.text());
        return new float[] {glyphs.get(from).x(), glyphs.get(from + compact.length() - 1).right()};
    }
}
