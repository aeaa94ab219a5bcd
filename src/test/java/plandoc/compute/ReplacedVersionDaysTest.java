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
        List<ReplacedVersionDays.Replaced> versions = List.of(new ReplacedVersionDays.Replaced(day, false, false),
                new ReplacedVersionDays.Replaced(day, true, false), new ReplacedVersionDays.Replaced(day.plusDays(1), false, false));
        assertEquals(List.of("Văn bản ban hành lần đầu, bị thay thế ngày 08/12/2026 (1)",
                "Bản ban hành lại (đã ký số), bị thay thế ngày 08/12/2026 (2)",
                "Bản ban hành lại, bị thay thế ngày 09/12/2026"), ReplacedVersionDays.entries(versions, "vi"));
        assertEquals(List.of("Text as first issued, replaced on 08/12/2026 (1)",
                "Re-issued version (digitally signed), replaced on 08/12/2026 (2)",
                "Re-issued version, replaced on 09/12/2026"), ReplacedVersionDays.entries(versions, "en"));
        assertEquals(List.of("Văn bản ban hành lần đầu (đã ký số), bị thay thế ngày 08/12/2026"),
                ReplacedVersionDays.entries(List.of(new ReplacedVersionDays.Replaced(day, true, false)), "vi"));
    }

    /**
     * s36 review M2: a re-issue of an edit that changes nothing printed (a comment) labelled the first version "bị thay
     * thế", which a legal reviewer reads as the decision replaced though its print is the same. Such a version says its
     * sources were published again and the text did not change; the version after it is a copy posted again; a real
     * re-issue after that still says "bị thay thế".
     */
    @Test
    void aVersionWhoseSourcesWerePublishedAgainIsNotSaidToBeReplaced() {
        LocalDate day = LocalDate.of(2026, 12, 8);
        List<ReplacedVersionDays.Replaced> versions = List.of(new ReplacedVersionDays.Replaced(day, false, true),
                new ReplacedVersionDays.Replaced(day.plusDays(1), false, false),
                new ReplacedVersionDays.Replaced(day.plusDays(2), false, true));
        assertEquals(List.of("Bản đăng lần đầu; nguồn đăng lại ngày 08/12/2026, nội dung văn bản không thay đổi",
                "Bản đăng lại, bị thay thế ngày 09/12/2026",
                "Bản ban hành lại; nguồn đăng lại ngày 10/12/2026, nội dung văn bản không thay đổi"),
                ReplacedVersionDays.entries(versions, "vi"));
        assertEquals(List.of("Version first published; sources published again on 08/12/2026, the document's text "
                        + "unchanged", "Version published again, replaced on 09/12/2026",
                "Re-issued version; sources published again on 10/12/2026, the document's text unchanged"),
                ReplacedVersionDays.entries(versions, "en"));
    }
}
