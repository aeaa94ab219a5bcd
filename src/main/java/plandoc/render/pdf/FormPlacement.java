package plandoc.render.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxAccessibilityHelper;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Where a signature field's /Form structure element goes in reading order (PDF/UA-1 7.18.1: a screen
 * reader reaches the field where the page shows it): inside the signature block, between the line
 * above the field (the chức vụ, "PHÓ CHỦ TỊCH") and the line under it (the signer's name). Both lines
 * are found on the page by position — the text in the field's column nearest above and below it — and
 * through the parent tree to their structure elements; the /Form goes into their closest common
 * ancestor, just before the branch holding the name. Empty when the field's column has no text above
 * or none below it.
 *
 * <p>The layout already knows both lines: in plandoc's signature block they are the paragraphs just
 * before and after the signature space, so {@link #fromLayout} takes their structure elements from
 * openhtmltopdf's boxes instead of reading the finished page back (which parsed the page's content
 * and its embedded fonts again: ~30 ms of a cold build, issue 17). When the block is not laid out
 * that way (an edited template, a line on another page, an empty line), the page is read back
 * ({@link #around}), as before.
 */
final class FormPlacement {

    /** The element to insert into and the kid to insert before. */
    record Place(PDStructureElement parent, PDStructureElement before) {
    }

    private FormPlacement() {
    }

    /**
     * The place from the layout: the signature space's previous and next sibling paragraphs (the
     * chức vụ and the name), when both have text, are laid out wholly on the space's page and carry
     * structure elements; empty when the layout does not tell, and the page must be read.
     */
    static Optional<Place> fromLayout(PagePosition<Box> space, List<PageBox> pages) {
        Box box = space.getElement();
        Box parent = box == null ? null : box.getParent();
        if (parent == null || box.getElement() == null || space.getPageNo() < 0 || space.getPageNo() >= pages.size()) {
            return Optional.empty();
        }
        PageBox page = pages.get(space.getPageNo());
        List<Box> siblings = parent.getChildren();
        int index = siblings.indexOf(box);
        if (index < 1 || index + 1 >= siblings.size()) {
            return Optional.empty();
        }
        Box title = siblings.get(index - 1);
        Box name = siblings.get(index + 1);
        if (!line(title, sibling(box.getElement(), false), page) || !line(name, sibling(box.getElement(), true), page)) {
            return Optional.empty();
        }
        PDStructureElement nameElement = PdfBoxAccessibilityHelper.getStructualElementForBox(name);
        PDStructureElement titleElement = PdfBoxAccessibilityHelper.getStructualElementForBox(title);
        if (nameElement == null || titleElement == null) {
            return Optional.empty();
        }
        return common(nameElement, titleElement);
    }

    /** A paragraph with text, the box of {@code element}, laid out wholly on {@code page}. */
    private static boolean line(Box box, Element element, PageBox page) {
        return element != null && box.getElement() == element && "p".equals(element.getTagName())
                && !element.getTextContent().isBlank()
                && box.getAbsY() >= page.getTop() && box.getAbsY() + box.getHeight() <= page.getBottom();
    }

    /** The element just before (or after) {@code element} among its parent's, or null. */
    private static Element sibling(Element element, boolean next) {
        for (Node node = next ? element.getNextSibling() : element.getPreviousSibling(); node != null;
             node = next ? node.getNextSibling() : node.getPreviousSibling()) {
            if (node instanceof Element found) {
                return found;
            }
        }
        return null;
    }

    static Optional<Place> around(PDStructureTreeRoot root, PDPage page, PDRectangle field) throws IOException {
        Optional<COSArray> owners = ParentTree.owners(root, page);
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        float height = page.getMediaBox().getHeight();
        float top = height - field.getUpperRightY();
        float bottom = height - field.getLowerLeftY();
        float left = field.getLowerLeftX();
        float right = field.getUpperRightX();
        int above = -1;
        int below = -1;
        float aboveY = -Float.MAX_VALUE;
        float belowY = Float.MAX_VALUE;
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            if (content.getMCID() < 0) {
                continue;
            }
            for (TextPosition glyph : glyphs(content)) {
                float x = glyph.getXDirAdj();
                float y = glyph.getYDirAdj(); // baseline, from the top
                if (x + glyph.getWidthDirAdj() < left || x > right || glyph.getUnicode().isBlank()) {
                    continue; // another column (Nơi nhận)
                }
                if (y <= top + 1 && y > aboveY) {
                    aboveY = y;
                    above = content.getMCID();
                } else if (y - glyph.getHeightDir() >= bottom - 1 && y < belowY) {
                    belowY = y;
                    below = content.getMCID();
                }
            }
        }
        Optional<PDStructureElement> name = element(owners.get(), below);
        Optional<PDStructureElement> title = element(owners.get(), above);
        if (name.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return common(name.get(), title.get());
    }

    /** Into the closest ancestor of the name that also holds the title, before the name's branch. */
    private static Optional<Place> common(PDStructureElement name, PDStructureElement title) {
        List<PDStructureElement> nameLine = ancestors(name);
        List<PDStructureElement> titleLine = ancestors(title);
        // The closest ancestor of the name that also holds the title.
        for (int i = 1; i < nameLine.size(); i++) {
            PDStructureElement candidate = nameLine.get(i);
            if (titleLine.stream().anyMatch(t -> t.getCOSObject() == candidate.getCOSObject())) {
                return Optional.of(new Place(candidate, nameLine.get(i - 1)));
            }
        }
        return Optional.empty();
    }

    /** The element, then its parents up to (not including) the tree root. */
    private static List<PDStructureElement> ancestors(PDStructureElement element) {
        List<PDStructureElement> line = new ArrayList<>();
        for (Object node = element; node instanceof PDStructureElement e; node = e.getParent()) {
            line.add(e);
        }
        return line;
    }

    private static Optional<PDStructureElement> element(COSArray owners, int mcid) {
        if (mcid < 0 || mcid >= owners.size()) {
            return Optional.empty();
        }
        COSBase owner = owners.getObject(mcid);
        return owner instanceof COSDictionary dictionary ? Optional.of(new PDStructureElement(dictionary)) : Optional.empty();
    }

    private static List<TextPosition> glyphs(PDMarkedContent content) {
        List<TextPosition> glyphs = new ArrayList<>();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph) {
                glyphs.add(glyph);
            } else if (item instanceof PDMarkedContent nested && nested.getMCID() < 0) {
                glyphs.addAll(glyphs(nested));
            }
        }
        return glyphs;
    }
}
