package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.TestFiles;
import plandoc.resolved.ResolvedPlan;

/**
 * The Word copy as the PDF prints it (a legal reviewer's findings): a target that is only a figure, in a
 * column of its year, centred, a target with words or a "- 2025: …" list left-aligned; a row-spanning header cell centred in its height; the
 * time phrase of an appendix title kept on one line.
 */
class FiguresAndTitlesDocxTest {

    /** A "- 2025: 100%" cell of the "lines" layout is a list, left-aligned as the cells with words are. */
    @Test
    void aListOfTargetsIsLeftAlignedEvenWhenItIsFiguresOnly() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-424-2022"))) {
            List<XWPFTableCell> cells = targetCells(doc);
            List<XWPFTableCell> figures = cells.stream().filter(c -> c.getText().equals("- 2025: 100%")).toList();
            assertTrue(figures.size() >= 10, "cells read: " + figures.size());
            figures.forEach(c -> assertEquals(ParagraphAlignment.LEFT, c.getParagraphs().get(0).getAlignment(), c.getText()));
            XWPFTableCell words = cells.stream().filter(c -> c.getText().startsWith("- 2025: Triển khai đồng bộ"))
                    .findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.LEFT, words.getParagraphs().get(0).getAlignment());
        }
    }

    /** With a column per year, a target that is only a figure is centred and one with words is not. */
    @Test
    void aTargetThatIsOnlyAFigureInItsYearsColumnIsCentred(@TempDir Path dir) throws Exception {
        Path plan = TestFiles.copyTree(Path.of("content/ha-tinh-4086-2012"), dir.resolve("content/ha-tinh-4086-2012"));
        Files.copy(Path.of("content/agencies.yaml"), dir.resolve("content/agencies.yaml"));
        Files.writeString(plan.resolve("plan.yaml"), Files.readString(plan.resolve("plan.yaml"))
                .replace("layout: lines", "layout: columns"));
        ResolvedPlan resolved = new Generator(dir).resolve(plan).resolved().orElseThrow();
        try (XWPFDocument doc = PlanDocumentTest.document(resolved)) {
            List<XWPFTableCell> cells = doc.getTables().stream()
                    .filter(t -> t.getText().contains("Đóng góp vào GDP"))
                    .flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream()).toList();
            XWPFTableCell figure = cells.stream().filter(c -> c.getText().equals("8 - 10%")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, figure.getParagraphs().get(0).getAlignment());
            XWPFTableCell words = cells.stream().filter(c -> c.getText().equals("100% văn bản các cấp")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.LEFT, words.getParagraphs().get(0).getAlignment());
        }
    }

    private static List<XWPFTableCell> targetCells(XWPFDocument doc) {
        return doc.getTables().stream()
                .filter(t -> t.getRow(0).getCell(2) != null && t.getRow(0).getCell(2).getText().equals("Mục tiêu"))
                .flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream()).toList();
    }

    @Test
    void aRowSpanningHeaderCellIsCentredAndTheAppendixTitleKeepsItsTimePhrase() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-4086-2012"))) {
            XWPFTable projects = doc.getTables().stream()
                    .filter(t -> t.getText().contains("Danh mục các dự án")).findFirst().orElseThrow();
            // "TT" spans both header rows: written in the last, under an empty cell (no vertical merge).
            assertEquals("", projects.getRow(0).getCell(0).getText());
            XWPFTableCell number = projects.getRow(1).getCell(0);
            assertEquals("TT", number.getText());
            assertEquals(XWPFTableCell.XWPFVertAlign.CENTER, number.getVerticalAlignment());
            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("BẢN ĐỒ QUY HOẠCH")).findFirst().orElseThrow();
            assertEquals("BẢN ĐỒ QUY HOẠCH MẠNG CHUYÊN DỤNG TỈNH HÀ TĨNH ĐẾN\u00A0NĂM\u00A02020", title.getText());
        }
    }
}
