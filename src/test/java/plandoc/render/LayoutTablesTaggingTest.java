package plandoc.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.PdfConformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The letterhead and the signature beside Nơi nhận are layout grids: the PDF tags them as Divs, not as
 * data tables (a screen reader announced the letterhead as "table, 2 columns", with an empty THead and
 * TFoot), while a budget table stays a Table — read back from 4086's structure tree with PDFBox.
 */
class LayoutTablesTaggingTest {
    private static final Set<String> TABLE_ROLES = Set.of("Table", "THead", "TBody", "TFoot", "TR", "TH", "TD");

    /** A structure element, its ancestors' types and the text of everything under it. */
    private record Tagged(String type, List<String> ancestors, String text) {
    }

    @Test
    void theLetterheadAndTheSignatureAreNotTables() throws Exception {
        Generator.PlanOutcome outcome = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-4086-2012"));
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.standard().render(outcome.resolved().orElseThrow()));
        PdfConformance.assertConforms("4086, layout tables tagged as Divs", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Tagged> tagged = tagged(document);
            for (String text : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 4086/QĐ-UBND", "Nơi nhận:", "Nguyễn Thiện")) {
                Tagged holder = tagged.stream().filter(t -> t.text().contains(text))
                        .reduce((outer, inner) -> inner).orElseThrow(() -> new AssertionError("'" + text + "' untagged"));
                List<String> roles = new ArrayList<>(holder.ancestors());
                roles.add(holder.type());
                assertTrue(roles.stream().noneMatch(TABLE_ROLES::contains), "'" + text + "' is tagged under " + roles);
            }
            List<Tagged> tables = tagged.stream().filter(t -> t.type().equals("Table")).toList();
            assertFalse(tables.isEmpty(), "the budget tables are still tables");
            assertTrue(tables.stream().allMatch(t -> t.text().contains("TT") || t.text().contains("STT")),
                    "only data tables (with a TT column) are Tables: "
                            + tables.stream().map(t -> t.text().substring(0, Math.min(60, t.text().length()))).toList());
            assertEquals(List.of(), tagged.stream().filter(t -> t.type().equals("THead") && t.text().isBlank()
                    && t.ancestors().stream().noneMatch(a -> a.equals("Table"))).toList(), "no THead outside a table");
        }
    }

    private static List<Tagged> tagged(PDDocument document) throws Exception {
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

    /** Depth first, each element listed before those inside it; returns the text under {@code node}. */
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
            out.set(index, new Tagged(e.getStructureType(), ancestors, text.toString()));
        }
        return text.toString();
    }
}
