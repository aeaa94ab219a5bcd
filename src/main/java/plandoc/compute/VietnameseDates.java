package plandoc.compute;

import java.time.LocalDate;

/**
 * Dates as Decree 30 prints them: "ngày 07 tháng 3 năm 2025" (day padded to two digits, month
 * padded only for January and February) in the header and appendix captions, and "28/12/2012" in
 * listings and references.
 */
public final class VietnameseDates {
    private VietnameseDates() {
    }

    public static String long_(LocalDate date) {
        String month = date.getMonthValue() <= 2 ? String.format("%02d", date.getMonthValue())
                : Integer.toString(date.getMonthValue());
        return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(), month, date.getYear());
    }

    public static String short_(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
