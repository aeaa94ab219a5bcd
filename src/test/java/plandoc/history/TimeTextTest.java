package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    /** Dates and commit times are read by hand in their usual forms (issue 17): the values the parsers give. */
    @Test
    void datesAndTimesReadAsTheParsersReadThem() {
        for (java.time.LocalDate date : List.of(java.time.LocalDate.of(2026, 12, 4), java.time.LocalDate.of(1, 1, 1),
                java.time.LocalDate.of(2024, 2, 29), java.time.LocalDate.of(12026, 1, 1), java.time.LocalDate.of(-5, 3, 1))) {
            assertEquals(date, TimeText.date(date.toString()), date.toString());
        }
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 3, 2, 9, 30, 15);
        for (ZonedDateTime time : List.of(ZonedDateTime.of(at, ZoneOffset.ofHours(7)),
                ZonedDateTime.of(at.withSecond(0), ZoneOffset.ofHours(7)), ZonedDateTime.of(at, ZoneOffset.UTC),
                ZonedDateTime.of(at, ZoneOffset.ofHoursMinutes(-9, -30)), ZonedDateTime.of(at, ZoneOffset.ofTotalSeconds(-45)),
                ZonedDateTime.of(at.withNano(500_000_000), ZoneOffset.ofHours(7)),
                ZonedDateTime.of(at, java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
                ZonedDateTime.of(at.withYear(12026), ZoneOffset.ofHours(7)))) {
            String text = time.toString();
            ZonedDateTime read = TimeText.time(text);
            assertEquals(ZonedDateTime.parse(text), read, text);
            assertEquals(text, read.toString());
        }
        for (String bad : List.of("2026-02-30", "2026-13-01", "2026-1-01")) {
            org.junit.jupiter.api.Assertions.assertThrows(java.time.DateTimeException.class, () -> TimeText.date(bad), bad);
        }
        org.junit.jupiter.api.Assertions.assertThrows(java.time.DateTimeException.class,
                () -> TimeText.time("2026-03-02T25:00+07:00"));
    }
}
