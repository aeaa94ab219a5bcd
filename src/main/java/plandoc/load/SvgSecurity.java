package plandoc.load;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.xml.sax.SAXException;

/**
 * How an SVG image is read and drawn, one set of rules for check ({@link SvgFile}, {@link SvgDrawing}) and the Word
 * copy's picture (render.docx.SvgPicture), so check's promise "drawn as the build will" holds by construction, not by
 * copies (s28 re-read L-c). The PDF's drawer (render.pdf.SvgDrawer) is openhtmltopdf's, secure by its defaults: no
 * script, nothing fetched; SvgSecurityTest holds all three to it with the same hostile SVGs.
 *
 * <p>The XML is parsed offline: no DTD is fetched (an exported {@code <!DOCTYPE svg PUBLIC …>} names one on the web)
 * and no external entity is read (a hostile one names a file of the building machine); entity expansion is bounded
 * (JAXP's secure processing). Batik then runs no script and loads nothing outside the SVG.
 */
public final class SvgSecurity {
    private SvgSecurity() {
    }

    /** A namespace-aware SAX parser that fetches and reads nothing outside the file. */
    static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        for (String feature : OFF) {
            factory.setFeature(feature, false);
        }
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return parser;
    }

    /** A namespace-aware DOM builder under the same rules as {@link #parser()}. */
    public static DocumentBuilder documents() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        for (String feature : OFF) {
            factory.setFeature(feature, false);
        }
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder();
    }

    /** Batik's rule for a script the SVG holds or names: none is run or loaded. */
    public static ScriptSecurity scripts(String type) {
        return new NoLoadScriptSecurity(type);
    }

    /** Batik's rule for a resource outside the SVG (an image, a font, a stylesheet, another SVG): none is loaded. */
    public static ExternalResourceSecurity resources() {
        return new NoLoadExternalResourceSecurity();
    }

    /** The parser features that would read outside the file: external entities and DTDs. */
    private static final java.util.List<String> OFF = java.util.List.of(
            "http://xml.org/sax/features/external-general-entities",
            "http://xml.org/sax/features/external-parameter-entities",
            "http://apache.org/xml/features/nonvalidating/load-external-dtd");
}
