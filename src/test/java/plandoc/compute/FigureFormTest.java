package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The chrome's figures in its language: Vietnamese as the documents write them, English with "," between
 * thousands and "." before decimals; both round half up to the decimals asked.
 */
class FigureFormTest {
    @Test
    void englishGroupsWithCommasAndMarksDecimalsWithAPoint() {
        FigureForm en = FigureForm.of("en");
        assertEquals("724,900", en.format(new BigDecimal("724900"), 0));
        assertEquals("1,234.5", en.format(new BigDecimal("1234.5"), 1));
        assertEquals("1,234.50", en.format(new BigDecimal("1234.5"), 2));
        assertEquals("1,235", en.format(new BigDecimal("1234.5"), 0));
        assertEquals("12,345,678,901,234,567,890", en.format(new BigDecimal("12345678901234567890"), 0));
        assertEquals("1,234", en.format(1234));
        assertEquals("0.5", en.exact(new BigDecimal("0.500")));
        assertEquals("12,500", en.exact(new BigDecimal("12500.00")));
    }

    @Test
    void vietnameseIsTheDocumentsForm() {
        FigureForm vi = FigureForm.of("vi");
        assertEquals("724.900", vi.format(new BigDecimal("724900"), 0));
        assertEquals("1.234,5", vi.format(new BigDecimal("1234.5"), 1));
        assertEquals("1.235", vi.format(new BigDecimal("1234.5"), 0));
        assertEquals("1.234", vi.format(1234));
        assertEquals("0,5", vi.exact(new BigDecimal("0.500")));
        for (String figure : new String[] {"0", "7", "999", "1000", "1234567.891", "0.05"}) {
            BigDecimal value = new BigDecimal(figure);
            assertEquals(VietnameseNumbers.format(value, 2), vi.format(value, 2), figure);
        }
        assertEquals(FigureForm.VIETNAMESE, FigureForm.of("fr"), "any language but English keeps the Vietnamese form");
    }
}
