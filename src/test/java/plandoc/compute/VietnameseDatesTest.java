package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDatesTest {
    /** Day always two digits; month padded only for January and February (Decree 30). */
    @ParameterizedTest
    @CsvSource({
            "2025-03-07, ngày 07 tháng 3 năm 2025",
            "2012-12-28, ngày 28 tháng 12 năm 2012",
            "2022-02-01, ngày 01 tháng 02 năm 2022",
            "2022-01-18, ngày 18 tháng 01 năm 2022",
            "2020-10-05, ngày 05 tháng 10 năm 2020",
            "2021-11-30, ngày 30 tháng 11 năm 2021"})
    void longForm(LocalDate date, String expected) {
        assertEquals(expected, VietnameseDates.long_(date));
    }

    @ParameterizedTest
    @CsvSource({
            "2012-12-28, 28/12/2012",
            "2022-02-18, 18/02/2022",
            "2025-03-07, 07/03/2025"})
    void shortForm(LocalDate date, String expected) {
        assertEquals(expected, VietnameseDates.short_(date));
    }
}
