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
 *
 * <p>s28: also refused, as Batik would draw nothing or draw wrong without a word: a root without the SVG namespace,
 * a gzip-compressed SVG (SVGZ), a viewBox that is not four numbers with a size, elements nested over
 * {@value #DEPTH_LIMIT} deep (Batik's recursion overflowed the stack), SVG 2's plain {@code href}, and CSS Batik passes
 * over ({@code var(--…)}, the CSS {@code transform} properties). What passes is then drawn by Batik without painting
 * ({@link SvgDrawing}), which finds the rest at its line.
 */
final class SvgFile {
    private static final String SVG = "http://www.w3.org/2000/svg";
    /**
     * How deep elements may nest: Batik draws a group within a group by recursion, and an SVG nested some thousand
     * levels overflowed the build's stack (exit 3). Drawing programs export a few levels; 100 is far over any.
     */
    static final int DEPTH_LIMIT = 100;
    /**
     * CSS Batik reads without a word and does not apply: a custom property's var(…), and the CSS transform properties
     * (SVG's own transform attribute is drawn): the shape would print uncoloured, or unmoved. At their default value
     * they are passed ({@link #DEFAULT_TRANSFORM}).
     */
    private static final Pattern UNREAD_CSS = Pattern.compile(
            "var\\(\\s*--[^)]*\\)|(?<![\\w-])transform(?:-origin|-box)?\\s*:[^;}]*");
    /**
     * The CSS transform properties at the value SVG uses anyway ({@code transform-origin: 0px 0px}, as drawing programs
     * export it; {@code transform: none}; {@code transform-box: view-box}): Batik passing them over changes nothing.
     */
    private static final Pattern DEFAULT_TRANSFORM = Pattern.compile(
            "transform\\s*:\\s*none|transform-box\\s*:\\s*view-box"
                    + "|transform-origin\\s*:(?:\\s*(?:[+-]?0*\\.?0+(?:px|%|em|rem|pt|cm|mm|in)?|left|top))+",
            Pattern.CASE_INSENSITIVE);

    private SvgFile() {
    }

    /** Reports what is wrong with the SVG at {@code file}, and that it cannot be printed; returns false. */
    static boolean check(Path file, String name, SourcePosition at, Problems problems) {
        if (gzipped(file)) {
            problems.error(at, "image.svgz", name);
            return false;
        }
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
        if (!SVG.equals(root.namespace)) {
            problems.error(at, "image.svg-namespace", name);
            return false;
        }
        if (root.refused != null) {
            problems.error(at, root.refused.key(), name, root.refused.what(), root.refused.line());
            return false;
        }
        return drawn(file, name, at, problems);
    }

    /** Whether Batik draws the SVG, which is read and refused nothing ({@link SvgDrawing}); else reports why not. */
    private static boolean drawn(Path file, String name, SourcePosition at, Problems problems) {
        java.util.Optional<SvgDrawing.Failure> failure;
        try {
            failure = SvgDrawing.failure(file);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.error(at, "image.svg-broken", name, 1, 1, String.valueOf(e.getMessage()));
            return false;
        }
        if (failure.isEmpty()) {
            return true;
        }
        if (failure.get().key().equals("image.svg-blank")) {
            problems.error(at, "image.svg-blank", name);
        } else {
            problems.error(at, failure.get().key(), name, failure.get().what(), failure.get().line());
        }
        return false;
    }

    /** Whether the file starts as gzip does: an SVGZ (compressed SVG) saved under a .svg name. */
    private static boolean gzipped(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            return false; // the parse below reports it
        }
    }

    /** What makes an SVG undrawable, and where in it. */
    private record Refusal(String key, String what, int line) {
    }

    static SAXParser parser() throws ParserConfigurationException, SAXException {
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
        private String namespace;
        private int depth;
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
                namespace = uri;
                String viewBox = attributes.getValue("viewBox");
                if (viewBox != null && !drawable(viewBox)) {
                    refuse("image.svg-viewbox", viewBox);
                }
            }
            if (++depth > DEPTH_LIMIT) {
                refuse("image.svg-too-deep", Integer.toString(DEPTH_LIMIT));
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
                } else if (attribute.equals("href") && attributes.getURI(i).isEmpty()) {
                    // SVG 2's href: Batik reads xlink:href only, and draws nothing for the element
                    refuse("image.svg-unsupported", "href=\"" + value.strip() + "\" (SVG 2; SVG 1.1: xlink:href)");
                } else {
                    if (attribute.equals("style")) {
                        unread(value);
                    }
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
            depth--;
            if (style != null) {
                String css = style.toString();
                style = null;
                if (css.contains("@import")) {
                    refuse("image.svg-external", "@import");
                }
                unread(css);
                outside(css);
            }
        }

        /** Refuses CSS in {@code css} that Batik passes over in silence ({@link #UNREAD_CSS}). */
        private void unread(String css) {
            Matcher unread = UNREAD_CSS.matcher(css);
            while (unread.find()) {
                String property = unread.group().replaceFirst("(?i)\\s*!\\s*important\\s*$", "").strip();
                if (!DEFAULT_TRANSFORM.matcher(property).matches()) {
                    refuse("image.svg-unsupported", "CSS " + unread.group().strip());
                    return;
                }
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

        /**
         * A viewBox Batik draws: {@code 0 0 0 0} or one not of four numbers drew nothing, in the PDF and the Word copy
         * alike, Batik saying nothing.
         */
        private static boolean drawable(String viewBox) {
            String[] box = viewBox.strip().split("[\\s,]+");
            try {
                return box.length == 4 && Double.parseDouble(box[2]) > 0 && Double.parseDouble(box[3]) > 0
                        && java.util.Arrays.stream(box).mapToDouble(Double::parseDouble).allMatch(Double::isFinite);
            } catch (NumberFormatException e) {
                return false;
            }
        }

        boolean isSvg() {
            return "svg".equals(name);
        }
    }
}
