package plandoc.validate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * "Today" for the checks that compare with it (an issue date in the future): the day in Vietnam, of
 * {@code SOURCE_DATE_EPOCH} when it is set — a reproducible build says the same thing every time it is
 * run again, as its files are the same — else of the clock.
 */
public final class CheckDate {
    /** Where the documents are issued: the day changes at midnight there, not at UTC's. */
    static final ZoneId VIETNAM = plandoc.model.VietnamTime.ZONE;

    private CheckDate() {
    }

    /** Today as the checks of this process see it. */
    public static LocalDate today() {
        return of(System.getenv(), Clock.systemUTC());
    }

    static LocalDate of(Map<String, String> environment, Clock clock) {
        return epoch(environment.get("SOURCE_DATE_EPOCH")).orElseGet(clock::instant).atZone(VIETNAM).toLocalDate();
    }

    /** As reproducible builds define it: whole seconds since 1970; anything else is not a date to use. */
    private static Optional<Instant> epoch(String value) {
        if (value == null || !value.trim().matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.trim())));
    }
}
