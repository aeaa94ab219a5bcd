package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.render.docx.PlanDocument;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;

/**
 * The thẩm quyền ban hành line above a decision's căn cứ (Decree 30 Mẫu 1.2): the collective body when the block
 * signs "TM." it, else the head deciding alone with the body's name — a Sở's decision is its Giám đốc's (s32 tryout
 * H1: Quảng Trị's 112/QĐ-SKHĐT printed "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"). Read back from the PDF, the page and the Word copy.
 */
class EnactingAuthorityTest {

    @TempDir
    Path temp;

    /** {@link TestPlans#DECISION} with a căn cứ, under which the line is printed. */
    private static final String DECISION = TestPlans.DECISION.replace("  signature:",
            "  bases: [Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003]\n  signature:");

    private static final String SO = DECISION
            .replace("name: Ủy ban nhân dân tỉnh Hà Tĩnh", "name: Sở Kế hoạch và Đầu tư\n    parent: UBND tỉnh Hà Tĩnh")
            .replace("short: UBND tỉnh", "short: Sở")
            .replace("symbol: QĐ-UBND", "symbol: QĐ-SKHĐT")
            .replace("authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]", "authority: [KT. Giám đốc]")
            .replace("title: Phó Chủ tịch", "title: Phó Giám đốc");

    @Test
    void aSosDecisionIsItsDirectorsInThePdfThePageAndTheWordCopy() throws Exception {
        assertPrinted("GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ", SO);
    }

    @Test
    void theChairmansOwnDecisionIsHis() throws Exception {
        String chairman = DECISION.replace("authority: [TM. Ủy ban nhân dân, KT. Chủ tịch]", "authority: [KT. Chủ tịch]");
        assertPrinted("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", chairman);
    }

    @Test
    void aCollectiveDecisionIsTheBodys() throws Exception {
        assertPrinted("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", DECISION);
    }

    /** {@code enacting_authority:} states what the signature block cannot tell. */
    @Test
    void statedItIsPrintedAsStated() throws Exception {
        String stated = SO.replace("  signature:", "  enacting_authority: Giám đốc Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh\n  signature:");
        assertPrinted("GIÁM ĐỐC SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH HÀ TĨNH", stated);
    }

    /** The line read back from the PDF's first page, the site page and the Word copy of the decision {@code yaml}. */
    private void assertPrinted(String expected, String yaml) throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(temp.resolve("plan"), yaml);
        RenderedPlan rendered = PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                RenderSettings.defaults()).render(plan);
        byte[] pdf = rendered.files().stream().filter(f -> f.name().endsWith(".pdf")).findFirst().orElseThrow().bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertEquals(expected, lineBefore(Arrays.asList(stripper.getText(document).split("\\R")), "Căn cứ"), "PDF");
        }
        String html = new String(rendered.files().stream().filter(f -> f.name().endsWith("index.html")).findFirst()
                .orElseThrow().bytes(), StandardCharsets.UTF_8);
        assertEquals(expected, html.replaceAll("(?s).*<p class=\"authority\">([^<]*)</p>.*", "$1"), "site page");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new PlanDocument().write(plan)))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals(expected, lineBefore(paragraphs, "Căn cứ"), "Word copy");
        }
    }

    private static String lineBefore(List<String> lines, String start) {
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return lines.get(i - 1).strip();
            }
        }
        throw new AssertionError("no line starting " + start + " in " + lines);
    }
}
