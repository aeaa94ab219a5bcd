package plandoc.render.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.util.OpenUtil;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * openhtmltopdf's text measurement with each character's advance looked up once per font.
 *
 * <p>Why: the line breaker measures every word and line through {@code PDFont.getStringWidth}, which
 * encodes the text to bytes and decodes them back one code at a time (a stream over the CMap's code
 * ranges per character) — in a cold build, thousands of calls run mostly in the interpreter (~30 ms of
 * the flagship's PDF). {@code getStringWidth} is the sum, in order and from {@code 0f}, of each
 * character's {@code getWidth(code)}, and a one-character string gives exactly that width; so adding the
 * cached widths in the same order gives the same float, and the same layout, to the bit.
 *
 * <p>Anything else goes to the library's own code unchanged: a font that is not there (it logs), a
 * character outside the Basic Multilingual Plane, or one the font has no glyph for (the library then
 * measures run by run in the fallback fonts).
 *
 * <p>One instance per PDF: the fonts it holds belong to that PDF's document.
 */
final class CachedWidths extends PdfBoxTextRenderer {

    private static final float TEXT_MEASURING_DELTA = 0.01f; // as PdfBoxTextRenderer
    // 0: not asked yet
    private static final byte PRESENT = 1;
    private static final byte MISSING = 2;

    private final Map<PDFont, Advances> fonts = new IdentityHashMap<>();

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont pdfBoxFont = (PdfBoxFSFont) font;
        List<FontDescription> descriptions = pdfBoxFont.getFontDescriptions();
        PDFont first = descriptions == null || descriptions.isEmpty() ? null : descriptions.get(0).getFont();
        if (first == null) {
            return super.getWidth(context, font, string);
        }
        Advances advances = fonts.computeIfAbsent(first, Advances::new);
        float sum = 0f;
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            if (Character.isSurrogate(c)) {
                return super.getWidth(context, font, string);
            }
            // What TextRenderer.getEffectivePrintableString leaves out (a soft hyphen, U+FFFC), skipped here
            // in the same loop: that method streams over the code points of every string measured.
            if (!OpenUtil.isSafeFontCodePointToPrint(c)) {
                continue;
            }
            float advance = advances.of(c);
            if (Float.isNaN(advance)) {
                return super.getWidth(context, font, string);
            }
            sum += advance;
        }
        float result = sum / 1000f * pdfBoxFont.getSize2D();
        if (result - Math.floor(result) < TEXT_MEASURING_DELTA) {
            return (int) result;
        }
        return (int) Math.ceil(result);
    }

    /**
     * One font's advances by character, each asked of PDFBox the first time it is needed; kept in blocks
     * of 256 characters made on first use (a document uses a few blocks: Latin, Vietnamese, punctuation).
     */
    private static final class Advances {
        private final PDFont font;
        private final float[][] widths = new float[256][];
        private final byte[][] states = new byte[256][];

        Advances(PDFont font) {
            this.font = font;
        }

        /** The character's advance in glyph units, or NaN when the font cannot show it (or fails to say). */
        float of(char c) {
            int block = c >>> 8;
            int index = c & 0xFF;
            if (states[block] == null) {
                states[block] = new byte[256];
                widths[block] = new float[256];
            }
            switch (states[block][index]) {
                case PRESENT:
                    return widths[block][index];
                case MISSING:
                    return Float.NaN;
                default:
                    break;
            }
            try {
                float width = font.getStringWidth(String.valueOf(c));
                widths[block][index] = width;
                states[block][index] = PRESENT;
                return width;
            } catch (IllegalArgumentException | IOException e) {
                states[block][index] = MISSING;
                return Float.NaN;
            }
        }
    }
}
