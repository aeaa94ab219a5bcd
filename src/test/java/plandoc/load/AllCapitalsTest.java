package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Capitals;

/** What counts as typed in capitals: words, not initialisms, codes or numbers (no false alarm on "UBND tỉnh"). */
class AllCapitalsTest {
    @Test
    void namesInCapitalsAreFound() {
        for (String text : List.of("NGUYỄN VĂN A", "HÀ TĨNH", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "UBND TỈNH HÀ TĨNH",
                "SO TAI CHINH")) {
            assertTrue(Capitals.typedInCapitals(text), text);
        }
    }

    @Test
    void initialismsCodesAndSingleWordsAreNot() {
        for (String text : List.of("UBND tỉnh", "Nguyễn Văn A", "UBND", "HĐND", "UBND HĐND", "VP UBND", "QĐ-UBND",
                "000.00.00.H25", "PLEIKU", "TP HCM", "KT. CT")) {
            assertFalse(Capitals.typedInCapitals(text), text);
        }
    }

    @Test
    void aNameIsWrittenEachWordCapitalised() {
        assertEquals("Nguyễn Văn An", AllCapitals.eachWord("NGUYỄN  VĂN AN"));
        assertEquals("Đặng Thị Ánh", AllCapitals.eachWord("ĐẶNG THỊ ÁNH"));
    }
}
