package plandoc.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * Reads an SVG image a plan names to its end, so a file cut off or not SVG at all is an error at its
 * {@code image:} line instead of an empty appendix in the PDF (the renderer drops an SVG it cannot parse,
 * silently). Parsed securely: no DTD or entity is fetched from the network or the disk, so an exported
 * SVG's {@code <!DOCTYPE svg PUBLIC …>} is read offline and a hostile one reads nothing. A well-formed SVG is an
 * error too, with the PNG to write: neither the PDF nor the Word copy can draw one.
 */
final class SvgFile {
    private SvgFile() {
    }

    /** Reports what is wrong with the SVG at {@code file}, and that it cannot be printed; returns false. */
    static boolean check(Path file, String name, SourcePosition at, Problems problems) {
        RootElement root = new RootElement();
        try (InputStream in = Files.newInputStream(file)) {
            parser().parse(new InputSource(in), root);
        } catch (SAXParseException e) {
            if (root.name == null || root.isSvg()) {
                problems.error(at, "image.svg-broken", name, e.getLineNumber(), e.getColumnNumber(),
                        String.valueOf(e.getMessage()));
                return false;
            }
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.error(at, "image.svg-broken", name, 1, 1, String.valueOf(e.getMessage()));
            return false;
        }
        if (root.name == null || !root.isSvg()) {
            problems.error(at, "image.not-svg", name, root.name == null ? "" : root.name);
            return false;
        }
        // openhtmltopdf is run without an SVG drawer (no Batik) and the Word writer embeds raster images only: an
        // SVG, sized or not, printed an empty appendix in the PDF and the DOCX (s26), and only the page showed it.
        problems.error(at, "image.svg-not-printed", name, name.replaceAll("(?i)\\.svg$", ".png"));
        return false;
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    /** Remembers the first element's name; the rest of the file is only read for well-formedness. */
    private static final class RootElement extends DefaultHandler {
        private String name;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (name == null) {
                name = localName.isEmpty() ? qName : localName;
            }
        }

        boolean isSvg() {
            return "svg".equals(name);
        }
    }
}
