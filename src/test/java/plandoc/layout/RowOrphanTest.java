package plandoc.layout;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A table row that runs on overleaf leaves at least two lines at the page foot. openhtmltopdf applies
 * no orphans to the lines of a cell, so 424's PHỤ LỤC 06 printed one line of row 3 at the foot of its
 * first page ("Sở" there, "TTTT" overleaf, "Thường" / "xuyên"), the rest of the row under the repeated
 * header; 4086's PHỤ LỤC 3 did the same with row 6. Read back: the last row part on a page (between
 * the two lowest rules) with a single line of text, when the next page opens with the table and the
 * first row under its repeated header has nothing in the number column (the row goes on).
 */
class RowOrphanTest {
    // Each test reads both bundled PDFs, printed once per run (BundledPdfs).

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void noRowLeavesASingleLineAtAPageFoot(String slug) throws Exception {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            List<PrintedLines.Page> pages = PrintedLines.read(document);
            for (int i = 0; i + 1 < pages.size(); i++) {
                List<HorizontalRules.Rule> rules = HorizontalRules.on(document.getPage(i));
                List<HorizontalRules.Rule> next = HorizontalRules.on(document.getPage(i + 1));
                if (rules.size() < 2 || next.isEmpty()) {
                    continue;
                }
                List<Float> heights = rules.stream().map(r -> (float) Math.round(r.y())).distinct().sorted().toList();
                float bottom = heights.get(heights.size() - 1);
                float above = heights.get(heights.size() - 2);
                float left = (float) rules.stream().mapToDouble(HorizontalRules.Rule::left).min().orElseThrow();
                // The number column: the narrowest cell edge starting at the table's left.
                float numberRight = (float) rules.stream().filter(r -> Math.abs(r.left() - left) < 1)
                        .mapToDouble(HorizontalRules.Rule::right).min().orElseThrow();
                long lines = pages.get(i).lines().stream()
                        .filter(l -> l.baseline() > above && l.baseline() < bottom).count();
                if (lines != 1 || !goesOn(pages.get(i + 1), next, left, numberRight)) {
                    continue;
                }
                found.add("p." + pages.get(i).number() + ": " + pages.get(i).lines().stream()
                        .filter(l -> l.baseline() > above && l.baseline() < bottom).findFirst().orElseThrow().text());
            }
        }
        assertEquals(List.of(), found, slug + ": one line of a row at a page foot, the rest overleaf");
    }

    /**
     * Nor a single line of a row under the next page's repeated header: openhtmltopdf keeps no widows in
     * a cell either, and 4086's PHỤ LỤC 3 printed "hợp Sở Nội vụ" alone on a page once rows moved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void noRowLeavesASingleLineUnderTheNextHeader(String slug) throws Exception {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            List<PrintedLines.Page> pages = PrintedLines.read(document);
            for (int i = 1; i < pages.size(); i++) {
                PrintedLines.Page page = pages.get(i);
                List<HorizontalRules.Rule> rules = HorizontalRules.on(document.getPage(i));
                if (rules.isEmpty()) {
                    continue;
                }
                float left = (float) rules.stream().mapToDouble(HorizontalRules.Rule::left).min().orElseThrow();
                float numberRight = (float) rules.stream().filter(r -> Math.abs(r.left() - left) < 1)
                        .mapToDouble(HorizontalRules.Rule::right).min().orElseThrow();
                if (!goesOn(page, rules, left, numberRight)) {
                    continue;
                }
                PrintedLines.Line first = firstBodyLine(page);
                // The rule closing the row part the first body line belongs to.
                float end = (float) rules.stream().mapToDouble(HorizontalRules.Rule::y)
                        .filter(y -> y > first.baseline()).min().orElse(page.height());
                long lines = page.lines().stream().filter(l -> l.baseline() >= first.baseline() && l.baseline() < end).count();
                if (lines == 1) {
                    found.add("p." + page.number() + ": " + first.text());
                }
            }
        }
        assertEquals(List.of(), found, slug + ": one line of a row alone under a repeated header");
    }

    /**
     * A row that runs on overleaf leaves at least half of its lines at the page foot, its numbered part (or a third of
     * the page, which a row longer than the page always has): the part overleaf has no STT (openhtmltopdf prints a
     * cell's text once), and 424's PHỤ LỤC 01 printed 4 lines of row 5 at a page foot, 10 unnumbered lines overleaf
     * (s25 tryout L8). The row now starts overleaf, whole (s26-cols).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void aRowRunningOnOverleafLeavesAtLeastHalfOfItAtThePageFoot(String slug) throws Exception {
        List<String> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            List<PrintedLines.Page> pages = PrintedLines.read(document);
            for (int i = 0; i + 1 < pages.size(); i++) {
                List<HorizontalRules.Rule> rules = HorizontalRules.on(document.getPage(i));
                PrintedLines.Page page = pages.get(i + 1);
                List<HorizontalRules.Rule> next = HorizontalRules.on(document.getPage(i + 1));
                if (rules.size() < 2 || next.isEmpty()) {
                    continue;
                }
                float left = (float) next.stream().mapToDouble(HorizontalRules.Rule::left).min().orElseThrow();
                float numberRight = (float) next.stream().filter(r -> Math.abs(r.left() - left) < 1)
                        .mapToDouble(HorizontalRules.Rule::right).min().orElseThrow();
                if (!goesOn(page, next, left, numberRight)) {
                    continue;
                }
                List<Float> heights = rules.stream().map(r -> (float) Math.round(r.y())).distinct().sorted().toList();
                float bottom = heights.get(heights.size() - 1);
                float above = heights.get(heights.size() - 2);
                long foot = pages.get(i).lines().stream().filter(l -> l.baseline() > above && l.baseline() < bottom).count();
                PrintedLines.Line first = firstBodyLine(page);
                float end = (float) next.stream().mapToDouble(HorizontalRules.Rule::y)
                        .filter(y -> y > first.baseline()).min().orElse(page.height());
                long overleaf = page.lines().stream().filter(l -> l.baseline() >= first.baseline() && l.baseline() < end).count();
                if (foot < overleaf - 1 && foot < THIRD_OF_A_PAGE_LINES) {
                    found.add("p." + pages.get(i).number() + ": " + foot + " lines, " + overleaf + " overleaf");
                }
            }
        }
        assertEquals(List.of(), found, slug + ": a row split with less than half of it at the page foot");
    }

    /** A third of a landscape page's text (170 mm) in 12 pt lines (about 4.9 mm each). */
    private static final int THIRD_OF_A_PAGE_LINES = 11;

    private static PrintedLines.Line firstBodyLine(PrintedLines.Page page) {
        boolean header = false;
        for (PrintedLines.Line line : page.body()) {
            if (line.allBold()) {
                header = true;
            } else if (header) {
                return line;
            }
        }
        throw new IllegalStateException("no body line on p." + page.number());
    }

    /** Whether the first body line under the page's (bold) repeated header has nothing in the number column. */
    private static boolean goesOn(PrintedLines.Page page, List<HorizontalRules.Rule> rules, float left, float numberRight) {
        // The table goes on only if the page opens with it (its repeated header), not with a title or caption.
        float top = (float) rules.stream().mapToDouble(HorizontalRules.Rule::y).min().orElseThrow();
        if (page.body().isEmpty() || page.body().get(0).baseline() < top) {
            return false;
        }
        boolean header = false;
        for (PrintedLines.Line line : page.body()) {
            if (line.allBold()) {
                header = true;
            } else if (header) {
                return line.glyphs().stream().noneMatch(g -> g.x() >= left && g.right() <= numberRight + 1);
            }
        }
        return false;
    }
}
