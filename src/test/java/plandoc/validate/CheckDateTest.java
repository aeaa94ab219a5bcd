package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The day an issue date is compared with: SOURCE_DATE_EPOCH's when set, the clock's otherwise, in Vietnam. */
class CheckDateTest {
    /** 2023-11-14 22:13:20 UTC, 2023-11-15 05:13:20 in Hà Nội. */
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    @Test
    void theDayIsVietnamsAndReproducibleBuildsUseTheirOwn() {
        assertEquals(LocalDate.of(2023, 11, 15), CheckDate.of(Map.of(), CLOCK), "past midnight in Vietnam, not in UTC");
        assertEquals(LocalDate.of(2001, 9, 9), CheckDate.of(Map.of("SOURCE_DATE_EPOCH", "1000000000"), CLOCK));
        assertEquals(LocalDate.of(2023, 11, 15), CheckDate.of(Map.of("SOURCE_DATE_EPOCH", "mai"), CLOCK),
                "not a number of seconds: the clock");
        assertEquals(LocalDate.of(2023, 11, 15), CheckDate.of(Map.of("SOURCE_DATE_EPOCH", "9".repeat(30)), CLOCK),
                "too large to be a date: the clock, not a fault");
    }
}
