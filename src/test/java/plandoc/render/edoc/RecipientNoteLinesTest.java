package plandoc.render.edoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.render.RenderedPlan;
import plandoc.resolved.InlineText;
import plandoc.resolved.ResolvedPlan;

/**
 * A Nơi nhận line that is a note alone ({@code note:} without {@code to:}) names no recipient, so it is
 * printed without the "- " and the ";" Decree 30 gives a recipient line: its words as written, flush left.
 * A note after the last recipient is a remark on the whole list and goes under "- Lưu: …." (the Lưu line
 * stays the list's last); one between recipients stays where it is written. The page, the PDF and the Word
 * copy print the same lines, and no note is a place of the record.
 */
class RecipientNoteLinesTest {
    private static final String STEM = "4086-QD-UBND";

    @TempDir
    Path dir;

    @Test
    void aNoteLineHasNoDashNorSemicolonAndATrailingOneGoesUnderTheArchiveLine() throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, TestPlans.DECISION_WITHOUT_RECIPIENTS + """
                  recipients:
                    - "Như {ref:dieu-hieu-luc}"
                    - Bộ Nội vụ
                    - note: (để báo cáo)
                    - Các sở, ban, ngành cấp tỉnh
                    - note: Gửi bản giấy và thư điện tử
                  archive: [VT, TH]
                """);
        List<String> printed = List.of("- Như Điều 2;", "- Bộ Nội vụ;", "(để báo cáo)", "- Các sở, ban, ngành cấp tỉnh;",
                "- Lưu: VT, TH.", "Gửi bản giấy và thư điện tử");
        assertEquals(printed, plan.recipients().lines().stream().map(InlineText::plain).toList());
        assertEquals(List.of("Như Điều 2", "Bộ Nội vụ", "Các sở, ban, ngành cấp tỉnh"), plan.recipients().places());

        RenderedPlan rendered = RecordReading.render(plan);
        assertEquals(plan.recipients().places(), RecordReading.values(RecordReading.xml(rendered, STEM + ".xml"),
                "ToPlaces/ToPlace"));
        String page = new String(RecordReading.file(rendered, "index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("<p class=\"recipient\">Gửi bản giấy và thư điện tử</p>"), "the page prints it as is");

        List<String> pdfLines = pdfLines(RecordReading.file(rendered, STEM + ".pdf"));
        // Read by position: a line of the left column may be followed on its row by the signer's column.
        int archive = indexStartingWith(pdfLines, "- Lưu: VT, TH.");
        int note = indexStartingWith(pdfLines, "Gửi bản giấy và thư điện tử");
        assertTrue(archive >= 0 && note > archive, "the note under the Lưu line:\n" + pdfLines);
        assertFalse(pdfLines.get(note).startsWith("Gửi bản giấy và thư điện tử;"), pdfLines.get(note));
        int bo = indexStartingWith(pdfLines, "- Bộ Nội vụ;");
        int remark = indexStartingWith(pdfLines, "(để báo cáo)");
        assertTrue(bo >= 0 && remark == bo + 1 && pdfLines.get(remark + 1).startsWith("- Các sở, ban, ngành cấp tỉnh;"),
                "the note between recipients stays where written:\n" + pdfLines);
        assertTrue(pdfLines.stream().noneMatch(l -> l.contains("- Gửi bản giấy") || l.contains("- (để báo cáo)")),
                pdfLines.toString());

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(RecordReading.file(rendered, STEM + ".docx")))) {
            XWPFTable signature = docx.getTables().stream().filter(t -> t.getText().contains("Nơi nhận:")).findFirst()
                    .orElseThrow();
            List<String> cell = signature.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isEmpty()).toList();
            assertEquals("Nơi nhận:", cell.get(0));
            assertEquals(printed, cell.subList(1, cell.size()), "the Word copy prints the same lines");
        }
    }

    /** Without an archive line the last recipient closes the list with "."; the note follows it. */
    @Test
    void withoutAnArchiveLineTheLastRecipientEndsTheListAndTheNoteFollows() {
        var outcome = TestPlans.resolve(dir, TestPlans.DECISION_WITHOUT_RECIPIENTS + """
                  recipients:
                    - Sở Tài chính
                    - note: Gửi bản giấy và thư điện tử.
                """);
        // Printed all the same; check says the list lacks its "- Lưu: VT" (s14-legal).
        assertEquals(List.of("ke-hoach/plan.yaml:23:3: cảnh báo: nơi nhận thiếu dòng \"- Lưu: VT\" (bản lưu tại văn thư, dòng "
                + "cuối của nơi nhận theo Nghị định 30/2020/NĐ-CP): thêm archive: [VT] vào document:, cùng cấp với recipients: "
                + "(có đơn vị soạn thảo thì thêm sau VT, ví dụ archive: [VT, TH])"), TestPlans.messages(outcome));
        ResolvedPlan plan = outcome.resolved().orElseThrow();
        assertEquals(List.of("- Sở Tài chính.", "Gửi bản giấy và thư điện tử."),
                plan.recipients().lines().stream().map(InlineText::plain).toList());
    }

    private static List<String> pdfLines(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).lines().map(String::strip).toList();
        }
    }

    private static int indexStartingWith(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
