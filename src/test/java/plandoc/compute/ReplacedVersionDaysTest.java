package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The days a re-issued document's page names its replaced versions by are compute's words, with the other labels (s33
 * review M1: the "(1)", "(2)" of two versions replaced the same day were worded in build.IssuedFreeze).
 */
class ReplacedVersionDaysTest {
    @Test
    void versionsReplacedTheSameDayAreToldApartByTheirOrderThatDay() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        LocalDate second = LocalDate.of(2026, 12, 7);
        assertEquals(List.of("01/12/2026", "07/12/2026 (1)", "07/12/2026 (2)"),
                ReplacedVersionDays.labels(List.of(first, second, second)));
        assertEquals(List.of("07/12/2026"), ReplacedVersionDays.labels(List.of(second)));
        assertEquals(List.of(), ReplacedVersionDays.labels(List.of()));
    }
}
