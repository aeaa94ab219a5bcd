package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * A Markdown pipe table in the plan's text (424's table of the digital economy, "TT | Nội dung | ĐVT |
 * Năm 2020 | Năm 2019") as the PDF prints it: the separator row "---: | --- |" was printed as a row of
 * dashes, the columns were of equal widths and nothing was aligned.
 */
class PipeTableDocxTest {

    @Test
    void aPipeTableIsPrintedAsInThePdf() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-424-2022"))) {
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("TT") && t.getText().contains("Doanh thu công nghiệp"))
                    .findFirst().orElseThrow();
            List<XWPFTableRow> rows = table.getRows();
            assertEquals(6, rows.size(), "the header and five rows, no separator row");
            assertFalse(table.getText().contains("---"), table.getText());
            assertTrue(rows.get(0).isRepeatHeader());
            assertTrue(rows.subList(1, rows.size()).stream().noneMatch(XWPFTableRow::isRepeatHeader));
            assertEquals(ParagraphAlignment.CENTER, Looks.alignment(rows.get(0).getCell(1).getParagraphs().get(0)));
            assertTrue(Looks.bold(rows.get(0).getCell(1).getParagraphs().get(0).getRuns().get(0)));
            // "|---:|---|---|---:|---:|": TT and the figures right, the text left.
            XWPFTableRow first = rows.get(1);
            assertEquals("2.213", first.getCell(3).getText());
            assertEquals(ParagraphAlignment.RIGHT, Looks.alignment(first.getCell(0).getParagraphs().get(0)));
            assertEquals(ParagraphAlignment.LEFT, Looks.alignment(first.getCell(1).getParagraphs().get(0)));
            assertEquals(ParagraphAlignment.RIGHT, Looks.alignment(first.getCell(3).getParagraphs().get(0)));
            assertEquals(ParagraphAlignment.RIGHT, Looks.alignment(first.getCell(4).getParagraphs().get(0)));
            // Widths from the content: "Nội dung" widest, TT narrowest, the whole text width.
            List<Integer> widths = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(g -> ((BigInteger) g.getW()).intValue()).toList();
            int content = widths.get(1);
            assertTrue(widths.stream().allMatch(w -> w <= content), widths.toString());
            assertTrue(widths.get(0) < widths.get(3), widths.toString());
            assertEquals(Pages.PORTRAIT_TEXT, widths.stream().mapToInt(Integer::intValue).sum(), 20.0, widths.toString());
            // 6 pt between the table and the next paragraph, as the PDF's table margin.
            int at = doc.getBodyElements().indexOf(table);
            XWPFParagraph gap = (XWPFParagraph) doc.getBodyElements().get(at + 1);
            assertEquals("", gap.getText());
            assertEquals(BigInteger.valueOf(120), gap.getCTP().getPPr().getSpacing().getLine());
            assertEquals(LineSpacingRule.EXACT, gap.getSpacingLineRule());
        }
    }
}
