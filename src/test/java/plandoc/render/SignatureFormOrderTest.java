package plandoc.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PdfConformance;
import plandoc.TestPlans;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signature fields' /Form structure elements are in reading order (PDF/UA-1 7.18.1): a screen
 * reader meets them inside the signature block, after the chức vụ and before the signer's name, not
 * after the whole document — read back by walking the structure tree with PDFBox, each marked-content
 * id replaced by its text on the page.
 */
class SignatureFormOrderTest {

    @TempDir
    Path temp;

    @Test
    void theFieldsAreReadBetweenTheSignersTitleAndName() throws Exception {
        assertFieldsBetweenTitleAndName(TestPlans.resolveClean(temp.resolve("content"), TestPlans.DECISION));
    }

    /** With the signature image and the seal (the seal's field reaches left of the signer's column). */
    @Test
    void withTheSignatureImageAndTheSeal() throws Exception {
        SignatureImagesPdfTest.writeImages(temp.resolve("images").resolve("ke-hoach"), new java.awt.Color(20, 50, 170),
                new java.awt.Color(210, 20, 30), true);
        assertFieldsBetweenTitleAndName(TestPlans.resolveClean(temp.resolve("images"), SignatureImagesPdfTest.YAML));
    }

    /**
     * A province's template with the name in a {@code div}: the layout no longer tells where the lines
     * are (FormPlacement.fromLayout wants the paragraphs around the space), so the page is read back.
     */
    @Test
    void anEditedSignatureBlockIsReadFromThePage() throws Exception {
        Path templates = TemplatesCopy.into(temp.resolve("templates"));
        Path plan = templates.resolve("plan.ftlh");
        String edited = java.nio.file.Files.readString(plan).replace("<p class=\"signer-name\">${plan.signature.name}</p>",
                "<div class=\"signer-name\">${plan.signature.name}</div>");
        assertTrue(edited.contains("<div class=\"signer-name\">"), "the template still has the signer's name paragraph");
        java.nio.file.Files.writeString(plan, edited);
        assertFieldsBetweenTitleAndName(TestPlans.resolveClean(temp.resolve("content"), TestPlans.DECISION), templates);
    }

    private void assertFieldsBetweenTitleAndName(plandoc.resolved.ResolvedPlan plan) throws Exception {
        assertFieldsBetweenTitleAndName(plan, Path.of("templates"));
    }

    private void assertFieldsBetweenTitleAndName(plandoc.resolved.ResolvedPlan plan, Path templates) throws Exception {
        byte[] bytes = render(plan, false, templates).files().stream().filter(f -> f.name().endsWith(".pdf")).findFirst().orElseThrow().bytes();
        PdfConformance.assertConforms("signature fields in reading order", bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> order = readingOrder(document);
            int title = indexOf(order, "PHÓ CHỦ TỊCH");
            int name = indexOf(order, "Nguyễn Thiện");
            assertEquals(List.of("PHÓ CHỦ TỊCH", "[Form: Chữ ký số của người có thẩm quyền]", "[Form: Chữ ký số của cơ quan, tổ chức]"),
                    order.subList(title, name).stream().map(String::strip).toList(),
                    "between the chức vụ and the name: " + order.subList(Math.max(0, title - 3), Math.min(order.size(), name + 3)));
            assertTrue(!order.get(order.size() - 1).startsWith("[Form"), "not at the end of the structure tree");
            for (PDStructureElement form : forms(document.getDocumentCatalog().getStructureTreeRoot())) {
                PDStructureElement parent = (PDStructureElement) form.getParent();
                assertTrue(!parent.getStructureType().equals("Document"), "inside the signature block, not under Document");
                PDObjectReference reference = (PDObjectReference) form.getKids().get(0);
                assertTrue(reference.getReferencedObject() instanceof PDAnnotationWidget, "the /Form holds its widget (OBJR)");
            }
        }
    }

    /** A separate appendix file: its one field, top right of page 1, is the first thing read. */
    @Test
    void aSeparateFilesFieldIsReadFirst() throws Exception {
        var plan = TestPlans.resolveClean(temp.resolve("content"), TestPlans.DECISION + """
                plan:
                  type: quy-hoach
                  title: Quy hoạch phát triển công nghệ thông tin
                  sections:
                    - id: muc-tieu
                      title: Mục tiêu
                      text: Chi tiết tại {ref:pl-du-an}.
                appendices:
                  items:
                    - { id: pl-du-an, title: Danh mục dự án, text: Danh mục các dự án ưu tiên. }
                """);
        byte[] bytes = render(plan, true).files().stream().filter(f -> f.name().endsWith("-phu-luc.pdf")).findFirst()
                .orElseThrow().bytes();
        PdfConformance.assertConforms("separate file, its field read first", bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> order = readingOrder(document);
            assertEquals("[Form: Chữ ký số của cơ quan, tổ chức]", order.get(0), order.toString());
            assertTrue(order.get(1).startsWith("PHỤ LỤC") || order.get(1).startsWith("Phụ lục"), order.toString());
        }
    }

    private RenderedPlan render(plandoc.resolved.ResolvedPlan plan, boolean separate) throws Exception {
        return render(plan, separate, Path.of("templates"));
    }

    private RenderedPlan render(plandoc.resolved.ResolvedPlan plan, boolean separate, Path templates) throws Exception {
        return PlanRenderer.forTemplates(templates, new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults().withSeparateAppendices(separate)).render(plan);
    }

    private static int indexOf(List<String> order, String text) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("'" + text + "' not in the structure tree: " + order);
    }

    /** The structure tree depth first: each marked content's text (non-blank), each /Form as "[Form: its widget's /Contents]". */
    static List<String> readingOrder(PDDocument document) throws Exception {
        Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byId = new HashMap<>();
            extractor.getMarkedContents().forEach(content -> collect(content, byId));
            texts.put(page, byId);
        }
        List<String> order = new ArrayList<>();
        walk(document.getDocumentCatalog().getStructureTreeRoot(), null, texts, order);
        return order;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byId) {
        if (content.getMCID() >= 0) {
            StringBuilder text = new StringBuilder();
            for (Object item : content.getContents()) {
                if (item instanceof TextPosition glyph) {
                    text.append(glyph.getUnicode());
                }
            }
            byId.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    private static void walk(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> texts, List<String> order) {
        PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
        if (node instanceof PDStructureElement e && e.getStructureType().equals("Form")) {
            order.add("[Form: " + e.getKids().stream().filter(k -> k instanceof PDObjectReference)
                    .map(k -> ((PDObjectReference) k).getReferencedObject())
                    .map(o -> o instanceof PDAnnotationWidget w ? w.getContents() : null).findFirst().orElse(null) + "]");
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                walk(child, here, texts, order);
            } else if (kid instanceof Integer mcid && here != null) {
                add(texts.get(here).get(mcid), order);
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : here;
                if (on != null) {
                    add(texts.get(on).get(reference.getMCID()), order);
                }
            }
        }
    }

    private static void add(String text, List<String> order) {
        if (text != null && !text.isBlank()) {
            order.add(text);
        }
    }

    private static List<PDStructureElement> forms(PDStructureNode node) {
        List<PDStructureElement> found = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getStructureType().equals("Form")) {
                    found.add(e);
                } else {
                    found.addAll(forms(e));
                }
            }
        }
        return found;
    }
}
