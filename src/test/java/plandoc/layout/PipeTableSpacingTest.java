package plandoc.layout;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text under a Markdown pipe table stands clear of its bottom rule, as under a budget table and as
 * the Word copy prints it (6 pt, docs/format.md): 424's Đề án printed "- Kinh tế số phạm vi hẹp …" touching
 * the rule under the table of enterprises (page 7 of the Đề án), the line's letters against the border.
 */
class PipeTableSpacingTest {

    @Test
    void theLineUnderAPipeTableIsAtLeastSixPointsBelowItsBottomRule() throws Exception {
        List<String> found = new ArrayList<>();
        int checked = 0;
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of("ha-tinh-424-2022"))) {
            for (PrintedLines.Page page : PrintedLines.read(document)) {
                List<PrintedLines.Line> lines = page.body();
                for (int i = 1; i < lines.size(); i++) {
                    PrintedLines.Line line = lines.get(i);
                    if (!line.text().contains("Kinh tế số phạm vi hẹp")) {
                        continue;
                    }
                    checked++;
                    float previous = lines.get(i - 1).baseline();
                    // The line box's top: the baseline less the ascent (0.891 em, Times/Liberation Serif) and
                    // half the leading (line height 1.3 against the font's 1.149 em).
                    float top = line.baseline() - line.size() * (0.891f + 0.075f);
                    float rule = HorizontalRules.on(document.getPage(page.number() - 1)).stream()
                            .filter(r -> r.y() > previous && r.y() < line.baseline())
                            .map(HorizontalRules.Rule::y).max(Float::compare).orElse(Float.NaN);
                    assertTrue(!Float.isNaN(rule), "p." + page.number() + ": the table's bottom rule above \"" + line.text() + "\"");
                    if (top - rule < 5.5f) { // 6 pt, less rounding in the renderer's units
                        found.add("p." + page.number() + ": \"" + line.text() + "\" starts " + (top - rule) + " pt under the table's rule");
                    }
                }
            }
        }
        assertEquals(1, checked, "the line after the enterprises' table was found once");
        assertEquals(List.of(), found);
    }
}
