package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.bridge.TextNode;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.renderer.ImageRenderer;
import org.apache.batik.gvt.text.GVTAttributedCharacterIterator;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.junit.jupiter.api.Test;
import plandoc.render.pdf.PdfFonts;

/**
 * The Word copy's PNG of an SVG letters its text in the document's faces, as the PDF does (s28): the fonts Batik
 * resolved are read back from the text it laid out, whatever family the SVG names, bold where it says bold.
 */
class SvgPictureTest {
    private static final String CHART = """
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
              <text x="10" y="40" font-family="Arial, sans-serif" font-size="20">Tỷ lệ hồ sơ</text>
              <text x="10" y="80" font-family="Helvetica" font-size="20" font-weight="bold">Năm 2025</text>
            </svg>
            """;

    @Test
    void anSvgsTextIsLetteredInTheDocumentsFacesWhateverFamilyItNames() throws Exception {
        List<Font> faces = new SvgFonts(() -> bundled()).faces();
        Drawing drawing = new Drawing(faces);
        drawing.transcode(new TranscoderInput(new StringReader(CHART)), new TranscoderOutput(new ByteArrayOutputStream()));
        List<GVTFont> fonts = new ArrayList<>();
        fonts(drawing.drawn(), fonts);
        assertEquals(2, fonts.size(), "one font per text: " + fonts + " in " + describe(drawing.drawn()));
        for (GVTFont font : fonts) {
            assertEquals("Liberation Serif", font.getFamilyName(), "the document's family, not the machine's sans");
        }
        // The bold line's font is the bold face: the same outline for a letter, and not the regular one's.
        FontRenderContext context = new FontRenderContext(null, true, true);
        double bold = width(fonts.get(1), context);
        assertEquals(outline(faces.get(1), context), bold, 0.01, "the bold face's W");
        assertNotEquals(outline(faces.get(0), context), bold, 0.01);
        assertEquals(outline(faces.get(0), context), width(fonts.get(0), context), 0.01, "the regular face's W");
    }

    /** The width of a W as Batik draws it in {@code font}. */
    private static double width(GVTFont font, FontRenderContext context) {
        var glyphs = font.createGlyphVector(context, "W");
        glyphs.performDefaultLayout();
        return glyphs.getOutline().getBounds2D().getWidth();
    }

    private static double outline(Font face, FontRenderContext context) {
        return face.deriveFont(20f).createGlyphVector(context, "W").getOutline().getBounds2D().getWidth();
    }

    private static List<byte[]> bundled() {
        try {
            return PdfFonts.bundled().faceFiles();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String describe(GraphicsNode node) {
        if (node instanceof CompositeGraphicsNode group) {
            StringBuilder s = new StringBuilder(node.getClass().getSimpleName() + "[");
            for (Object child : group.getChildren()) {
                s.append(describe((GraphicsNode) child)).append(' ');
            }
            return s + "]";
        }
        return String.valueOf(node == null ? null : node.getClass().getName());
    }

    /** The fonts of the text Batik laid out, in the SVG's order. */
    private static void fonts(GraphicsNode node, List<GVTFont> fonts) {
        if (node instanceof TextNode text) {
            var characters = text.getAttributedCharacterIterator();
            characters.first();
            @SuppressWarnings("unchecked")
            List<GVTFont> named = (List<GVTFont>) characters.getAttribute(
                    GVTAttributedCharacterIterator.TextAttribute.GVT_FONTS);
            assertFalse(named == null || named.isEmpty(), "fonts resolved for the text");
            fonts.add(named.get(0));
        } else if (node instanceof CompositeGraphicsNode group) {
            for (Object child : group.getChildren()) {
                fonts((GraphicsNode) child, fonts);
            }
        }
    }

    /** The Word copy's transcoder, keeping its renderer, which holds the drawing it painted. */
    private static final class Drawing extends SvgPicture.OfflinePngTranscoder {
        private ImageRenderer renderer;

        Drawing(List<Font> faces) {
            super(faces);
        }

        @Override
        protected ImageRenderer createRenderer() {
            renderer = super.createRenderer();
            return renderer;
        }

        GraphicsNode drawn() {
            return renderer.getTree();
        }
    }

    /**
     * s29: an SVG far taller than wide (10 × 100,000 px, which check refuses) is rasterised no taller than a page's
     * text block: before, its PNG was allocated at its own height (75,000 pt: 312,500 px at 300 dpi).
     */
    @Test
    void aDrawingTallerThanAPageIsRasterisedNoTallerThanAPage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path tall = dir.resolve("cao.svg");
        java.nio.file.Files.writeString(tall, """
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="100000">
                  <rect width="10" height="100" fill="#1f5fa8"/>
                </svg>
                """);
        SvgPicture.Png png = SvgPicture.of(tall, 467.7, List.of());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.data()));
        double page = (plandoc.load.SvgSize.TALLEST_MM - plandoc.load.SvgSize.BESIDE_DRAWING_MM) / 25.4 * 72;
        assertEquals(page, png.height(), 0.01, "printed a page high");
        assertEquals(Math.round(page / 72 * SvgPicture.DPI), image.getHeight(), 1, "its pixels a page high");
        assertTrue(png.width() <= 7.5, "no wider than its own 10 px (7.5 pt): " + png.width());
    }
}
