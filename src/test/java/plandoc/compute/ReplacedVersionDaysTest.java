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

    /**
     * s34 review M5: each link says what the version is, the signed copy says so, and its day reads as the day it was
     * replaced (a bare day was taken for the version's own date); in English too.
     */
    @Test
    void eachVersionSaysWhatItIsWhetherItIsSignedAndWhenItWasReplaced() {
        LocalDate day = LocalDate.of(2026, 12, 8);
        List<ReplacedVersionDays.Replaced> versions = List.of(new ReplacedVersionDays.Replaced(day, false),
                new ReplacedVersionDays.Replaced(day, true), new ReplacedVersionDays.Replaced(day.plusDays(1), false));
        assertEquals(List.of("Văn bản ban hành lần đầu, bị thay thế ngày 08/12/2026 (1)",
                "Bản ban hành lại (đã ký số), bị thay thế ngày 08/12/2026 (2)",
                "Bản ban hành lại, bị thay thế ngày 09/12/2026"), ReplacedVersionDays.entries(versions, "vi"));
        assertEquals(List.of("Text as first issued, replaced on 08/12/2026 (1)",
                "Re-issued version (digitally signed), replaced on 08/12/2026 (2)",
                "Re-issued version, replaced on 09/12/2026"), ReplacedVersionDays.entries(versions, "en"));
        assertEquals(List.of("Văn bản ban hành lần đầu (đã ký số), bị thay thế ngày 08/12/2026"),
                ReplacedVersionDays.entries(List.of(new ReplacedVersionDays.Replaced(day, true)), "vi"));
    }
}
