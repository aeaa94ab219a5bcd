package plandoc.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * Reads an SVG image a plan names to its end, so a file cut off or not SVG at all is an error at its
 * {@code image:} line instead of an empty appendix in the PDF (the renderer drops an SVG it cannot parse,
 * silently). Parsed securely: no DTD or entity is fetched from the network or the disk, so an exported
 * SVG's {@code <!DOCTYPE svg PUBLIC …>} is read offline and a hostile one reads nothing.
 *
 * <p>The PDF and the Word copy draw an SVG with Batik (s27), which is told to run nothing and fetch nothing: an SVG
 * that would need either is an error here, at its {@code image:} line with the line inside the SVG, rather than a
 * chart printed with parts missing. Refused: a script ({@code <script>}, an {@code on…} attribute), a reference to
 * anything outside the file (an {@code href} or {@code url(…)} not naming an element of the SVG by {@code #id},
 * but for a link's: an {@code <a href="https://…">}'s content is drawn, only the link is not kept;
 * a stylesheet's {@code @import}; an embedded {@code data:} image too, which the drawer does not load), and
 * {@code <foreignObject>} (HTML inside the SVG, which Batik does not draw).
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
        if (root.refused != null) {
            problems.error(at, root.refused.key(), name, root.refused.what(), root.refused.line());
            return false;
        }
        return true;
    }

    /** What makes an SVG undrawable, and where in it. */
    private record Refusal(String key, String what, int line) {
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

    /**
     * Remembers the first element's name, and the first thing the SVG drawer would refuse to run or fetch
     * ({@link Refusal}).
     */
    private static final class RootElement extends DefaultHandler {
        /** A CSS url(…) and what it names; "#id" is inside the SVG. */
        private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^)'\"\\s]*)");
        private String name;
        private Refusal refused;
        private Locator locator;
        private StringBuilder style;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String element = localName.isEmpty() ? qName : localName;
            if (name == null) {
                name = element;
            }
            if (element.equals("script")) {
                refuse("image.svg-script", "<script>");
            } else if (element.equals("foreignObject")) {
                refuse("image.svg-unsupported", "<foreignObject>");
            } else if (element.equals("style")) {
                style = new StringBuilder();
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String attribute = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i) : attributes.getLocalName(i);
                String value = attributes.getValue(i);
                if (attribute.toLowerCase(Locale.ROOT).startsWith("on")) {
                    refuse("image.svg-script", attribute + "=\"" + value + "\"");
                } else if (attribute.equals("href") && element.equals("a")) {
                    continue; // a link's content is drawn; the link is neither followed nor kept in the print
                } else if (attribute.equals("href") && !value.strip().startsWith("#")) {
                    refuse("image.svg-external", value.strip());
                } else {
                    outside(value);
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (style != null) {
                style.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (style != null) {
                String css = style.toString();
                style = null;
                if (css.contains("@import")) {
                    refuse("image.svg-external", "@import");
                }
                outside(css);
            }
        }

        /** Refuses a url(…) in {@code text} that names something outside the SVG. */
        private void outside(String text) {
            if (!text.contains("url(")) {
                return;
            }
            Matcher url = URL.matcher(text);
            while (url.find()) {
                if (!url.group(1).startsWith("#")) {
                    refuse("image.svg-external", "url(" + url.group(1) + ")");
                }
            }
        }

        private void refuse(String key, String what) {
            if (refused == null) {
                String shown = what.length() > 80 ? what.substring(0, 77) + "…" : what;
                refused = new Refusal(key, shown, locator == null ? 1 : locator.getLineNumber());
            }
        }

        boolean isSvg() {
            return "svg".equals(name);
        }
    }
}
