package plandoc.load;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters of an SVG's text the document's face can draw. The PDF and the Word copy letter an SVG's text in
 * the document's faces whatever family it names (s28), and a character without a glyph there (Chinese, an emoji) is
 * left out, a blank where it stood: check refuses it ({@link SvgFile}).
 *
 * <p>The face asked is Liberation Serif, which plandoc carries and embeds wherever Times New Roman is not installed
 * (render.pdf.PdfFonts): the same plan may be built on such a machine (a CI runner), and Times New Roman draws no
 * character of Vietnamese or Latin text that Liberation Serif lacks. Read at the first SVG with text, once.
 */
final class SvgGlyphs {
    /** The bundled regular face (render.pdf.PdfFonts reads the same file from the classpath). */
    private static final String FACE = "com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Regular.ttf";
    private static CmapLookup cmap;

    private SvgGlyphs() {
    }

    /** The first character of {@code text} the face has no glyph for, as a code point; -1 when it draws them all. */
    static int missing(String text) {
        CmapLookup lookup = lookup();
        if (lookup == null) {
            return -1; // the face is not on the classpath: nothing to check against (the build would say so)
        }
        return text.codePoints().filter(c -> drawn(c) && lookup.getGlyphId(c) == 0).findFirst().orElse(-1);
    }

    /** Whether {@code c} is drawn as a glyph: not a space, a line break, a control or a format character. */
    private static boolean drawn(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && type != Character.SPACE_SEPARATOR && type != Character.CONTROL
                && type != Character.FORMAT;
    }

    private static synchronized CmapLookup lookup() {
        if (cmap == null) {
            try (InputStream in = SvgGlyphs.class.getClassLoader().getResourceAsStream(FACE)) {
                if (in == null) {
                    return null;
                }
                // Not closed: the lookup reads the parsed font, kept for the JVM's life (one face, some 400 kB).
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                cmap = font.getUnicodeCmapLookup();
            } catch (IOException e) {
                return null;
            }
        }
        return cmap;
    }
}
