package plandoc.compute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Printed widths of text, from the advance widths of Liberation Serif, which has the metrics of Times
 * New Roman (the font Decree 30 asks for): whichever of the two the PDF embeds, a line measured here is
 * as long on the page. Column widths and the issuer rule are computed from these lengths, so they
 * follow the text rather than a count of characters.
 */
final class TextMeasure {
    static final double MM_PER_PT = 25.4 / 72;
    private static final String FONTS = "com/mpobjects/jasperreports/fonts/liberation/";
    private static final Face REGULAR = new Face(FONTS + "LiberationSerif-Regular.ttf");
    private static final Face BOLD = new Face(FONTS + "LiberationSerif-Bold.ttf");

    private TextMeasure() {
    }

    /** The width in millimetres of {@code text} on one line at {@code sizePt}, bold or regular. */
    static double mm(String text, double sizePt, boolean bold) {
        return (bold ? BOLD : REGULAR).em(text) * sizePt * MM_PER_PT;
    }

    /** One face's advance widths, read once on first use (the fonts ship on the classpath). */
    private static final class Face {
        private final String resource;
        private volatile Widths widths;

        Face(String resource) {
            this.resource = resource;
        }

        double em(String text) {
            Widths w = widths;
            if (w == null) {
                synchronized (this) {
                    if (widths == null) {
                        widths = Widths.read(resource);
                    }
                    w = widths;
                }
            }
            return w.em(text);
        }
    }

    /** Advance widths in em by code point; characters the font lacks count as an average letter. */
    private record Widths(float[] basic, CmapLookup cmap, TrueTypeFont font, float unitsPerEm) {
        static Widths read(String resource) {
            try (InputStream in = TextMeasure.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " not on the classpath");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                CmapLookup cmap = font.getUnicodeCmapLookup();
                float units = font.getUnitsPerEm();
                // Filled on first use of each character: a plan uses a few hundred of them.
                float[] basic = new float[0x2000];
                java.util.Arrays.fill(basic, Float.NaN);
                return new Widths(basic, cmap, font, units);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        double em(String text) {
            double sum = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c < basic.length) {
                    float w = basic[c];
                    if (Float.isNaN(w)) {
                        w = other(c);
                        basic[c] = w;
                    }
                    sum += w;
                } else {
                    sum += other(c);
                }
            }
            return sum;
        }

        private float other(int c) {
            try {
                int gid = cmap.getGlyphId(c);
                return gid == 0 ? 0.5f : font.getAdvanceWidth(gid) / unitsPerEm;
            } catch (IOException e) {
                return 0.5f;
            }
        }
    }
}
