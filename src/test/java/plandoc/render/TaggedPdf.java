package plandoc.render;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * A PDF's structure tree read back with PDFBox: each element, the types above it, the text under it, how many
 * marked-content items it holds itself and the pages (from 0) its content is on.
 */
final class TaggedPdf {

    /**
     * A structure element, its ancestors' types (outermost first), the text of everything under it, the number of
     * marked-content items that are its own kids (text directly in it), and the pages everything under it is on.
     */
    record Tagged(String type, List<String> ancestors, String text, int ownContent, Set<Integer> pages) {
    }

    /** The text under a node and the pages it is on. */
    private record Under(String text, Set<Integer> pages) {
    }

    private TaggedPdf() {
    }

    /** Every structure element, depth first, each listed before those inside it. */
    static List<Tagged> tagged(PDDocument document) throws IOException {
        Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byId = new HashMap<>();
            extractor.getMarkedContents().forEach(content -> collect(content, byId));
            texts.put(page, byId);
        }
        List<Tagged> out = new ArrayList<>();
        walk(document.getDocumentCatalog().getStructureTreeRoot(), null, new ArrayList<>(), texts,
                document.getPages()::indexOf, out);
        return out;
    }

    /**
     * Per page (from 0), the text of its pagination artifacts ({@code /Artifact} marked content of {@code /Type
     * /Pagination}: running headers, page numbers, a table's repeated header row), in the page's order.
     */
    static List<String> paginationText(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            StringBuilder text = new StringBuilder();
            extractor.getMarkedContents().forEach(content -> pagination(content, false, text));
            pages.add(text.toString());
        }
        return pages;
    }

    private static void pagination(PDMarkedContent content, boolean inside, StringBuilder text) {
        boolean here = inside || ("Artifact".equals(content.getTag()) && content.getProperties() != null
                && "Pagination".equals(content.getProperties().getNameAsString(COSName.TYPE)));
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph && here) {
                text.append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                pagination(inner, here, text);
            }
        }
    }

    /**
     * The marked-content ids on each page (from 0) that the parent tree gives no structure element (a hole, {@code
     * null}), or that it lists but the page's content does not have: what a reader finds for none of them.
     */
    static List<String> unownedIds(PDDocument document) throws IOException {
        List<String> unowned = new ArrayList<>();
        PDNumberTreeNode parentTree = document.getDocumentCatalog().getStructureTreeRoot().getParentTree();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Set<Integer> ids = new TreeSet<>();
            extractor.getMarkedContents().forEach(content -> ids(content, ids));
            Object owners = parentTree.getValue(page.getStructParents());
            COSArray array = owners instanceof COSObjectable o && o.getCOSObject() instanceof COSArray a ? a
                    : new COSArray();
            int number = document.getPages().indexOf(page);
            for (int id = 0; id < array.size(); id++) {
                if (!ids.contains(id) || array.getObject(id) == null || array.getObject(id) instanceof COSNull) {
                    unowned.add("page " + number + " id " + id);
                }
            }
            ids.stream().filter(id -> id >= array.size()).forEach(id -> unowned.add("page " + number + " id " + id));
        }
        return unowned;
    }

    private static void ids(PDMarkedContent content, Set<Integer> ids) {
        if (content.getMCID() >= 0) {
            ids.add(content.getMCID());
        }
        content.getContents().stream().filter(PDMarkedContent.class::isInstance)
                .forEach(inner -> ids((PDMarkedContent) inner, ids));
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byId) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, byId);
            }
        }
        if (content.getMCID() >= 0) {
            byId.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    /** Returns the text under {@code node} and its pages. */
    private static Under walk(PDStructureNode node, PDPage page, List<String> ancestors,
                              Map<PDPage, Map<Integer, String>> texts, ToIntFunction<PDPage> pageNumber,
                              List<Tagged> out) {
        PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
        int index = out.size();
        List<String> inner = new ArrayList<>(ancestors);
        if (node instanceof PDStructureElement e) {
            out.add(null);
            inner.add(e.getStructureType());
        }
        StringBuilder text = new StringBuilder();
        Set<Integer> pages = new TreeSet<>();
        int own = 0;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                Under under = walk(child, here, inner, texts, pageNumber, out);
                text.append(under.text());
                pages.addAll(under.pages());
            } else if (kid instanceof Integer mcid && here != null) {
                own++;
                text.append(texts.get(here).getOrDefault(mcid, ""));
                pages.add(pageNumber.applyAsInt(here));
            } else if (kid instanceof PDMarkedContentReference reference) {
                own++;
                PDPage on = reference.getPage() != null ? reference.getPage() : here;
                text.append(on == null ? "" : texts.get(on).getOrDefault(reference.getMCID(), ""));
                if (on != null) {
                    pages.add(pageNumber.applyAsInt(on));
                }
            }
        }
        if (node instanceof PDStructureElement e) {
            out.set(index, new Tagged(e.getStructureType(), List.copyOf(ancestors), text.toString(), own, Set.copyOf(pages)));
        }
        return new Under(text.toString(), pages);
    }
}
