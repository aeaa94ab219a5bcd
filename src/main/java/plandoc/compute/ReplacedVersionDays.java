package plandoc.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The day a re-issued document's page names each version it replaced by, "07/12/2026": versions replaced the same
 * day are told apart by their order that day, "07/12/2026 (1)", "07/12/2026 (2)" (two links with one label looked
 * like one version given twice).
 */
public final class ReplacedVersionDays {
    private ReplacedVersionDays() {
    }

    /** The label of each of {@code days}, the days the versions were replaced, oldest first; in their order. */
    public static List<String> labels(List<LocalDate> days) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        days.forEach(d -> perDay.merge(d, 1, Integer::sum));
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (LocalDate day : days) {
            int nth = seen.merge(day, 1, Integer::sum);
            String text = VietnameseDates.short_(day);
            labels.add(perDay.get(day) > 1 ? text + " (" + nth + ")" : text);
        }
        return labels;
    }
}
