package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * Which hyphens the Word copy holds with Word's no-break hyphen (U+2011 here), including a number written with
 * figures other than 0-9 ({@code \p{N}}: the quick test for a figure must not miss them), and prose left as typed.
 */
class SymbolHyphensTest {

    @Test
    void aNumberAndSymbolAndARangeAreHeld() {
        assertEquals("Quyết định số 4123/QĐ\u2011UBND", SymbolHyphens.bind("Quyết định số 4123/QĐ-UBND"));
        assertEquals("giai đoạn 2011\u20112015", SymbolHyphens.bind("giai đoạn 2011-2015"));
        assertEquals("giai đoạn 2011\u2011\u00a02015", SymbolHyphens.bind("giai đoạn 2011- 2015"));
        assertEquals("khóa Ⅻ\u2011ⅩⅢ", SymbolHyphens.bind("khóa Ⅻ-ⅩⅢ"), "Roman numerals are \\p{N} too");
        assertEquals("mục ²\u2011³", SymbolHyphens.bind("mục ²-³"), "so are superscript figures");
    }

    @Test
    void proseWithoutAFigureIsLeftAsTyped() {
        String prose = "phát triển kinh tế - xã hội; Covid-19 không, nhưng Quy-hoạch có";
        assertEquals("phát triển kinh tế - xã hội; Covid-19 không, nhưng Quy-hoạch có", SymbolHyphens.bind(prose));
        String noFigure = "kinh tế - xã hội, Quy-hoạch";
        assertSame(noFigure, SymbolHyphens.bind(noFigure));
    }
}
