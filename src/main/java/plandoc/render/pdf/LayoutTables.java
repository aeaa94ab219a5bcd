package plandoc.render.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The letterhead and the signature beside Nơi nhận are laid out as tables (openhtmltopdf has no flexbox) and
 * marked {@code role="presentation"} for the browser. openhtmltopdf ignores the role: it tags an element by
 * its tag name ({@code getTagName()}: table → Table with an empty THead and TFoot, tr → TR, td → TD), so a
 * screen reader announced the letterhead as "table, 2 columns". CSS matches an element by its local name.
 * Each part of such a table is therefore renamed to a prefixed name in the same XHTML namespace
 * ({@code layout:table}, local name {@code table}): the stylesheets match it and it lays out exactly as
 * before, while openhtmltopdf, not knowing the tag, tags its boxes by their kind, a Div each.
 */
final class LayoutTables {
    private static final String PREFIX = "layout:";
    private static final Set<String> PARTS = Set.of("table", "caption", "colgroup", "col", "thead", "tbody",
            "tfoot", "tr", "th", "td");

    private LayoutTables() {
    }

    static void tagAsLayout(Document dom) {
        NodeList tables = dom.getElementsByTagNameNS("*", "table");
        List<Element> layout = new ArrayList<>();
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            if (table.getAttribute("role").equals("presentation")) {
                layout.add(table);
            }
        }
        for (Element table : layout) {
            rename(dom, table);
        }
    }

    /** The table and its own parts (not a table nested in a cell, which is renamed only if it too is layout). */
    private static void rename(Document dom, Element element) {
        List<Element> parts = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part && PARTS.contains(localName(part)) && !localName(part).equals("table")) {
                parts.add(part);
            }
        }
        dom.renameNode(element, element.getNamespaceURI(), PREFIX + localName(element));
        parts.forEach(part -> rename(dom, part));
    }

    private static String localName(Element element) {
        return element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
    }
}
