package plandoc.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled plans publish computed totals, which differ from the signed originals where those print totals that do
 * not add up; docs/bundled-plans.md must list every such place, so that a reader of the repository is told rather than
 * finding it by comparing the portal's copy with the signed one (s28 review H1). The places are the mismatches the
 * seed fixtures' EXPECTED.md list (their plans declare every printed total).
 */
class BundledPlansDocTest {
    private static final Path DOC = Path.of("docs/bundled-plans.md");
    private static final String SECTION = "## Where the published figures differ from the signed originals";

    @Test
    void everyFigureTheSignedOriginalsPrintOtherwiseIsListed() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertTrue(doc.contains(SECTION), "docs/bundled-plans.md has no section \"" + SECTION + "\"");
        String listed = doc.substring(doc.indexOf(SECTION), doc.indexOf("\n## ", doc.indexOf(SECTION) + 1));
        String of4086 = listed.substring(listed.indexOf("### 4086"), listed.indexOf("### 424"));
        String of424 = listed.substring(listed.indexOf("### 424"));
        // 4086: "| item 3 `giao-ban` | total | 83 | 17,00 | 12,00 | +5,00 |" — where, declared, computed.
        List<List<String>> expected4086 = rows(Path.of("src/test/resources/fixtures/seed-000-phu-luc-3/EXPECTED.md"),
                "Declared figures that disagree with the computed ones");
        assertEquals(10, expected4086.size(), expected4086.toString());
        List<List<String>> doc4086 = rows(of4086);
        assertEquals(expected4086.size(), doc4086.size(), of4086);
        for (List<String> mismatch : expected4086) {
            String where = mismatch.get(0).replaceAll("`.*", "").trim(); // "item 3", "group 6", "budget"
            assertTrue(doc4086.stream().anyMatch(r -> r.contains(mismatch.get(3)) && r.contains(mismatch.get(4))
                    && r.get(1).toLowerCase().startsWith(where.replace("group 1", "group i").replace("group 6", "group vi"))),
                    "4086: " + mismatch + " is not listed in " + of4086);
        }
        // 424: "| 5 | Đề án IV.1, Tổng kinh phí, Tổng | 1.410.498 | 1.438.798 | −28.300 | 848:16 |"; a crossed cell's
        // computed figure is PHỤ LỤC 07's "(PL07: 63.300)", not the items'.
        List<List<String>> expected424 = rows(Path.of("src/test/resources/fixtures/seed-001/EXPECTED.md"),
                "Summary of the inconsistencies in the published document");
        assertEquals(22, expected424.size(), expected424.toString());
        List<List<String>> doc424 = rows(of424);
        assertEquals(expected424.size(), doc424.size(), of424);
        for (List<String> mismatch : expected424) {
            List<String> row = doc424.stream().filter(r -> r.get(0).equals(mismatch.get(0))).findFirst().orElseThrow();
            assertEquals(mismatch.get(2), row.get(2), "424 #" + mismatch.get(0) + " signed");
            assertEquals(mismatch.get(1).replace("cell ", ""), row.get(1), "424 #" + mismatch.get(0) + " where");
            if (!mismatch.get(3).startsWith("(")) {
                assertEquals(mismatch.get(3), row.get(3), "424 #" + mismatch.get(0) + " published");
            }
        }
        assertTrue(listed.contains("32 figures"), listed);
    }

    /** The body rows of the first table after the heading {@code after} in {@code file}, one list of cells a row. */
    private static List<List<String>> rows(Path file, String after) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return rows(text.substring(text.indexOf(after)));
    }

    /** The body rows of the tables in {@code text} up to the first line that is neither a table nor blank after one. */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : text.lines().toList()) {
            if (line.startsWith("|")) {
                inTable = true;
                List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|")).stream()
                        .map(String::trim).toList();
                if (!cells.get(0).startsWith("-") && !cells.get(0).startsWith("#") && !cells.get(0).equals("where")
                        && !cells.get(0).startsWith("---")) {
                    rows.add(cells);
                }
            } else if (inTable && !line.isBlank()) {
                break;
            }
        }
        return rows;
    }
}
