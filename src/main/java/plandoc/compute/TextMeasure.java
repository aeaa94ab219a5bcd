package plandoc.compute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Printed widths of text, from the advance widths of Liberation Serif, which has the metrics of Times
 * New Roman (the font Decree 30 asks for): whichever of the two the PDF embeds, a line measured here is
 * as long on the page. Column widths and the issuer rule are computed from these lengths, so they
 * follow the text rather than a count of characters.
 *
 * <p>The widths of the first {@value #TABLE_SIZE} code points (Latin, Vietnamese, general punctuation)
 * are read from a small table made from the fonts when plandoc is packaged ({@link SerifWidths}): parsing
 * the two font files was most of a cold check's measuring (issue 17). Other characters, or all of them
 * when the table is missing (classes run without packaging), are read from the fonts on first use.
 */
final class TextMeasure {
    static final double MM_PER_PT = 25.4 / 72;
    static final String FONTS = "com/mpobjects/jasperreports/fonts/liberation/";
    /** Code points below this are in the packaged table. */
    static final int TABLE_SIZE = 0x2200;
    static final String REGULAR_FONT = FONTS + "LiberationSerif-Regular.ttf";
    static final String BOLD_FONT = FONTS + "LiberationSerif-Bold.ttf";
    private static final Face REGULAR = new Face(REGULAR_FONT, 0);
    private static final Face BOLD = new Face(BOLD_FONT, 1);

    private TextMeasure() {
    }

    /** The width in millimetres of {@code text} on one line at {@code sizePt}, bold or regular. */
    static double mm(String text, double sizePt, boolean bold) {
        return (bold ? BOLD : REGULAR).em(text) * sizePt * MM_PER_PT;
    }

    /** One face: its packaged widths, and the font file itself read only for a character beyond them. */
    private static final class Face {
        private final String resource;
        private final float[] basic;
        private volatile FontWidths font;

        Face(String resource, int index) {
            this.resource = resource;
            this.basic = SerifWidths.packaged(index);
        }

        double em(String text) {
            double sum = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c < basic.length) {
                    float w = basic[c];
                    if (Float.isNaN(w)) {
                        w = font().width(c);
                        basic[c] = w;
                    }
                    sum += w;
                } else {
                    sum += font().width(c);
                }
            }
            return sum;
        }

        private FontWidths font() {
            FontWidths f = font;
            if (f == null) {
                synchronized (this) {
                    if (font == null) {
                        font = FontWidths.read(resource);
                    }
                    f = font;
                }
            }
            return f;
        }
    }

    /** Advance widths in em by code point, from the font file; characters it lacks count as an average letter. */
    record FontWidths(CmapLookup cmap, TrueTypeFont font, float unitsPerEm) {
        static FontWidths read(String resource) {
            try (InputStream in = TextMeasure.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " not on the classpath");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                return new FontWidths(font.getUnicodeCmapLookup(), font, font.getUnitsPerEm());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        float width(int c) {
            try {
                int gid = cmap.getGlyphId(c);
                return gid == 0 ? 0.5f : font.getAdvanceWidth(gid) / unitsPerEm;
            } catch (IOException e) {
                return 0.5f;
            }
        }
    }

    /** The packaged table's two faces, or null when it is not on the classpath. */
    static float[][] readTable(InputStream in) throws IOException {
        // Read whole and copied in bulk: 17,408 readFloat calls were ~2 ms of a cold check (issue 17).
        ByteBuffer data = ByteBuffer.wrap(in.readAllBytes()); // big-endian, as DataOutputStream wrote it
        if (data.remaining() != 8 + 2 * TABLE_SIZE * Float.BYTES || data.getInt() != SerifWidths.MAGIC
                || data.getInt() != TABLE_SIZE) {
            return null;
        }
        float[][] faces = new float[2][TABLE_SIZE];
        FloatBuffer widths = data.asFloatBuffer();
        for (float[] face : faces) {
            widths.get(face);
        }
        return faces;
    }
}
