package plandoc.render;

import org.apache.pdfbox.pdmodel.PDDocument;
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

/** A PDF's structure tree read back with PDFBox: each element, the types above it and the text under it. */
final class TaggedPdf {

    /** A structure element, its ancestors' types (outermost first) and the text of everything under it. */
    record Tagged(String type, List<String> ancestors, String text) {
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
        walk(document.getDocumentCatalog().getStructureTreeRoot(), null, new ArrayList<>(), texts, out);
        return out;
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

    /** Returns the text under {@code node}. */
    private static String walk(PDStructureNode node, PDPage page, List<String> ancestors,
                               Map<PDPage, Map<Integer, String>> texts, List<Tagged> out) {
        PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
        int index = out.size();
        List<String> inner = new ArrayList<>(ancestors);
        if (node instanceof PDStructureElement e) {
            out.add(null);
            inner.add(e.getStructureType());
        }
        StringBuilder text = new StringBuilder();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                text.append(walk(child, here, inner, texts, out));
            } else if (kid instanceof Integer mcid && here != null) {
                text.append(texts.get(here).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : here;
                text.append(on == null ? "" : texts.get(on).getOrDefault(reference.getMCID(), ""));
            }
        }
        if (node instanceof PDStructureElement e) {
            out.set(index, new Tagged(e.getStructureType(), List.copyOf(ancestors), text.toString()));
        }
        return text.toString();
    }
}
