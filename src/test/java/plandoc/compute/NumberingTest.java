package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import plandoc.model.AppendixNumbering;
import plandoc.model.NumberingStyle;

class NumberingTest {
    @ParameterizedTest
    @CsvSource({"1, I", "2, II", "3, III", "4, IV", "5, V", "9, IX", "10, X", "14, XIV", "19, XIX", "40, XL",
            "49, XLIX", "90, XC", "400, CD", "1990, MCMXC", "2024, MMXXIV"})
    void roman(int n, String expected) {
        assertEquals(expected, Numbering.roman(n));
    }

    /** Decree 30's letters: the Vietnamese alphabet without ă â ê ô ơ ư and without f j w z. */
    @ParameterizedTest
    @CsvSource({"1, a", "2, b", "4, d", "5, đ", "6, e", "7, g", "8, h", "9, i", "10, k", "11, l", "14, o",
            "15, p", "16, q", "21, v", "22, x", "23, y"})
    void letterFollowsTheVietnameseAlphabet(int n, String expected) {
        assertEquals(expected, Numbering.letter(n));
    }

    /** Past y the documented rule doubles the letter (aa, bb … yy), then triples it. */
    @ParameterizedTest
    @CsvSource({"24, aa", "25, bb", "28, đđ", "29, ee", "46, yy", "47, aaa", "69, yyy"})
    void letterPastYDoubles(int n, String expected) {
        assertEquals(expected, Numbering.letter(n));
    }

    @ParameterizedTest
    @CsvSource({"1, thứ nhất", "2, thứ hai", "3, thứ ba", "4, thứ tư", "5, thứ năm", "7, thứ bảy", "10, thứ mười",
            "11, thứ mười một", "14, thứ mười bốn", "15, thứ mười lăm", "20, thứ hai mươi", "21, thứ hai mươi mốt",
            "24, thứ hai mươi tư", "25, thứ hai mươi lăm", "32, thứ ba mươi hai"})
    void partOrdinals(int n, String expected) {
        assertEquals(expected, Numbering.ordinal(n));
    }

    @Test
    void bareNumbersPerStyle() {
        assertEquals("thứ hai", Numbering.number(NumberingStyle.PART, 2, ""));
        assertEquals("III", Numbering.number(NumberingStyle.ROMAN, 3, "whatever"));
        assertEquals("3", Numbering.number(NumberingStyle.ARABIC, 3, "II"));
        assertEquals("đ", Numbering.number(NumberingStyle.LETTER, 5, "1.2"));
        assertEquals("", Numbering.number(NumberingStyle.DASH, 4, "1"));
    }

    @Test
    void decimalCarriesItsParentsNumber() {
        assertEquals("1.2", Numbering.number(NumberingStyle.DECIMAL, 2, "1"));
        assertEquals("1.2.3", Numbering.number(NumberingStyle.DECIMAL, 3, "1.2"));
        assertEquals("4", Numbering.number(NumberingStyle.DECIMAL, 4, ""), "a top-level decimal has no parent");
    }

    @Test
    void headings() {
        assertEquals("I.", Numbering.heading(NumberingStyle.ROMAN, "I"));
        assertEquals("2.", Numbering.heading(NumberingStyle.ARABIC, "2"));
        assertEquals("1.2.", Numbering.heading(NumberingStyle.DECIMAL, "1.2"));
        assertEquals("a)", Numbering.heading(NumberingStyle.LETTER, "a"));
        assertEquals("đ)", Numbering.heading(NumberingStyle.LETTER, Numbering.letter(5)));
        assertEquals("Phần thứ hai", Numbering.heading(NumberingStyle.PART, Numbering.ordinal(2)));
        assertEquals("-", Numbering.heading(NumberingStyle.DASH, ""));
    }

    @Test
    void appendixNumbers() {
        assertEquals("3", Numbering.appendix(AppendixNumbering.ARABIC, 3));
        assertEquals("03", Numbering.appendix(AppendixNumbering.ARABIC_2, 3));
        assertEquals("12", Numbering.appendix(AppendixNumbering.ARABIC_2, 12));
        assertEquals("III", Numbering.appendix(AppendixNumbering.ROMAN, 3));
    }
}
