package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1410498 | 0 | 1.410.498",
            "724.9   | 2 | 724,90",
            "724.90  | 2 | 724,90",
            "0.35    | 2 | 0,35",
            "0       | 2 | 0,00",
            "0       | 0 | 0",
            "999     | 0 | 999",
            "1000    | 0 | 1.000",
            "100000  | 0 | 100.000",
            "1000000 | 3 | 1.000.000,000",
            "386300  | 0 | 386.300",
            "724900  | 0 | 724.900",
            "-1.5    | 2 | -1,50",
            "-1234.5 | 1 | -1.234,5",
            "-0.35   | 2 | -0,35"})
    void format(String value, int decimals, String expected) {
        assertEquals(expected, VietnameseNumbers.format(new BigDecimal(value), decimals));
    }

    /** Rounding happens only when a mention asks for fewer decimals; it is half up, as done by hand. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "724.905 | 2 | 724,91",
            "724.904 | 2 | 724,90",
            "0.5     | 0 | 1",
            "1.45    | 1 | 1,5",
            "2.5     | 0 | 3",
            "1499.5  | 0 | 1.500",
            "-2.5    | 0 | -3",
            "-0.004  | 2 | 0,00"})
    void roundsHalfUpWhenFewerDecimalsAreAsked(String value, int decimals, String expected) {
        assertEquals(expected, VietnameseNumbers.format(new BigDecimal(value), decimals));
    }

    @Test
    void wholeCounts() {
        assertEquals("36", VietnameseNumbers.format(36L));
        assertEquals("1.410.498", VietnameseNumbers.format(1_410_498L));
    }

    @Test
    void signedDifferences() {
        assertEquals("+5,00", VietnameseNumbers.signed(new BigDecimal("5"), 2));
        assertEquals("-1,50", VietnameseNumbers.signed(new BigDecimal("-1.5"), 2));
        assertEquals("0,00", VietnameseNumbers.signed(BigDecimal.ZERO, 2));
        assertEquals("+1.000", VietnameseNumbers.signed(new BigDecimal("1000"), 0));
    }
}
