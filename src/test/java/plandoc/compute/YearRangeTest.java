package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Implementation periods as printed, read for the money-outside-period warning. */
class YearRangeTest {
    private static YearRange r(int from, int to) {
        return new YearRange(from, to);
    }

    @Test
    void periodsAsPrinted() {
        assertEquals(List.of(r(2012, 2013), r(2016, 2017)), YearRange.parse("2012-2013; 2016-2017"));
        assertEquals(List.of(r(2012, 2012)), YearRange.parse("1/2012-12/2012"));
        assertEquals(List.of(r(2012, 2012), r(2017, 2017)), YearRange.parse("2012; 2017"));
        assertEquals(List.of(r(2012, 2020)), YearRange.parse("2012-2020"));
        assertEquals(List.of(r(2012, 2015)), YearRange.parse("2012 – 2015"));
        assertEquals(List.of(r(2021, 2025)), YearRange.parse("2025-2021"));
    }

    @Test
    void openEndedPeriods() {
        assertEquals(List.of(r(2015, 9999)), YearRange.parse("Từ 2015"));
        assertEquals(List.of(r(2015, 9999)), YearRange.parse("từ năm 2015"));
    }

    @Test
    void noYearMeansNoCheck() {
        assertEquals(List.of(), YearRange.parse("Hằng năm"));
        assertEquals(List.of(), YearRange.parse(""));
    }

    @Test
    void membersNameTheirYears() {
        assertEquals(Optional.of(r(2012, 2015)), YearRange.ofMember("2012-2015", "Giai đoạn 2012-2015"));
        assertEquals(Optional.of(r(2021, 2021)), YearRange.ofMember("2021", "Năm 2021"));
        assertEquals(Optional.of(r(2016, 2020)), YearRange.ofMember("gd2", "Giai đoạn 2016-2020"));
        assertEquals(Optional.empty(), YearRange.ofMember("tw", "NS TƯ"));
    }

    @Test
    void overlaps() {
        assertTrue(r(2012, 2014).overlaps(r(2012, 2015)));
        assertFalse(r(2012, 2014).overlaps(r(2016, 2020)));
        assertTrue(r(2015, 9999).overlaps(r(2016, 2020)));
        assertTrue(r(2016, 2016).overlaps(r(2016, 2020)), "a shared year is enough");
    }
}
