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
 * a header cell spanning rows sits in the middle of its stack (it sat at the bottom), a "- 2015: …" list of
 * targets starts at its column's left edge even when it is figures only (a session 16 reviewer saw one row of
 * them centred among left-aligned ones), and
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

    /**
     * In the "lines" layout a target cell is a "- 2015: …" list: every line of the column starts at the same left
     * edge, the cells of figures only ("- 2015: 8 - 10%", "- 2025: 100%") too (they were centred until session 16).
     */
    @Test
    void aListOfTargetsStartsAtTheColumnsLeftEvenWhenItIsFiguresOnly() throws Exception {
        java.util.regex.Pattern start = java.util.regex.Pattern.compile(".*(- 20\\d\\d:)");
        List<String> off = new ArrayList<>();
        int figures = 0;
        for (String[] plan : new String[][] {{"ha-tinh-424-2022", "- 2025: 100%"}, {"ha-tinh-4086-2012", "- 2015: 8 - 10%"}}) {
            try (PDDocument document = Loader.loadPDF(BundledPdfs.of(plan[0]))) {
                for (PrintedLines.Page page : PrintedLines.read(document)) {
                    // A page may hold the end of one objectives table and another one (424's 2025 and 2030 tables):
                    // each line belongs to the column title above it.
                    java.util.Map<PrintedLines.Line, List<Float>> lefts = new java.util.LinkedHashMap<>();
                    PrintedLines.Line title = null;
                    for (PrintedLines.Line line : page.lines()) {
                        java.util.regex.Matcher m = start.matcher(plain(line));
                        if (line.allBold() && line.text().endsWith("Mục tiêu")) {
                            title = line;
                        } else if (title != null && m.lookingAt()) {
                            lefts.computeIfAbsent(title, t -> new ArrayList<>()).add(span(line, m.group(1))[0]);
                            figures += plain(line).endsWith(plan[1]) ? 1 : 0;
                        }
                    }
                    for (List<Float> column : lefts.values()) {
                        float spread = column.stream().reduce(Float::max).orElse(0f) - column.stream().reduce(Float::min).orElse(0f);
                        if (spread > 1.5f) {
                            off.add(plan[0] + " p." + page.number() + ": target lines start " + spread + " pt apart");
                        }
                    }
                }
            }
        }
        assertTrue(figures >= 12, "figure cells read: " + figures);
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
