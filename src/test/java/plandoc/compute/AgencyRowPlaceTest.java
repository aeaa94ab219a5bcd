package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.AgencyWork;
import plandoc.resolved.ResolvedPlan;

/**
 * Review s18, finding 1: in the agency view of 424, whose appendices each number their tasks from 1, "nhiệm vụ
 * số 3" named six different rows. A row of a plan with several such tables is named with its table's place, as
 * the document prints it ("nhiệm vụ số 3 Phụ lục 04"); a plan with one keeps the label its text refers by.
 */
class AgencyRowPlaceTest {
    @Test
    void everyRowOf424IsNamedOnceWithTheAppendixItIsPrintedIn() {
        ResolvedPlan plan = resolve("content/ha-tinh-424-2022");
        Map<String, Set<String>> anchorsByLabel = new TreeMap<>();
        List<AgencyWork> rows = plan.agencyWork().stream().filter(w -> w.label().startsWith("nhiệm vụ số")).toList();
        rows.forEach(w -> anchorsByLabel.computeIfAbsent(w.label(), k -> new TreeSet<>()).add(w.anchor()));
        assertTrue(anchorsByLabel.size() > 60, anchorsByLabel.keySet().toString());
        assertEquals(Map.of(), filter(anchorsByLabel), "labels naming several rows");
        for (AgencyWork w : rows) {
            // The place is the appendix whose table holds the row, as the appendix's heading numbers it.
            String appendix = plan.appendices().stream().filter(a -> a.blocks().stream().anyMatch(b ->
                    b instanceof plandoc.resolved.TableBlock t && t.table().rows().stream()
                            .anyMatch(r -> w.anchor().equals(r.anchor())))).findFirst().orElseThrow().label();
            assertTrue(w.label().matches("nhiệm vụ số \\d+ " + appendix), w.label() + " in " + appendix);
        }
        // The document cites a row by the same label, in Vietnamese citation order ("khoản 2 Điều 3"; s26 review M3).
        assertTrue(plan.labels().values().stream().noneMatch(l -> l.contains("(Phụ lục")), "printed labels");
        rows.forEach(w -> assertEquals(w.label(), plan.labels().get(w.anchor()), w.anchor()));
    }

    @Test
    void aPlanWithOneNumberedTableKeepsItsLabels() {
        List<String> labels = resolve("content/ha-tinh-4086-2012").agencyWork().stream().map(AgencyWork::label)
                .filter(l -> l.startsWith("dự án số")).toList();
        assertTrue(labels.size() > 10, labels.toString());
        assertEquals(List.of(), labels.stream().filter(l -> !l.matches("dự án số \\d+")).toList());
    }

    private static Map<String, Set<String>> filter(Map<String, Set<String>> anchorsByLabel) {
        Map<String, Set<String>> several = new TreeMap<>();
        anchorsByLabel.forEach((label, anchors) -> {
            if (anchors.size() > 1) {
                several.put(label, anchors);
            }
        });
        return several;
    }

    private static ResolvedPlan resolve(String folder) {
        return new Generator(Path.of("")).resolve(Path.of(folder)).resolved().orElseThrow();
    }
}
