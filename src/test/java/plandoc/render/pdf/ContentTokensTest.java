package plandoc.render.pdf;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The marked-content operands found in a page's bytes, by the lexical rules, not by a search for the text. */
class ContentTokensTest {

    @Test
    void findsTheOperandsOfTheMarkedContentAsked() {
        String content = "q 1 0 0 1 0 0 cm\n/Artifact <</Type /Background>> BDC 0 0 m EMC\n"
                + "/Span <</MCID 0>> BDC BT /F1 12 Tf <0041> Tj ET EMC\n"
                + "/Span <</MCID 1>> BDC BT (a) Tj ET EMC\n/Span<</MCID 12>>BDC BT (b) Tj ET EMC Q";
        Map<Integer, ContentTokens.Span> found = ContentTokens.markedContent(bytes(content), Set.of(0, 12, 7));
        assertEquals(List.of(0, 12), List.copyOf(found.keySet()), "in the order of the page");
        assertEquals("/Span <</MCID 0>>", text(content, found.get(0)));
        assertEquals("/Span<</MCID 12>>", text(content, found.get(12)));
    }

    @Test
    void textThatLooksLikeMarkedContentIsText() {
        String content = "BT (/Span <</MCID 3>> BDC) Tj (\\) /Span <</MCID 3>> BDC) Tj ((nested) /Span <</MCID 3>> BDC) Tj ET\n"
                + "% /Span <</MCID 3>> BDC\n<2F5370616E> Tj /Span <</MCID 4>> BDC EMC";
        assertEquals(Set.of(4), ContentTokens.markedContent(bytes(content), Set.of(3, 4)).keySet());
    }

    @Test
    void moreThanAnIdInThePropertiesIsLeft() {
        String content = "/Span <</MCID 3 /ActualText (x)>> BDC EMC /P <</MCID 5>> BDC EMC";
        assertEquals(Set.of(5), ContentTokens.markedContent(bytes(content), Set.of(3, 5)).keySet());
    }

    @Test
    void aPageWithAnInlineImageIsNotRead() {
        String content = "/Span <</MCID 3>> BDC EMC BI /W 1 /H 1 /BPC 8 /CS /G ID \u0001 EI";
        assertEquals(Map.of(), ContentTokens.markedContent(bytes(content), Set.of(3)));
    }

    private static byte[] bytes(String content) {
        return content.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(String content, ContentTokens.Span span) {
        return content.substring(span.start(), span.end());
    }
}
