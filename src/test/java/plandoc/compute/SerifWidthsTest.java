package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SerifWidthsTest {

    @Test
    void thePackagedTableHoldsExactlyTheFontsWidths() throws Exception {
        float[][] packaged;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SerifWidths.RESOURCE)) {
            assertNotNull(in, "the Maven build writes " + SerifWidths.RESOURCE);
            packaged = TextMeasure.readTable(in);
        }
        assertNotNull(packaged);
        String[] faces = {TextMeasure.REGULAR_FONT, TextMeasure.BOLD_FONT};
        for (int face = 0; face < 2; face++) {
            TextMeasure.FontWidths font = TextMeasure.FontWidths.read(faces[face]);
            for (int c = 0; c < TextMeasure.TABLE_SIZE; c++) {
                assertEquals(Float.floatToIntBits(font.width(c)), Float.floatToIntBits(packaged[face][c]),
                        "face " + face + " U+" + Integer.toHexString(c));
            }
        }
        // Vietnamese letters, not the 0.5 em stand-in for a missing glyph.
        assertEquals(true, packaged[1]['Ữ'] != 0.5f && packaged[0]['ạ'] != 0.5f);
    }

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SerifWidths.write(out);
        float[][] read = TextMeasure.readTable(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(2, read.length);
        assertEquals(TextMeasure.TABLE_SIZE, read[0].length);
        assertEquals(TextMeasure.FontWidths.read(TextMeasure.BOLD_FONT).width('Đ'), read[1]['Đ']);
    }

    @Test
    void aCutOrLongerTableIsNotUsed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SerifWidths.write(out);
        byte[] table = out.toByteArray();
        assertNull(TextMeasure.readTable(new ByteArrayInputStream(java.util.Arrays.copyOf(table, table.length - 1))));
        assertNull(TextMeasure.readTable(new ByteArrayInputStream(java.util.Arrays.copyOf(table, table.length + 4))));
        assertNull(TextMeasure.readTable(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void charactersBeyondTheTableAreMeasuredFromTheFont() {
        String beyond = "→ₐ€"; // in the table; U+FB01 below is beyond it
        double sum = 0;
        TextMeasure.FontWidths font = TextMeasure.FontWidths.read(TextMeasure.REGULAR_FONT);
        for (int c : (beyond + "\uFB01").codePoints().toArray()) {
            sum += font.width(c);
        }
        assertEquals(sum * 12 * TextMeasure.MM_PER_PT, TextMeasure.mm(beyond + "\uFB01", 12, false), 1e-9);
    }
}
