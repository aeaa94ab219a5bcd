package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import plandoc.render.docx.PlanDocument;
import plandoc.render.xlsx.BudgetWorkbook;

/**
 * The warm-up's plan goes through the real writers' paths (issue 17): if it stopped doing so, the
 * warm-up would fail silently and the first real DOCX and XLSX would start cold again.
 */
class OfficeWarmUpTest {

    @Test
    void theWarmUpPlanMakesAWordFileWithHeaderSectionTableAndAppendix() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new PlanDocument().write(OfficeWarmUp.plan())));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            for (String expected : new String[] {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Điều 1.", "MỤC TIÊU", "Phụ lục I",
                "Tổng cộng", "Nguyễn Văn A"}) {
                assertTrue(all.contains(expected), expected + " in " + all);
            }
            assertTrue(doc.getTables().size() >= 3, "header block, the budget table, signature block");
        }
    }

    @Test
    void theWarmUpPlanMakesAWorkbookWithALiveSumAndTheCheckSheet() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(OfficeWarmUp.plan())))) {
            assertEquals(2, book.getNumberOfSheets());
            assertEquals(BudgetWorkbook.CHECK_SHEET, book.getSheetName(1));
            String formulas = java.util.stream.StreamSupport.stream(book.getSheetAt(0).spliterator(), false)
                    .flatMap(row -> java.util.stream.StreamSupport.stream(row.spliterator(), false))
                    .filter(cell -> cell.getCellType() == CellType.FORMULA).map(Cell::getCellFormula)
                    .collect(Collectors.joining(" "));
            assertTrue(formulas.startsWith("SUM("), formulas);
        }
    }

    @Test
    void startingTwiceStartsOneThread() throws Exception {
        OfficeWarmUp.start();
        OfficeWarmUp.start();
        long threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("plandoc-office-warm-up")).count();
        assertTrue(threads <= 1, threads + " warm-up threads");
    }
}
