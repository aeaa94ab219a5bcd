package plandoc.render.office;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The small XML documents of an OOXML package that POI builds as a W3C DOM ([Content_Types].xml, the
 * relationships, docProps/core.xml), written as the JDK's identity transformer writes them for POI
 * (UTF-8, standalone, no indentation): byte for byte the same, without the transformer's start-up in a
 * fresh JVM (issue 17). Called from plandoc's patched copy of POI's {@code StreamHelper}. Only documents
 * made of elements, attributes and text in characters whose escaping is known are written here; for any
 * other {@link #write} writes nothing and returns false, and the transformer writes the document.
 */
public final class PackageXml {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private PackageXml() {
    }

    /** Writes the document and returns true, or writes nothing and returns false. */
    public static boolean write(Document document, OutputStream out) throws IOException {
        Element root = document.getDocumentElement();
        if (root == null || document.getFirstChild() != root || root.getNextSibling() != null) {
            return false;
        }
        StringBuilder xml = new StringBuilder(1024).append(DECLARATION);
        if (!element(root, true, Map.of(), xml)) {
            return false;
        }
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /**
     * The element: its namespace declarations (only the root's, as POI's DOMs have them), its attributes
     * in the DOM's order, a declaration of its own namespace when none is in scope (only on an element
     * without attributes), then its children.
     */
    private static boolean element(Element element, boolean root, Map<String, String> outer, StringBuilder xml) {
        Map<String, String> scope = outer;
        String tag = element.getTagName();
        xml.append('<').append(tag);
        NamedNodeMap attributes = element.getAttributes();
        int plain = 0;
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                if (!root) {
                    return false;
                }
                String prefix = name.equals("xmlns") ? "" : name.substring(6);
                if (scope == outer) {
                    scope = new HashMap<>(outer);
                }
                scope.put(prefix, attribute.getValue());
                if (!attribute(name, attribute.getValue(), xml)) {
                    return false;
                }
            } else {
                plain++;
            }
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                continue;
            }
            String uri = attribute.getNamespaceURI();
            if (uri != null && (attribute.getPrefix() == null || !uri.equals(scope.get(attribute.getPrefix())))) {
                return false;
            }
            if (!attribute(name, attribute.getValue(), xml)) {
                return false;
            }
        }
        String uri = element.getNamespaceURI();
        String prefix = element.getPrefix() == null ? "" : element.getPrefix();
        if (uri == null || uri.isEmpty()) {
            if (!scope.getOrDefault("", "").isEmpty()) {
                return false;
            }
        } else if (!uri.equals(scope.get(prefix))) {
            if (plain > 0 || attributes.getLength() > 0) {
                return false;
            }
            String name = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
            if (scope == outer) {
                scope = new HashMap<>(outer);
            }
            scope.put(prefix, uri);
            if (!attribute(name, uri, xml)) {
                return false;
            }
        }
        if (element.getFirstChild() == null) {
            xml.append("/>");
            return true;
        }
        xml.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                if (!element((Element) child, false, scope, xml)) {
                    return false;
                }
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                String text = child.getNodeValue();
                if (text.isEmpty() || !escaped(text, false, xml)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        xml.append("</").append(tag).append('>');
        return true;
    }

    private static boolean attribute(String name, String value, StringBuilder xml) {
        xml.append(' ').append(name).append("=\"");
        if (!escaped(value, true, xml)) {
            return false;
        }
        xml.append('"');
        return true;
    }

    /**
     * The text with {@code & < >} (and {@code "} in an attribute) as the transformer escapes them; false
     * for a character whose escaping was not compared with the transformer's (controls, line and paragraph
     * separators, surrogates, the specials block).
     */
    private static boolean escaped(String text, boolean attribute, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append(attribute ? "&quot;" : "\"");
                default -> {
                    boolean known = c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0xd800 && c != 0x2028 && c != 0x2029
                            || c >= 0xe000 && c < 0xfff0;
                    if (!known) {
                        return false;
                    }
                    xml.append(c);
                }
            }
        }
        return true;
    }
}
