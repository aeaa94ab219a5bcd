package plandoc.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A money column with no figure in any row is only as wide as its header in six lines (docs/format.md, "Tables:
 * column widths"), read back from 424's PDF. No task of PHỤ LỤC 02 or 06 draws on "ODA, xã hội hóa và các nguồn
 * hợp pháp khác"; the column kept 23 mm with its header in five lines, while the task descriptions beside it
 * wrapped to ten or eleven lines (s21 review, finding 1).
 */
class EmptyMoneyColumnTest {
    private static final String HEADER = "ODA, xã hội hóa và các nguồn hợp pháp khác";
    /** compute.ColumnWidths.MOST_HEADER_LINES: the most lines a column's header may take. */
    private static final int MOST_HEADER_LINES = 6;

    @Test
    void theEmptyOdaColumnOf424PrintsItsHeaderInSixLinesOfWholeWords() throws Exception {
        List<String> seen = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of("ha-tinh-424-2022"))) {
            String appendix = "";
            for (PrintedLines.Page page : PrintedLines.read(document)) {
                for (PrintedLines.Line line : page.lines()) {
                    if (line.text().startsWith("PHỤ LỤC ")) {
                        appendix = line.text();
                    }
                }
                if (!appendix.equals("PHỤ LỤC 02") && !appendix.equals("PHỤ LỤC 06")) {
                    continue;
                }
                List<String> header = headerLines(page, HorizontalRules.uprightXs(document.getPage(page.number() - 1)));
                if (header.isEmpty()) {
                    continue;
                }
                seen.add(appendix + " p." + page.number() + ": " + header);
                assertEquals(Arrays.asList(HEADER.split(" ")), Arrays.asList(String.join(" ", header).split(" ")),
                        "p." + page.number() + ": every word of the header whole, in order");
                assertEquals(MOST_HEADER_LINES, header.size(), "p." + page.number() + ": " + header
                        + " (fewer lines: the column is wider than its header needs, the text beside it narrower)");
            }
        }
        // PHỤ LỤC 02 on two pages, 06 on three: the header repeats on each.
        assertTrue(seen.size() >= 5, String.join("\n", seen));
    }

    /**
     * The lines of the column whose header starts with "ODA," on this page: the glyphs between the column rules
     * either side of it, from that line down (the column holds no figure, so only its header prints in it).
     */
    private static List<String> headerLines(PrintedLines.Page page, List<Float> rules) {
        for (PrintedLines.Line line : page.lines()) {
            List<PrintedLines.Glyph> glyphs = line.glyphs();
            for (int g = 0; g + 3 < glyphs.size(); g++) {
                String four = glyphs.subList(g, g + 4).stream().map(PrintedLines.Glyph::text).reduce("", String::concat);
                if (!four.equals("ODA,")) {
                    continue;
                }
                float x = glyphs.get(g).x();
                float left = rules.stream().filter(r -> r < x).max(Float::compare).orElseThrow();
                float right = rules.stream().filter(r -> r > x).min(Float::compare).orElseThrow();
                List<String> out = new ArrayList<>();
                for (PrintedLines.Line below : page.lines()) {
                    List<PrintedLines.Glyph> inside = below.glyphs().stream()
                            .filter(c -> c.x() > left && c.right() < right).toList();
                    if (below.baseline() >= line.baseline() - 1 && !inside.isEmpty()) {
                        out.add(new PrintedLines.Line(page.number(), inside).text());
                    }
                }
                // It was 22.9 mm, its header in five lines; six lines need 20.9 mm.
                assertTrue(right - left < 22 * PrintedLines.MM, String.format(Locale.ROOT,
                        "p.%d: the empty column is %.1f mm wide", page.number(), (right - left) / PrintedLines.MM));
                return out;
            }
        }
        return List.of();
    }
}
