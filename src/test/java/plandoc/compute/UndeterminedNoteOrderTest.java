package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * The note under 424's PHỤ LỤC 07 names the tasks whose figures by source and year are not given
 * together ("…" cells): in the order the document prints them — by appendix, then by STT — so that a
 * reader can follow it (it listed them in the order the cells happened to meet them).
 */
class UndeterminedNoteOrderTest {
    private static final Pattern ITEM = Pattern.compile("nhiệm vụ số ([\\d, ]+) Phụ lục (\\d+)");

    @TempDir
    Path dir;

    /** Under {@code undetermined: mark}: 424 itself declares its figures, and a declared table prints no note (s33 B2). */
    @Test
    void theSummaryNoteNamesItsItemsInDocumentOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ha-tinh-424-2022"));
        String yaml = Files.readString(Path.of("content/ha-tinh-424-2022/plan.yaml"));
        assertTrue(yaml.contains("undetermined: declared"));
        Files.writeString(folder.resolve("plan.yaml"), yaml.replace("undetermined: declared", "undetermined: mark"));
        ResolvedPlan plan = new Generator(Path.of("")).resolve(folder).resolved().orElseThrow();
        TableView summary = plan.tables().stream().filter(t -> t.id().equals("tong-hop")).findFirst().orElseThrow();
        String note = summary.notes().get(0).plain();
        List<int[]> items = new ArrayList<>();
        Matcher m = ITEM.matcher(note);
        while (m.find()) {
            for (String number : m.group(1).split(", ")) {
                items.add(new int[]{Integer.parseInt(m.group(2)), Integer.parseInt(number)});
            }
        }
        assertTrue(items.size() > 20, note);
        List<int[]> sorted = items.stream().sorted(Comparator.<int[]>comparingInt(i -> i[0]).thenComparingInt(i -> i[1]))
                .toList();
        assertEquals(sorted.stream().map(i -> i[0] + "/" + i[1]).toList(), items.stream().map(i -> i[0] + "/" + i[1]).toList(),
                note);
    }
}
