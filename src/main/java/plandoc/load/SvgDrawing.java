package plandoc.load;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.anim.dom.SVGOMDocument;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.css.engine.CSSEngine;
import org.apache.batik.css.engine.CSSStylableElement;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.DOMException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Draws an SVG that {@link SvgFile} has read with Batik, as the PDF and the Word copy will, but paints nothing: what
 * Batik cannot draw is found here, at the line of the SVG, instead of in {@code build}, where it stopped the PDF with a
 * defect's exit 3 (an element SVG 1.1 does not have: an SVG 2 {@code <mesh>}, a filter's {@code <feDropShadow>}) or
 * printed the appendix's title over an empty space at exit 0 (a path's broken {@code d}, a {@code url(#id)} naming
 * no element, a negative size), and an unreadable colour ({@code rgba(…)}, {@code hsl(…)}, a misspelt name) in black.
 *
 * <p>Its own class, so Batik is loaded by check only for a plan with an SVG image (issue 17's cold start). The SVG's
 * elements are made in Batik's document from the parser's events, each remembering its line, since Batik's messages
 * name an element but not where it is.
 */
final class SvgDrawing {
    private SvgDrawing() {
    }

    /** Why the SVG does not draw as written, at which line of it; {@code key} is a message key. */
    record Failure(String key, String what, int line) {
    }

    /** What Batik could not draw in the SVG at {@code file}, the first thing; empty when it draws. */
    static Optional<Failure> failure(Path file) throws IOException, SAXException, ParserConfigurationException {
        Elements elements = new Elements();
        try (InputStream in = Files.newInputStream(file)) {
            SvgSecurity.parser().parse(new InputSource(in), elements);
        }
        if (elements.unknown != null) {
            return Optional.of(elements.unknown);
        }
        // Its own address, for Batik to resolve the SVG's "#id"s against; nothing else is loaded from it.
        java.net.URL address = file.toUri().toURL();
        elements.document.setParsedURL(new ParsedURL(address));
        return new Drawing(elements, address.toString()).failure();
    }

    /** Batik's document of the SVG, built from the parser's events, and the line each element starts on. */
    private static final class Elements extends DefaultHandler {
        private final Map<Element, Integer> lines = new IdentityHashMap<>();
        /** In the document's order. */
        private final List<Element> order = new ArrayList<>();
        private final Deque<Node> open = new ArrayDeque<>();
        private SVGOMDocument document;
        private Locator locator;
        /** An element Batik's document cannot hold: Batik knows SVG 1.1's elements only. */
        private Failure unknown;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (unknown != null) {
                return;
            }
            int line = locator == null ? 1 : locator.getLineNumber();
            Element element;
            try {
                if (document == null) {
                    document = (SVGOMDocument) SVGDOMImplementation.getDOMImplementation()
                            .createDocument(uri, qName, null);
                    element = document.getDocumentElement();
                } else {
                    element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
                    open.peek().appendChild(element);
                }
                for (int i = 0; i < attributes.getLength(); i++) {
                    String namespace = attributes.getURI(i);
                    element.setAttributeNS(namespace.isEmpty() ? null : namespace, attributes.getQName(i),
                            attributes.getValue(i));
                }
            } catch (DOMException e) {
                unknown = new Failure("image.svg-unsupported", "<" + qName + ">", line);
                return;
            }
            lines.put(element, line);
            order.add(element);
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (unknown == null) {
                open.pop();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (unknown == null && !open.isEmpty()) {
                Node last = open.peek().getLastChild();
                String text = new String(ch, start, length);
                if (last instanceof org.w3c.dom.Text previous) {
                    previous.appendData(text);
                } else {
                    open.peek().appendChild(document.createTextNode(text));
                }
            }
        }

        int line(Element element) {
            Integer line = element == null ? null : lines.get(element);
            return line == null ? 1 : line;
        }
    }

    /**
     * One drawing of the SVG, as the renderers' (static, no script run, nothing outside it loaded), whose user agent
     * keeps the first error Batik reports and the element it was styling then.
     */
    private static final class Drawing extends UserAgentAdapter {
        private final Elements elements;
        /** The SVG's address, which Batik's messages name: left out of them (the message names the file). */
        private final String address;
        private Element styling;
        private Failure failure;

        Drawing(Elements elements, String address) {
            this.elements = elements;
            this.address = address;
        }

        Optional<Failure> failure() {
            Context context = new Context(this);
            try {
                context.setDynamicState(BridgeContext.STATIC);
                context.initialize(elements.document);
                // Every element's style first, one at a time: a value Batik cannot read is reported with no element.
                CSSEngine css = elements.document.getCSSEngine();
                for (Element element : elements.order) {
                    if (element instanceof CSSStylableElement stylable) {
                        styling = element;
                        for (int i = 0; i < css.getNumberOfProperties() && failure == null; i++) {
                            css.getComputedStyle(stylable, null, i);
                        }
                    }
                }
                styling = null;
                if (failure != null) {
                    return Optional.of(failure);
                }
                GraphicsNode drawn = new GVTBuilder().build(context, elements.document);
                if (failure != null) {
                    return Optional.of(failure);
                }
                Rectangle2D bounds = drawn == null ? null : drawn.getBounds();
                if (bounds == null || bounds.isEmpty()) {
                    return Optional.of(new Failure("image.svg-blank", "", 1));
                }
                return Optional.empty();
            } catch (BridgeException e) {
                return Optional.of(new Failure("image.svg-undrawable", said(e), elements.line(e.getElement())));
            } catch (RuntimeException e) {
                return Optional.of(new Failure("image.svg-undrawable", said(e), elements.line(styling)));
            } finally {
                context.dispose();
            }
        }

        @Override
        public void displayError(Exception e) {
            if (failure == null) {
                failure = new Failure("image.svg-undrawable", said(e), elements.line(styling));
            }
        }

        @Override
        public void displayError(String message) {
            displayError(new Exception(message));
        }

        @Override
        public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
            return SvgSecurity.scripts(type);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
            return SvgSecurity.resources();
        }

        /**
         * Batik's message on one line, without its first line ("document:line", the line unknown to Batik), the SVG's
         * address or the CSS parser's "Original message" repeating it.
         */
        private String said(Exception e) {
            String message = String.valueOf(e.getMessage()).strip();
            int newline = message.indexOf('\n');
            if (newline >= 0 && message.substring(0, newline).matches(".*:-?\\d+")) {
                message = message.substring(newline + 1);
            }
            int original = message.indexOf("Original message:");
            if (original > 0) {
                message = message.substring(0, original);
            }
            message = message.replace(address, "").replaceAll("\\s+", " ").strip();
            message = message.replaceAll("\\.$", "");
            if (message.startsWith(":")) {
                message = message.substring(1).strip();
            }
            return message.length() > 160 ? message.substring(0, 157) + "…" : message;
        }
    }

    /** Batik's bridge context, its document's CSS engine started before the drawing (to style one element at a time). */
    private static final class Context extends BridgeContext {
        Context(Drawing agent) {
            super(agent);
        }

        void initialize(org.w3c.dom.Document document) {
            setDocument(document);
            initializeDocument(document);
        }
    }
}
