package plandoc.render.pdf;

import org.junit.jupiter.api.Test;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentLineBreakerTest {

    private static List<String> pieces(String text) {
        DocumentLineBreaker breaker = new DocumentLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = breaker.next(); at != BreakIterator.DONE; at = breaker.next()) {
            pieces.add(text.substring(from, at));
            from = at;
        }
        return pieces;
    }

    @Test
    void neverBreaksInsideADocumentNumberOrADate() {
        assertEquals(List.of("Quyết ", "định ", "số ", "590/QĐ-UBND ", "ngày ", "01/3/2007 ", "(2012-2015)."),
                pieces("Quyết định số 590/QĐ-UBND ngày 01/3/2007 (2012-2015)."));
    }

    @Test
    void stillBreaksLongWebAddresses() {
        String url = "https://hatinh.gov.vn/van-ban/quyet-dinh/4086-qd-ubnd.pdf";
        assertTrue(pieces(url).size() > 1, pieces(url).toString());
    }
}
