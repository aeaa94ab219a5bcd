package plandoc.render.edoc;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import plandoc.TestPlans;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.RenderedPlan;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.NodeList;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Decree 30 e-document record: the XML beside the PDF validates against docs/edoc-record.xsd
 * and carries the plan's facts; the PDF's XMP carries the same in the plandoc namespace; a wrong
 * issuer code is refused at its line and column.
 */
class ElectronicRecordTest {

    private static final String WITH_CODE = TestPlans.DECISION_WITHOUT_RECIPIENTS + """
              recipients: [Sở Tài chính, Cổng TTĐT tỉnh]
              archive: [VT, TH]
            """;

    @TempDir
    Path dir;

    @Test
    void xmlBesideThePdfIsValidAndCarriesThePlansFacts() throws Exception {
        RenderedPlan rendered = render(TestPlans.resolveClean(dir, WITH_CODE));
        byte[] xml = file(rendered, "4086-QD-UBND.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("docs/edoc-record.xsd").toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));

        Document doc = parse(xml);
        int pages;
        try (PDDocument pdf = Loader.loadPDF(file(rendered, "4086-QD-UBND.pdf"))) {
            pages = pdf.getNumberOfPages();
        }
        assertEquals("000.00.00.H25", value(doc, "OrganId"));
        assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", value(doc, "OrganName"));
        assertEquals("2012", value(doc, "Year"));
        assertEquals("4086", value(doc, "CodeNumber"));
        assertEquals("QĐ-UBND", value(doc, "CodeNotation"));
        assertEquals("2012-12-28", value(doc, "IssueDate"));
        assertEquals("Quyết định", value(doc, "DocumentType"));
        assertEquals("Về việc phê duyệt điều chỉnh Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020",
                value(doc, "Subject"));
        assertEquals("vi", value(doc, "Language"));
        assertEquals(Integer.toString(pages), value(doc, "PageAmount"));
        assertEquals("Nguyễn Thiện", value(doc, "SignerFullName"));
        // The signer's own position, as a register writes it; the authority lines beside it, not inside it.
        assertEquals("Phó Chủ tịch", value(doc, "SignerPosition"));
        assertEquals("TM. Ủy ban nhân dân, KT. Chủ tịch", value(doc, "SignerCompetence"));
        // Sent to the recipients alone: "Lưu: VT, TH" is the issuer's own file copy, printed in Nơi nhận only.
        assertEquals(List.of("Sở Tài chính", "Cổng TTĐT tỉnh"), values(doc, "ToPlaces/*[local-name()='ToPlace']"));
        try (PDDocument pdf = Loader.loadPDF(file(rendered, "4086-QD-UBND.pdf"))) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("- Lưu: VT, TH."), "Nơi nhận still prints the file copy");
        }
    }

    /** A signer in their own right (no TM./KT. line): no SignerCompetence, the record still valid. */
    @Test
    void aSignerInTheirOwnRightHasNoCompetence() throws Exception {
        String yaml = WITH_CODE.replace("    authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]\n", "")
                .replace("title: Phó Chủ tịch", "title: Chủ tịch");
        byte[] xml = file(render(TestPlans.resolveClean(dir, yaml)), "4086-QD-UBND.xml");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("docs/edoc-record.xsd").toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        Document doc = parse(xml);
        assertEquals("Chủ tịch", value(doc, "SignerPosition"));
        assertEquals(List.of(), values(doc, "SignerCompetence"));
    }

    @Test
    void xmpCarriesTheSameRecordAndDublinCore() throws Exception {
        RenderedPlan rendered = render(TestPlans.resolveClean(dir, WITH_CODE));
        Document xmp;
        try (PDDocument pdf = Loader.loadPDF(file(rendered, "4086-QD-UBND.pdf"))) {
            xmp = parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(Integer.toString(pdf.getNumberOfPages()), value(xmp, "Description/*[local-name()='PageAmount']"));
            assertEquals(pdf.getDocumentInformation().getTitle(),
                    value(xmp, "Description/*[local-name()='title']/*/*"));
        }
        assertEquals("000.00.00.H25", value(xmp, "Description/*[local-name()='OrganId']"));
        assertEquals("QĐ-UBND", value(xmp, "Description/*[local-name()='CodeNotation']"));
        assertEquals("Phó Chủ tịch", value(xmp, "Description/*[local-name()='SignerPosition']"));
        assertEquals("TM. Ủy ban nhân dân, KT. Chủ tịch", value(xmp, "Description/*[local-name()='SignerCompetence']"));
        assertEquals(List.of("Sở Tài chính", "Cổng TTĐT tỉnh"), values(xmp, "Description/*[local-name()='ToPlaces']/*/*"));
        assertEquals("vi", value(xmp, "Description/*[local-name()='language']/*/*"));
        assertEquals("Ủy ban nhân dân tỉnh Hà Tĩnh", value(xmp, "Description/*[local-name()='creator']/*/*"));
        assertEquals("A", value(xmp, "Description/*[local-name()='conformance']"));
    }

    /** Without a code the record leaves OrganId out, and check says the record needs it (vi and en). */
    @Test
    void withoutACodeTheFieldIsLeftOutAndCheckWarns() throws Exception {
        String yaml = TestPlans.DECISION.replace("    code: 000.00.00.H25\n", "");
        var outcome = TestPlans.resolve(dir, yaml);
        List<String> messages = TestPlans.messages(outcome);
        assertEquals(List.of("ke-hoach/plan.yaml:3:3: cảnh báo: thiếu mã định danh của cơ quan ban hành (issuer.code): "
                + "dữ liệu văn bản điện tử (trường OrganId, Nghị định 30/2020/NĐ-CP Phụ lục VI) cần mã này; thêm vào issuer "
                + "dòng \"code: \" và mã 13 ký tự của cơ quan (dạng 000.00.00.Hxx; hỏi văn thư cơ quan)"), messages);
        byte[] xml = file(render(outcome.resolved().orElseThrow()), "4086-QD-UBND.xml");
        assertEquals("", value(parse(xml), "OrganId"));
        // A draft has no record until it is issued: no warning.
        String draft = yaml.replace("  number: 4086\n", "  draft: true\n");
        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(dir.resolve("draft"), draft)));
    }

    @Test
    void aWrongCodeIsRefusedWhereItIsWritten() {
        String yaml = TestPlans.DECISION.replace("    code: 000.00.00.H25\n", "    code: H25-UBND\n");
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, yaml));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).matches(".*plan\\.yaml:6:11: lỗi: mã định danh cơ quan \"H25-UBND\" không hợp lệ \\(8 ký tự\\).*"),
                messages.get(0));
    }

    /** s29 F9: a code of 13 good characters but the wrong shape names the first wrong position (vi and en). */
    @Test
    void aLetterOForZeroIsRefusedAtItsPosition() {
        String yaml = TestPlans.DECISION.replace("    code: 000.00.00.H25\n", "    code: 000.00.00.H5O\n");
        var outcome = TestPlans.resolve(dir, yaml);
        assertEquals(List.of("ke-hoach/plan.yaml:6:11: lỗi: mã định danh cơ quan \"000.00.00.H5O\" sai ở vị trí 13: \"O\" "
                + "đứng ở chỗ của một chữ số (chữ O ở vị trí chữ số 0?); mã có dạng 000.00.00.Hxx (cấp 4, cấp 3, cấp 2 "
                + "bằng chữ số, cách nhau dấu chấm; cấp 1 là một chữ cái in hoa và hai chữ số)"), TestPlans.messages(outcome));
        assertEquals(List.of("ke-hoach/plan.yaml:6:11: error: issuer code \"000.00.00.H5O\" is wrong at position 13: \"O\" "
                + "stands where a digit belongs (letter O for the digit 0?); a code is shaped 000.00.00.Hxx (levels 4, 3 "
                + "and 2 in digits, separated by dots; level 1 an upper-case letter and two digits)"),
                TestPlans.messages(outcome, "en"));
        assertTrue(TestPlans.messages(TestPlans.resolve(dir.resolve("dots"),
                TestPlans.DECISION.replace("code: 000.00.00.H25", "code: 0000.00.00H25"))).get(0)
                .contains("sai ở vị trí 4: \"0\" đứng ở chỗ của dấu chấm;"));
        assertTrue(TestPlans.messages(TestPlans.resolve(dir.resolve("letter"),
                TestPlans.DECISION.replace("code: 000.00.00.H25", "code: 000.00.00.125"))).get(0)
                .contains("sai ở vị trí 11: \"1\" đứng ở chỗ của chữ cái in hoa của mã cấp 1;"));
    }

    /** Levels 2–4 are digits in every code seen, but no rule read says so: a letter there is a warning, and kept. */
    @Test
    void aLetterAmongTheLowerLevelsIsOnlyAWarning() throws Exception {
        var outcome = TestPlans.resolve(dir, TestPlans.DECISION.replace("code: 000.00.00.H25", "code: 000.0I.00.H25"));
        assertEquals(List.of("ke-hoach/plan.yaml:6:11: cảnh báo: mã định danh cơ quan \"000.0I.00.H25\" có chữ ở vị trí 6 "
                + "(\"I\") nơi các mã thường ghi một chữ số (chữ I hoặc l ở vị trí chữ số 1?); mã có dạng 000.00.00.Hxx "
                + "(cấp 4, cấp 3, cấp 2 bằng chữ số): kiểm tra lại với văn thư cơ quan"), TestPlans.messages(outcome));
        byte[] xml = file(render(outcome.resolved().orElseThrow()), "4086-QD-UBND.xml");
        assertEquals("000.0I.00.H25", value(parse(xml), "OrganId"));
    }

    private static RenderedPlan render(ResolvedPlan plan) throws Exception {
        return PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults()).render(plan);
    }

    private static byte[] file(RenderedPlan rendered, String name) {
        return rendered.files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + rendered.files().stream()
                        .map(RenderedPlan.OutputFile::name).toList())).bytes();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The text of a path under the root, each step matched by local name. */
    private static String value(Document doc, String path) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(expression(doc, path), doc);
    }

    /** The text of every node on a path under the root, in document order. */
    private static List<String> values(Document doc, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                .evaluate(expression(doc, path), doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static String expression(Document doc, String path) {
        StringBuilder expr = new StringBuilder("/*");
        if (doc.getDocumentElement().getLocalName().equals("xmpmeta")) {
            expr.append("/*[local-name()='RDF']");
        }
        for (String step : path.split("/")) {
            expr.append('/').append(step.startsWith("*") ? step : "*[local-name()='" + step + "']");
        }
        return expr.toString();
    }
}
