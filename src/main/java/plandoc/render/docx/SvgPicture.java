package plandoc.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import plandoc.render.SvgSize;

/**
 * An SVG image for the Word copy: rasterised by Batik to a PNG at 300 dpi at the size the PDF prints it. Word
 * shows PNG everywhere (an SVG picture only from Word 2016, LibreOffice partly). Its own class, so Batik is loaded
 * only for a plan with an SVG image.
 *
 * <p>The SVG is parsed offline (no DTD fetched: JAXP, not Batik's parser, which would fetch an unknown one) and
 * drawn with no script and nothing outside it loaded; check refused such an SVG already (load.SvgFile).
 */
final class SvgPicture {
    /** Print resolution of the PNG. */
    static final int DPI = 300;

    /** The PNG and its printed size in points. */
    record Png(byte[] data, double width, double height) {
    }

    private SvgPicture() {
    }

    /** The SVG at {@code source} as a PNG, at most {@code maxWidth} points wide. */
    static Png of(Path source, double maxWidth) throws IOException {
        Document svg = parse(source);
        double[] size = SvgSize.cssPixels(svg.getDocumentElement());
        double width = Math.min(maxWidth, size[0] * 0.75);
        double height = width * size[1] / size[0];
        PNGTranscoder transcoder = new OfflinePngTranscoder();
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
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("SVG " + source.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Batik's PNG transcoder whose user agent runs no script and loads nothing outside the SVG. */
    private static final class OfflinePngTranscoder extends PNGTranscoder {
        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
                    return new NoLoadScriptSecurity(type);
                }

                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                    return new NoLoadExternalResourceSecurity();
                }
            };
        }
    }
}
