package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * Issue 12, left open: an e-office draft carries no number and no date anywhere — not in the PDF's
 * Info and XMP, not in an e-document record (a draft has none: the e-office system records the
 * document when it issues it), not in the Word copy's properties or text, not in plan.json, not in its
 * file names — and its Word copy is marked "DỰ THẢO" at the top right of every page, as its PDF is.
 * The issued document of the same sources carries them all (the test would see them).
 */
class DraftFilesTest {
    private static final String DRAFT_SUBJECT =
            "Dự thảo Quyết định: Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020";
    private static final List<String> NUMBER_AND_DATE = List.of("4086", "28/12/2012", "2012-12-28", "28 tháng 12");

    @TempDir
    Path dir;

    @Test
    void aDraftCarriesNoNumberOrDateAndItsWordCopyIsMarked() throws Exception {
        ResolvedPlan issued = TestPlans.resolveClean(dir.resolve("issued"), TestPlans.DECISION);
        ResolvedPlan draft = TestPlans.resolveClean(dir.resolve("draft"),
                TestPlans.DECISION.replace("  number: 4086\n", "  draft: true\n"));
        RenderedPlan issuedFiles = TestRenderers.standard().render(issued);
        RenderedPlan draftFiles = TestRenderers.standard().render(draft);

        // The issued document: its record beside the PDF and in the XMP, its number in the metadata.
        assertTrue(issuedFiles.files().stream().anyMatch(f -> f.name().equals("4086-QD-UBND.xml")));
        assertTrue(xmp(issuedFiles.file("4086-QD-UBND.pdf").bytes()).contains("<plandoc:CodeNumber>4086</plandoc:CodeNumber>"));

        // The draft: file names without the number, no record.
        List<String> names = draftFiles.files().stream().map(RenderedPlan.OutputFile::name).toList();
        assertTrue(names.containsAll(List.of("du-thao-QD-UBND.pdf", "du-thao-QD-UBND.docx")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".xml") || n.contains("4086")), names.toString());

        byte[] pdf = draftFiles.file("du-thao-QD-UBND.pdf").bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            // s18: what the draft is, not its blank number ("/QĐ-UBND"), in the Info, the XMP and the Word copy alike.
            assertEquals(DRAFT_SUBJECT, info.getSubject());
            assertEquals("Quyết định; /QĐ-UBND; Ủy ban nhân dân tỉnh Hà Tĩnh", info.getKeywords());
            org.apache.xmpbox.XMPMetadata read = new org.apache.xmpbox.xml.DomXmpParser()
                    .parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(DRAFT_SUBJECT, read.getDublinCoreSchema().getDescription());
            assertFalse(String.valueOf(info.getCreationDate() == null ? "" : info.getCreationDate().toInstant())
                    .startsWith("2012-12-2"), "no issue date as the creation date");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertFalse(xmp.contains("plandoc:CodeNumber") || xmp.contains("plandoc:IssueDate"), xmp);
            assertNone("PDF metadata", info.getCOSObject().toString() + xmp);
            assertNone("PDF text", new PDFTextStripper().getText(document));
        }
        assertNone("XMP", xmp(pdf));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(draftFiles.file("du-thao-QD-UBND.docx").bytes()))) {
            var core = docx.getProperties().getCoreProperties();
            assertNone("DOCX properties", core.getTitle());
            assertEquals(DRAFT_SUBJECT, core.getSubject());
            assertEquals(DRAFT_SUBJECT, core.getDescription());
            assertNull(core.getCreated(), "no issue date as the creation date");
            try (XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                assertNone("DOCX text", text.getText());
            }
            var policy = docx.getHeaderFooterPolicy();
            for (XWPFHeader header : List.of(policy.getFirstPageHeader(), policy.getDefaultHeader())) {
                XWPFParagraph mark = header.getParagraphs().stream().filter(p -> p.getText().equals("DỰ THẢO"))
                        .findFirst().orElseThrow(() -> new AssertionError("no DỰ THẢO in a header: "
                                + header.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("|"))));
                CTFramePr frame = mark.getCTP().getPPr().getFramePr();
                assertEquals(STXAlign.RIGHT, frame.getXAlign(), "top right, as the PDF's mark");
                assertTrue(mark.getRuns().get(0).isBold());
                assertEquals(1, mark.getRuns().get(0).getCTR().getRPr().sizeOfBdrArray(), "framed");
            }
        }
        try (XWPFDocument issuedDocx = new XWPFDocument(new ByteArrayInputStream(issuedFiles.file("4086-QD-UBND.docx").bytes()))) {
            var policy = issuedDocx.getHeaderFooterPolicy();
            assertTrue(List.of(policy.getFirstPageHeader(), policy.getDefaultHeader()).stream()
                    .flatMap(h -> h.getParagraphs().stream()).noneMatch(p -> p.getText().contains("DỰ THẢO")));
        }

        JsonNode json = new ObjectMapper().readTree(draftFiles.file("plan.json").bytes());
        assertNone("plan.json", json.toString().replace(draft.info().slug(), ""));
        assertEquals("/QĐ-UBND", json.path("document").path("numberSymbol").asText(json.toString()));
    }

    /** s18: a draft's workbook is titled "Dự thảo Quyết định: kinh phí", not "Quyết định /QĐ-UBND: kinh phí". */
    @Test
    void aDraftsWorkbookTitleHasNoBlankNumber() throws Exception {
        String budget = """
                plan:
                  type: quy-hoach
                  title: Quy hoạch phát triển công nghệ thông tin
                  sections:
                    - id: muc-tieu
                      title: Mục tiêu
                      text: Chi tiết tại {ref:pl-du-an}.
                budgets:
                  - id: du-an
                    unit: tỷ đồng
                    decimals: 2
                    axes:
                      - id: source
                        members:
                          - { id: tw, label: NS TƯ }
                    items:
                      - { id: thu-dien-tu, title: Thư điện tử, amounts: { tw: 5.7 } }
                appendices:
                  items:
                    - { id: pl-du-an, title: Danh mục dự án, show: du-an }
                """;
        for (boolean draft : List.of(false, true)) {
            String yaml = TestPlans.DECISION + budget;
            ResolvedPlan plan = TestPlans.resolveClean(dir.resolve("workbook-" + draft),
                    draft ? yaml.replace("  number: 4086\n", "  draft: true\n") : yaml);
            RenderedPlan files = TestRenderers.standard().render(plan);
            byte[] xlsx = files.file(draft ? "du-thao-QD-UBND.xlsx" : "4086-QD-UBND.xlsx").bytes();
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertEquals(draft ? "Dự thảo Quyết định: kinh phí" : "Quyết định 4086/QĐ-UBND: kinh phí",
                        workbook.getProperties().getCoreProperties().getTitle());
            }
        }
    }

    private static String xmp(byte[] pdf) {
        String all = new String(pdf, StandardCharsets.ISO_8859_1);
        String packet = all.substring(all.indexOf("<x:xmpmeta"), all.indexOf("</x:xmpmeta>"));
        return new String(packet.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static void assertNone(String where, String text) {
        for (String s : NUMBER_AND_DATE) {
            assertFalse(text.contains(s), where + " holds \"" + s + "\": " + text);
        }
    }
}
