package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/**
 * The Word copy as the PDF prints it (a legal reviewer's findings): a target that is only a figure
 * centred, a target with words left-aligned; a row-spanning header cell centred in its height; the
 * time phrase of an appendix title kept on one line.
 */
class FiguresAndTitlesDocxTest {

    @Test
    void aTargetThatIsOnlyAFigureIsCentredAndOneWithWordsIsNot() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-424-2022"))) {
            List<XWPFTableCell> cells = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(2) != null && t.getRow(0).getCell(2).getText().equals("Mục tiêu"))
                    .flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream()).toList();
            List<XWPFTableCell> figures = cells.stream().filter(c -> c.getText().equals("- 2025: 100%")).toList();
            assertTrue(figures.size() >= 10, "cells read: " + figures.size());
            figures.forEach(c -> assertEquals(ParagraphAlignment.CENTER, c.getParagraphs().get(0).getAlignment(), c.getText()));
            XWPFTableCell words = cells.stream().filter(c -> c.getText().startsWith("- 2025: Triển khai đồng bộ"))
                    .findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.LEFT, words.getParagraphs().get(0).getAlignment());
        }
    }

    @Test
    void aRowSpanningHeaderCellIsCentredAndTheAppendixTitleKeepsItsTimePhrase() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-4086-2012"))) {
            XWPFTable projects = doc.getTables().stream()
                    .filter(t -> t.getText().contains("Danh mục các dự án")).findFirst().orElseThrow();
            XWPFTableCell number = projects.getRow(0).getCell(0);
            assertEquals("TT", number.getText());
            assertEquals(XWPFTableCell.XWPFVertAlign.CENTER, number.getVerticalAlignment());
            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("BẢN ĐỒ QUY HOẠCH")).findFirst().orElseThrow();
            assertEquals("BẢN ĐỒ QUY HOẠCH MẠNG CHUYÊN DỤNG TỈNH HÀ TĨNH ĐẾN\u00A0NĂM\u00A02020", title.getText());
        }
    }
}
