package plandoc.render.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * pdf.css prints some paragraphs inline: the text after a run-in label ({@code .article-label + p}, "<b>Điều 1.</b>
 * Phê duyệt …"; {@code .lead-in > .section-number + p}, "2.1. Thường xuyên …") and a paragraph in a list item
 * ({@code li > p}). openhtmltopdf tags a box by its element's tag name, line by line: each line of such a {@code <p>}
 * became a P of its own, the line holding other text a Span around its P (a Span containing a P, which ISO
 * 32000-2 Annex L forbids and veraPDF's PDF/UA-2 profile fails, rule 6.2-636), and the label stayed outside the
 * paragraph. A screen reader read one paragraph as several. For the PDF only (the site's page is unchanged):
 * <ul>
 * <li>A label that begins its box, followed by the paragraph and then by nothing or a block, moves (with the space
 * after it) to the start of the paragraph, before a span holding the paragraph's text. The paragraph is then a block of its own ({@code .document p}: justified,
 * first line indented 12.7 mm, 6 pt after), where the label's box held the same line boxes with the same indent and
 * alignment ({@code .article-body}, {@code .lead-in}) and put the same 6 pt before the block after it
 * ({@code .article-label + p + *}) or after itself: the page prints as before, and the tags read P ("Điều 1. Phê
 * duyệt …").</li>
 * <li>Any other inline paragraph (a list item's; one whose label cannot move) is renamed
 * {@code runin:p} (local name {@code p}, same namespace, as {@link LayoutTables} does): the stylesheet still matches
 * it as {@code p}, so it lays out as before, while openhtmltopdf, not knowing the tag, tags its text with the
 * element around it (the list item's LBody) instead of a P per line.</li>
 * </ul>
 * The conditions mirror pdf.css's three run-in rules; a province's pdf.css that prints these paragraphs otherwise
 * keeps its layout only for the renamed ones.
 */
final class RunInParagraphs {
    private static final String PREFIX = "runin:";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** What may follow a paragraph that takes its label in: blocks whose top margin, 6 pt at most, joins the paragraph's. */
    private static final Set<String> BLOCKS_AFTER = Set.of("p", "ul", "ol", "table", "div");

    private RunInParagraphs() {
    }

    static void labelsInside(Document dom) {
        NodeList paragraphs = dom.getElementsByTagNameNS("*", "p");
        List<Element> inline = new ArrayList<>();
        List<Element> runIn = new ArrayList<>();
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element p = (Element) paragraphs.item(i);
            if (!inDocument(p)) {
                continue;
            }
            Element label = previousElement(p);
            boolean afterLabel = label != null && (hasClass(label, "article-label")
                    || hasClass(label, "section-number") && p.getParentNode() instanceof Element parent
                    && hasClass(parent, "lead-in"));
            if (afterLabel && canTakeLabel(label, p)) {
                runIn.add(p);
            } else if (afterLabel || p.getParentNode() instanceof Element parent && localName(parent).equals("li")) {
                inline.add(p);
            }
        }
        for (Element p : runIn) {
            takeLabel(dom, previousElement(p), p);
        }
        for (Element p : inline) {
            dom.renameNode(p, namespace(p), PREFIX + localName(p));
        }
    }

    /**
     * The label is the first thing in its box, only a space parts it from the paragraph, and after the paragraph
     * comes nothing or a block: the paragraph as a block then holds exactly the lines the label's box held. A
     * paragraph with a class of its own (a Markdown heading) would lend its style to the label: left as it is.
     */
    private static boolean canTakeLabel(Element label, Element p) {
        if (p.hasAttribute("class") || p.hasAttribute("style")) {
            return false;
        }
        for (Node before = label.getPreviousSibling(); before != null; before = before.getPreviousSibling()) {
            if (!blank(before)) {
                return false;
            }
        }
        for (Node between = label.getNextSibling(); between != p; between = between.getNextSibling()) {
            if (!blank(between)) {
                return false;
            }
        }
        Node after = p.getNextSibling();
        while (after != null && blank(after)) {
            after = after.getNextSibling();
        }
        return after == null || after instanceof Element block && BLOCKS_AFTER.contains(localName(block));
    }

    /**
     * The paragraph's content goes into a new {@code <span>}, and the label and the space after it before that: each
     * line holds the same boxes, nested as before (openhtmltopdf rounds a justified line's word positions box by box:
     * the text put directly in the paragraph moved words by a few hundredths of a point). The span is inline like the
     * paragraph was, without the paragraph's rules ({@code display: inline; text-indent: 0; margin: 0}, nothing an
     * inline box shows), and tagged as the paragraph's text.
     */
    private static void takeLabel(Document dom, Element label, Element p) {
        Element text = dom.createElementNS(namespace(p), "span");
        while (p.getFirstChild() != null) {
            text.appendChild(p.getFirstChild());
        }
        Node node = label;
        while (node != p) {
            Node next = node.getNextSibling();
            p.appendChild(node);
            node = next;
        }
        p.appendChild(text);
    }

    private static String namespace(Element element) {
        return element.getNamespaceURI() == null ? XHTML : element.getNamespaceURI();
    }

    private static boolean blank(Node node) {
        return node instanceof Text text && text.getData().isBlank();
    }

    private static boolean inDocument(Element element) {
        for (Node up = element.getParentNode(); up instanceof Element ancestor; up = up.getParentNode()) {
            if (hasClass(ancestor, "document")) {
                return true;
            }
        }
        return false;
    }

    private static Element previousElement(Node node) {
        Node before = node.getPreviousSibling();
        while (before != null && !(before instanceof Element)) {
            before = before.getPreviousSibling();
        }
        return (Element) before;
    }

    private static boolean hasClass(Element element, String name) {
        for (String token : element.getAttribute("class").split("\\s+")) {
            if (token.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String localName(Element element) {
        return element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
    }
}
