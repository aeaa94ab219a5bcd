package plandoc.history;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Dates and commit times read back from the text their {@code toString} wrote, by hand for the usual forms
 * ("2026-12-04", "2026-12-04T10:15:30+07:00"): the JDK's parsers build a formatter each time, which was a
 * tenth of reading 200 site records and half of reading the history cache of a 200-plan corpus (issue 17).
 * Anything else goes to those parsers.
 */
public final class TimeText {
    private TimeText() {
    }

    /** {@link LocalDate#parse} of what {@link LocalDate#toString} wrote. */
    public static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                && digits(text, 5, 7) && digits(text, 8, 10)) {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    /**
     * {@link ZonedDateTime#parse} of what {@link ZonedDateTime#toString} wrote for a commit's time (seconds
     * optional, "Z" for UTC): the same value, zone and offset; a fraction of a second or a named zone goes
     * to the parser.
     */
    public static ZonedDateTime time(String text) {
        int n = text.length();
        int zone = n > 16 && text.charAt(10) == 'T' && text.charAt(13) == ':' ? (text.charAt(16) == ':' ? 19 : 16) : -1;
        if (zone > 0 && digits(text, 11, 13) && digits(text, 14, 16) && (zone == 16 || digits(text, 17, 19))) {
            ZoneOffset offset = null;
            if (n == zone + 1 && text.charAt(zone) == 'Z') {
                offset = ZoneOffset.UTC;
            } else if (n == zone + 6 && (text.charAt(zone) == '+' || text.charAt(zone) == '-')
                    && text.charAt(zone + 3) == ':' && digits(text, zone + 1, zone + 3) && digits(text, zone + 4, zone + 6)) {
                int sign = text.charAt(zone) == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * number(text, zone + 1, zone + 3),
                        sign * number(text, zone + 4, zone + 6));
            }
            if (offset != null) {
                LocalDate day = date(text.substring(0, 10));
                int second = zone == 19 ? number(text, 17, 19) : 0;
                return ZonedDateTime.of(day.atTime(number(text, 11, 13), number(text, 14, 16), second), offset);
            }
        }
        return ZonedDateTime.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
