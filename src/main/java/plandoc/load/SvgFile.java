package plandoc.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
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
     * How many elements an SVG may hold (s30): a map exported whole from a GIS holds hundreds of thousands of shapes,
     * each a path of its own in the PDF's page, which a reader then redraws at every scroll and zoom, and which check
     * and the build draw with Batik, shape by shape. A chart or a diagram holds a few thousand.
     */
    static final int ELEMENT_LIMIT = 100_000;
    /** A text flowed into a shape, SVG 2 ({@code shape-inside}, Inkscape 1's flowed text), which Batik does not flow. */
    private static final Pattern FLOWED = Pattern.compile("shape-inside\\s*:\\s*url\\([^)]*\\)");
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
        RootElement root = new RootElement(file);
        try (InputStream in = Files.newInputStream(file)) {
            SvgSecurity.parser().parse(new InputSource(in), root);
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
        if (root.refused == null && root.elements > ELEMENT_LIMIT) {
            // Refused before Batik draws it: drawing is where check spends its time (s30: 200,000 paths, 12 s of CPU)
            problems.error(at, "image.svg-too-complex", name, root.elements, ELEMENT_LIMIT);
            return false;
        }
        if (root.refused != null) {
            Refusal refused = root.refused;
            if (refused.column() > 0) {
                problems.error(at, refused.key(), name, refused.what(), refused.line(), refused.column());
            } else {
                problems.error(at, refused.key(), name, refused.what(), refused.line());
            }
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

    /** What makes an SVG undrawable, and where in it; {@code column} 0: the message names the line only. */
    private record Refusal(String key, String what, int line, int column) {
    }

    /**
     * The SVG file's text, read when a refusal needs a column: the parser reports where an element or a run of text
     * ends, so what is refused is looked for back from there.
     */
    private static final class Place {
        private final Path file;
        private String text;

        Place(Path file) {
            this.file = file;
        }

        /** {@code [line, column]} of the last {@code what} before {@code end}; {@code end} when it is not found. */
        int[] back(int[] end, String what) {
            String svg = text();
            int offset = offset(svg, end);
            int found = svg.lastIndexOf(what, Math.max(0, offset - 1));
            while (found > 0 && what.endsWith("=") && isNameCharacter(svg.charAt(found - 1))) {
                found = svg.lastIndexOf(what, found - 1); // "width=" inside "stroke-width="
            }
            if (found < 0) {
                return end;
            }
            int lineStart = svg.lastIndexOf('\n', found - 1) + 1;
            int line = (int) svg.substring(0, found).chars().filter(c -> c == '\n').count() + 1;
            return new int[] {line, svg.codePointCount(lineStart, found) + 1};
        }

        private static boolean isNameCharacter(char c) {
            return Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_' || c == '.';
        }

        /** The offset of {@code [line, column]} (the parser's, 1-based) in {@code svg}. */
        private static int offset(String svg, int[] at) {
            int offset = 0;
            for (int line = 1; line < at[0] && offset >= 0; line++) {
                offset = svg.indexOf('\n', offset) + 1;
                if (offset == 0) {
                    return svg.length();
                }
            }
            return Math.min(svg.length(), offset + Math.max(0, at[1] - 1));
        }

        private String text() {
            if (text == null) {
                try {
                    text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    text = "";
                }
            }
            return text;
        }
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
        /** How many {@code <text>} elements are open: their characters are drawn. */
        private int text;
        /** The SVG's text, read only to place a refusal's column ({@link Place}). */
        private final Place place;
        /** How many elements the SVG holds ({@link #ELEMENT_LIMIT}). */
        private int elements;
        /** Where an open {@code <text>} flowed into a shape starts ({@link #FLOWED}), {@code [line, column]}; or null. */
        private int[] flowed;
        /** The style that flows it: {@code shape-inside:url(#…)}. */
        private String flowedBy;
        /** The depth of the open {@code <tspan>} with a place of its own inside a flowed text; 0: none open. */
        private int placedLine;

        RootElement(Path file) {
            this.place = new Place(file);
        }

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
                sized(attributes);
            }
            elements++;
            if (element.equals("text")) {
                text++;
                Matcher shape = FLOWED.matcher(String.valueOf(attributes.getValue("style")));
                if (flowed == null && shape.find()) {
                    flowed = place.back(here(), "<text");
                    flowedBy = shape.group();
                }
            }
            if (++depth > DEPTH_LIMIT) {
                refuse("image.svg-too-deep", Integer.toString(DEPTH_LIMIT));
            }
            if (flowed != null && placedLine == 0 && element.equals("tspan") && attributes.getValue("y") != null) {
                placedLine = depth;
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
                } else if (attribute.equals("href") && value.strip().startsWith("data:")) {
                    // A picture inside the file, which the drawer does not load either; its own advice (s29)
                    refuse("image.svg-embedded", value.strip());
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
            if (text > 0 && refused == null) {
                String chunk = new String(ch, start, length);
                lettered(chunk);
                if (flowed != null && placedLine == 0 && !chunk.isBlank()) {
                    // Inkscape writes each line of a flowed text as a <tspan x= y=> too, which Batik draws where the
                    // line stood; text without one Batik sets at y=0, above the picture, in one line.
                    refuse("image.svg-flowed-text", flowedBy, flowed);
                }
            }
        }

        /**
         * A processing instruction: {@code <?xml-stylesheet href="…"?>} names a stylesheet outside the file, which
         * Batik then refuses to load: the Word copy lost the whole picture, the PDF printed it unstyled.
         */
        @Override
        public void processingInstruction(String target, String data) {
            if (target.equalsIgnoreCase("xml-stylesheet")) {
                refuse("image.svg-external", "<?xml-stylesheet " + data.strip() + "?>");
            }
        }

        /**
         * An entity the parser did not read: an external one ({@code <!ENTITY x SYSTEM "file:…">}) is never read,
         * so what it holds would be missing from the drawing without a word. The DTD an exported SVG names is not read
         * either, and is not part of the drawing ("[dtd]").
         */
        @Override
        public void skippedEntity(String entity) {
            if (!entity.equals("[dtd]")) {
                refuse("image.svg-external", "&" + entity + ";");
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String element = localName.isEmpty() ? qName : localName;
            if (element.equals("text") && --text == 0) {
                flowed = null;
            }
            if (depth == placedLine) {
                placedLine = 0;
            }
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
                refused = new Refusal(key, shown, locator == null ? 1 : locator.getLineNumber(), 0);
            }
        }

        /** Refuses with the line and column of {@code at}, {@code [line, column]} in the SVG file. */
        private void refuse(String key, String what, int[] at) {
            if (refused == null) {
                refused = new Refusal(key, what, at[0], at[1]);
            }
        }

        /** Where the parser is: the end of the event it reports, {@code [line, column]}. */
        private int[] here() {
            return locator == null ? new int[] {1, 1} : new int[] {locator.getLineNumber(), locator.getColumnNumber()};
        }

        /**
         * Refuses a character of the SVG's text that the document's face has no glyph for ({@link SvgGlyphs}): a
         * Chinese character or an emoji was left out of the PDF and the Word copy, a blank where it stood.
         */
        private void lettered(String chunk) {
            int missing = SvgGlyphs.missing(chunk);
            if (missing >= 0) {
                String character = new String(Character.toChars(missing));
                refuse("image.svg-glyph", "\"" + character + "\" (U+" + String.format("%04X", missing) + ")",
                        place.back(here(), character));
            }
        }

        /**
         * Refuses a size no page can hold (s29): a number the drawer reads as infinite or past any drawing's
         * ({@code width="1e40"}, {@code viewBox="0 0 1e30 1e30"}), or a drawing that at the text width would print
         * taller than a page (the PDF ran it over thousands of pages, the Word copy allocated it whole).
         */
        private void sized(Attributes attributes) {
            for (String attribute : List.of("width", "height", "viewBox")) {
                String value = attributes.getValue(attribute);
                if (value != null && SvgSize.absurd(value)) {
                    refuse("image.svg-size", attribute + "=\"" + value.strip() + "\"",
                            place.back(here(), attribute + "="));
                    return;
                }
            }
            double[] size = SvgSize.given(attributes::getValue);
            if (size != null && SvgSize.printedHeightMm(size) > SvgSize.TALLEST_MM + 0.5) {
                String attribute = attributes.getValue("viewBox") != null ? "viewBox" : "height";
                refuse("image.svg-too-tall", String.format(Locale.ROOT, "%s=\"%s\"", attribute,
                        attributes.getValue(attribute).strip()), place.back(here(), attribute + "="));
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
