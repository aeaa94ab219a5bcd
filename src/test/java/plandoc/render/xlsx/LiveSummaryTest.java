package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The workbook's summary follows an edited appendix cell (s29 tryout F4): its source × year cells, which no appendix
 * prints, add up the data sheet's amounts ({@code SUMIFS}), and an amount printed alone in an appendix cell is a
 * reference to it; so with 'Phụ lục II'!D7 300 → 400 every figure of "IV. KINH PHÍ THỰC HIỆN" moves by 100 where it
 * should, and its years still add up to its total. Read back and recalculated with POI.
 */
class LiveSummaryTest {
    private static final String PLAN = "src/test/resources/fixtures/summary-source-by-year";
    private static final String SUMMARY = "IV. KINH PHÍ THỰC HIỆN";

    @Test
    void anEditedAppendixCellMovesTheSummarysSourceByYearCells() throws IOException {
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(BudgetWorkbookTest.plan(PLAN))) {
            Sheet summary = book.getSheet(SUMMARY);
            // Before: the cached values, as a viewer that does not recalculate shows them.
            assertEquals(5150.5, value(summary, "B7"), 1e-9); // Ngân sách tỉnh, 2026
            assertEquals(CellType.FORMULA, cell(summary, "B7").getCellType(), "a stored number cannot follow an edit");
            book.getSheet("Phụ lục II").getRow(6).getCell(3).setCellValue(400); // D7: Bồi dưỡng …, 2026: 300 → 400
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertEquals(5250.5, value(summary, "B7"), 1e-9); // Ngân sách tỉnh, 2026
            assertEquals(10250.5, value(summary, "B5"), 1e-9); // Tổng kinh phí, 2026
            assertEquals(12950.5, value(summary, "E7"), 1e-9); // Ngân sách tỉnh, tổng
            assertEquals(22651.5, value(summary, "E5"), 1e-9); // Tổng kinh phí
            assertEquals(5000, value(summary, "B6"), 1e-9); // Ngân sách trung ương, 2026: not moved
            // The sheet agrees with itself: the years add up to the total, the sources too.
            assertEquals(value(summary, "E5"), value(summary, "B5") + value(summary, "C5") + value(summary, "D5"), 1e-9);
            assertEquals(value(summary, "E5"), value(summary, "E6") + value(summary, "E7") + value(summary, "E8"), 1e-9);
            for (String year : new String[] {"B", "C", "D"}) {
                assertEquals(value(summary, year + "5"), value(summary, year + "6") + value(summary, year + "7")
                        + value(summary, year + "8"), 1e-9, year);
            }
        }
    }

    /**
     * An appendix cell adding up several amounts ('Phụ lục I'!F8, an item's "Ngân sách tỉnh" over 2026–2028), edited,
     * moves the summary's totals, which refer to Phụ lục I's total, but not its year cells, which add up the data
     * sheet's amounts: "Kiểm tra" then says "Lệch" for "Ngân sách tỉnh", comparing the total taken from the appendices
     * with the summary's own years added up. As written, and after an edit the summary follows ('Phụ lục II'!D7, one
     * amount), every such row says "Khớp".
     */
    @Test
    void kiemTraSaysLechWhenTheSummaryCannotFollowAnEdit() throws IOException {
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(BudgetWorkbookTest.plan(PLAN))) {
            Sheet check = book.getSheet(BudgetWorkbook.CHECK_SHEET);
            List<Row> linked = new ArrayList<>();
            for (Row row : check) {
                if (row.getRowNum() > 1 && SUMMARY.equals(text(row, 0)) && text(row, 2).contains("theo các phụ lục")) {
                    linked.add(row);
                }
            }
            Row provincial = linked.stream().filter(r -> text(r, 1).equals("Ngân sách tỉnh")).findFirst().orElseThrow(
                    () -> new AssertionError("no row comparing the summary's linked totals with its own sums"));
            assertEquals("Tổng: theo các phụ lục so với cộng trong bảng", text(provincial, 2));
            for (Row row : linked) {
                assertEquals("Khớp", row.getCell(RESULT).getStringCellValue(), "cached, row " + (row.getRowNum() + 1));
            }
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            book.getSheet("Phụ lục II").getRow(6).getCell(3).setCellValue(400); // D7: one amount, which the summary follows
            evaluator.evaluateAll();
            for (Row row : linked) {
                assertEquals("Khớp", evaluator.evaluate(row.getCell(RESULT)).getStringValue(), "row " + (row.getRowNum() + 1));
            }
            book.getSheet("Phụ lục I").getRow(7).getCell(5).setCellValue(2600); // F8: Ngân sách tỉnh 2026–2028, 2500 → 2600
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertEquals(13050.5, value(book.getSheet(SUMMARY), "E7"), 1e-9); // the total moved, its years did not
            assertEquals("Lệch", provincial.getCell(RESULT).getStringCellValue());
            assertEquals(100, provincial.getCell(RESULT - 1).getNumericCellValue(), 1e-9); // Chênh lệch
        }
    }

    /**
     * s31 sheet, left: the first figure of a row comparing a summary's linked total was {@code SUM(<one cell>)}; it is
     * the bare reference to the summary's cell, which POI evaluates to the figure cached beside it.
     */
    @Test
    void aCheckRowsFigureOfOneCellIsABareReference() throws IOException {
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(BudgetWorkbookTest.plan(PLAN))) {
            Sheet check = book.getSheet(BudgetWorkbook.CHECK_SHEET);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            int rows = 0;
            for (Row row : check) {
                if (row.getRowNum() > 1 && SUMMARY.equals(text(row, 0)) && text(row, 2).contains("theo các phụ lục")) {
                    Cell first = row.getCell(RESULT - 3);
                    assertEquals(CellType.FORMULA, first.getCellType(), "row " + (row.getRowNum() + 1));
                    assertTrue(first.getCellFormula().matches("'" + SUMMARY + "'!\\$?[A-Z]+\\$?\\d+"),
                            "row " + (row.getRowNum() + 1) + ": " + first.getCellFormula());
                    assertEquals(first.getNumericCellValue(), evaluator.evaluate(first).getNumberValue(), 1e-9);
                    rows++;
                }
            }
            assertTrue(rows > 0, "the summary's linked totals are on Kiểm tra");
        }
    }

    private static final int RESULT = 7;

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** Every formula cell's cached value is what POI computes from the workbook as written (LibreOffice's too). */
    @ParameterizedTest
    @ValueSource(strings = {PLAN, "content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void everyCachedValueIsTheComputedOne(String folder) throws IOException {
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(BudgetWorkbookTest.plan(folder))) {
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Sheet sheet : book) {
                for (var row : sheet) {
                    for (Cell cell : row) {
                        // SUBTOTAL(9, …) over the data sheet leaves out the rows its filter hides, as Excel and
                        // LibreOffice do; POI adds them (it reads no filter), so that one is DataSheetTest's.
                        if (cell.getCellType() != CellType.FORMULA
                                || cell.getCachedFormulaResultType() != CellType.NUMERIC
                                || cell.getCellFormula().startsWith("SUBTOTAL(")) {
                            continue;
                        }
                        formulas++;
                        double cached = cell.getNumericCellValue();
                        double computed = evaluator.evaluate(cell).getNumberValue();
                        assertEquals(computed, cached, 1e-6 * Math.max(1, Math.abs(computed)),
                                sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula());
                    }
                }
            }
            assertTrue(formulas > 0);
        }
    }

    private static Cell cell(Sheet sheet, String at) {
        var ref = new org.apache.poi.ss.util.CellReference(at);
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static double value(Sheet sheet, String at) {
        return cell(sheet, at).getNumericCellValue();
    }
}
