package plandoc.render.docx;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.gvt.font.AWTGVTFont;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import plandoc.load.SvgSecurity;
import plandoc.load.SvgSize;

/**
 * An SVG image for the Word copy: rasterised by Batik to a PNG at 300 dpi at the size the PDF prints it. Word
 * shows PNG everywhere (an SVG picture only from Word 2016, LibreOffice partly). Its own class, so Batik is loaded
 * only for a plan with an SVG image.
 *
 * <p>The SVG is parsed offline (no DTD fetched: JAXP, not Batik's parser, which would fetch an unknown one) and
 * drawn with no script and nothing outside it loaded; check refused such an SVG already (load.SvgFile). Its text is
 * drawn in the document's faces whatever family it names ({@link DocumentFaces}), as the PDF's (pdf.SvgDrawer).
 */
final class SvgPicture {
    /** Print resolution of the PNG. */
    static final int DPI = 300;
    /** The tallest the PNG prints, in points: a page's text block less what it keeps beside a drawing, as the PDF. */
    static final double TALLEST = (SvgSize.TALLEST_MM - SvgSize.BESIDE_DRAWING_MM) / 25.4 * 72;

    /** The PNG and its printed size in points. */
    record Png(byte[] data, double width, double height) {
    }

    private SvgPicture() {
    }

    /**
     * The SVG at {@code source} as a PNG, at most {@code maxWidth} points wide, its text in {@code faces} (regular,
     * bold, italic, bold italic; none: the machine's fonts).
     */
    static Png of(Path source, double maxWidth, List<Font> faces) throws IOException {
        Document svg = parse(source);
        double[] size = SvgSize.cssPixels(svg.getDocumentElement());
        double width = Math.min(maxWidth, size[0] * 0.75);
        double height = width * size[1] / size[0];
        if (!(height <= TALLEST)) {
            // Check refuses an SVG taller than a page (load.SvgFile); were one to reach here, its PNG is shrunk to a
            // page rather than allocated at its own height (10 × 5,000,000 px: some 2 GB at 300 dpi).
            width = Math.max(1, Double.isFinite(height) ? width * TALLEST / height : 1);
            height = TALLEST;
        }
        PNGTranscoder transcoder = new OfflinePngTranscoder(faces);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) Math.round(width / 72 * DPI));
        transcoder.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) Math.round(height / 72 * DPI));
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_PIXEL_UNIT_TO_MILLIMETER, (float) (25.4 / DPI));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(svg), new TranscoderOutput(png));
        } catch (TranscoderException | RuntimeException e) {
            throw new IOException("SVG " + source.getFileName() + ": " + e.getMessage(), e);
        }
        return new Png(png.toByteArray(), width, height);
    }

    private static Document parse(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return SvgSecurity.documents().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("SVG " + source.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Batik's PNG transcoder whose user agent runs no script and loads nothing outside the SVG, and letters its text in
     * the document's faces.
     */
    static class OfflinePngTranscoder extends PNGTranscoder {
        private final List<Font> faces;

        OfflinePngTranscoder(List<Font> faces) {
            this.faces = faces;
        }

        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public FontFamilyResolver getFontFamilyResolver() {
                    return faces.isEmpty() ? super.getFontFamilyResolver() : new DocumentFaces(faces);
                }

                @Override
                public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
                    return SvgSecurity.scripts(type);
                }

                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                    return SvgSecurity.resources();
                }
            };
        }
    }

    /** Resolves every family an SVG names, and none, to the document's faces (an @font-face is not loaded). */
    record DocumentFaces(List<Font> faces) implements FontFamilyResolver {
        @Override
        public GVTFontFamily resolve(String family) {
            return new DocumentFamily(faces);
        }

        @Override
        public GVTFontFamily resolve(String family, FontFace face) {
            return resolve(family);
        }

        @Override
        public GVTFontFamily loadFont(InputStream in, FontFace face) {
            return resolve(face.getFamilyName());
        }

        @Override
        public GVTFontFamily getDefault() {
            return resolve("");
        }

        @Override
        public GVTFontFamily getFamilyThatCanDisplay(char c) {
            return resolve("");
        }
    }

    /** The document's family: its bold face from font-weight 600 (as the PDF's, the nearer of 400 and 700). */
    private record DocumentFamily(List<Font> faces) implements GVTFontFamily {
        @Override
        public String getFamilyName() {
            return faces.get(0).getFamily();
        }

        @Override
        public GVTFontFace getFontFace() {
            return new GVTFontFace(getFamilyName());
        }

        @Override
        public GVTFont deriveFont(float size, AttributedCharacterIterator aci) {
            return deriveFont(size, aci.getAttributes());
        }

        @Override
        public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attributes) {
            boolean bold = attributes.get(TextAttribute.WEIGHT) instanceof Float weight
                    && weight >= TextAttribute.WEIGHT_MEDIUM; // Batik's 600
            boolean italic = attributes.get(TextAttribute.POSTURE) instanceof Float posture && posture > 0;
            return new AWTGVTFont(faces.get((bold ? 1 : 0) + (italic ? 2 : 0)).deriveFont(1f), size);
        }

        @Override
        public boolean isComplex() {
            return false;
        }
    }
}
