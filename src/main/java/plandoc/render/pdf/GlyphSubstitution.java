package plandoc.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Hides a TrueType font's glyph-substitution table (GSUB) from PDFBox.
 *
 * <p>Why: for every text run PDFBox 3.0.7 applies the font's GSUB ligatures through
 * {@code GsubWorkerForLatin}, which compiles a fresh regular expression each time; on a 100-page
 * plan that was half of the PDF time. Vietnamese text uses precomposed glyphs and needs no
 * substitution, and leaving out ligatures (fi, fl) also keeps the extracted text exactly as
 * typed. The table stays in the file under an unused tag, so no offset moves; the embedded
 * subset never includes it anyway.
 */
final class GlyphSubstitution {
    private static final byte[] GSUB = "GSUB".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HIDDEN = "gsuX".getBytes(StandardCharsets.US_ASCII);

    private GlyphSubstitution() {
    }

    /** A copy of the font file whose GSUB table directory entry is renamed; other files unchanged. */
    static byte[] withoutSubstitution(byte[] font) {
        if (font.length < 12) {
            return font;
        }
        byte[] copy = font.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 > copy.length) {
                return font;
            }
            if (copy[record] == GSUB[0] && copy[record + 1] == GSUB[1] && copy[record + 2] == GSUB[2]
                    && copy[record + 3] == GSUB[3]) {
                System.arraycopy(HIDDEN, 0, copy, record, 4);
                return copy;
            }
        }
        return font;
    }
}
