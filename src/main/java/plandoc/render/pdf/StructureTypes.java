package plandoc.render.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

import java.util.List;
import java.util.Set;

/**
 * openhtmltopdf names a structure element by its HTML tag, and a block box of any other element by its kind, a Div,
 * whatever it holds; and it writes a TFoot in every table, rows or none. Read by PDF/UA-2 (ISO 32000-2 Annex L) and
 * by a screen reader, four of these said the wrong thing, and are renamed or removed here; the pages are untouched:
 * <ul>
 * <li>A Div inside a heading (a title's lines, each a block {@code span}: "QUYẾT ĐỊNH" / "Về việc …", "PHỤ LỤC 1" /
 * its title) is a Span: a heading holds text, not blocks, and its lines read on as one heading.</li>
 * <li>A Div holding text itself, with nothing but inline elements beside it (the letterhead's "Số: …" and place-date
 * cells, a stacked header cell's title), is a P: text belongs in a paragraph, not loose in a grouping element.</li>
 * <li>An empty THead, TBody or TFoot goes (openhtmltopdf writes a TFoot in every table; plandoc's tables have no
 * footer row): a screen reader announced a table footer with nothing in it.</li>
 * <li>A Link's empty Alt goes (openhtmltopdf copies the anchor's {@code title}, which plandoc's cross-references do not
 * have): an Alt stands in for the element's text, so an empty one says the link reads as nothing, and it differs from
 * the link annotation's Contents (the link's text), which PDF/UA-2 (ISO 14289-2 8.9.4.2) wants identical.</li>
 * </ul>
 * No upstream issue names these: openhtmltopdf's {@code PdfBoxAccessibilityHelper} (1.1.65, and its main branch
 * as stored) writes the TFoot unconditionally and tags an unknown block as a Div.
 */
final class StructureTypes {
    private static final Set<String> HEADINGS = Set.of("H", "H1", "H2", "H3", "H4", "H5", "H6");
    /** Elements that may sit in a paragraph's line (ISO 32000-1 14.8.4.4, inline-level). */
    private static final Set<String> INLINE = Set.of("Span", "Link", "Quote", "Note", "Reference", "BibEntry", "Code",
            "Annot", "Ruby", "Warichu", "Em", "Strong", "Sub", "Lbl");
    private static final Set<String> ROW_GROUPS = Set.of("THead", "TBody", "TFoot");

    private StructureTypes() {
    }

    static void mend(PDStructureNode root) {
        mend(root, false);
    }

    private static void mend(PDStructureNode node, boolean inHeading) {
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement element)) {
                continue;
            }
            String type = element.getStructureType();
            if (ROW_GROUPS.contains(type) && element.getKids().isEmpty()) {
                node.removeKid(element);
                continue;
            }
            if (type.equals("Link") && "".equals(element.getAlternateDescription())) {
                element.getCOSObject().removeItem(COSName.ALT);
            }
            if (inHeading && type.equals("Div")) {
                element.setStructureType("Span");
            }
            mend(element, inHeading || HEADINGS.contains(type));
            if (element.getStructureType().equals("Div") && holdsText(element.getKids())) {
                element.setStructureType("P");
            }
        }
    }

    /** Text of its own (marked content), and no element that is not inline beside it. */
    private static boolean holdsText(List<Object> kids) {
        boolean text = false;
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if (!INLINE.contains(element.getStructureType())) {
                    return false;
                }
            } else if (kid instanceof Integer
                    || kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference) {
                text = true;
            }
        }
        return text;
    }
}
