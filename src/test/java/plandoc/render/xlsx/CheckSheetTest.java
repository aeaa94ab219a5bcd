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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * The "Kiểm tra" sheet compares the figures the document declares with the tables' own cells, live: read back with
 * POI, a computed figure a table prints in a cell of its own is a reference to that cell, so an edited line turns
 * "Khớp" into "Lệch" (s26 review H3); every formula holds its value for a viewer that does not recalculate (L2).
 */
class CheckSheetTest {
    private static final String FIXTURE = "src/test/resources/fixtures/summary-over-split";
    /** Columns of the check sheet: declared, computed, difference, result. */
    private static final int DECLARED = 4;
    private static final int COMPUTED = 5;
    private static final int DIFFERENCE = 6;
    private static final int RESULT = 7;

    @Test
    void aComputedFigureIsTheTablesOwnCell() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(FIXTURE);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<Row> rows = figureRows(book);
            assertEquals(4, rows.size(), "item 1's total, the budget's total in two documents, its central-budget total");
            int linked = 0;
            for (Row row : rows) {
                Cell computed = row.getCell(COMPUTED);
                if (computed.getCellType() != CellType.FORMULA) {
                    continue; // the central-budget total: Phụ lục I prints no cell for it
                }
                CellReference ref = new CellReference(computed.getCellFormula());
                Cell target = book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
                assertEquals(target.getNumericCellValue(), computed.getNumericCellValue(), 0, computed.getCellFormula());
                assertEquals(row.getCell(DECLARED).getNumericCellValue(), computed.getNumericCellValue(), 0);
                linked++;
            }
            assertEquals(3, linked);
            assertEquals("'Phụ lục I'!P9", rows.get(0).getCell(COMPUTED).getCellFormula(), "item 1's total");
        }
    }

    @Test
    void anEditedLineTurnsTheResultToLech() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(FIXTURE);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            TableView table = plan.table("kp-chinh").orElseThrow();
            XSSFSheet sheet = book.getSheet("Phụ lục I");
            int item = BudgetWorkbookTest.firstBody(sheet, table) + BudgetWorkbookTest.rowsOf(table, "item").get(0);
            Cell line = sheet.getRow(item).getCell(3); // item 1's central budget in 2026
            assertEquals(1234.5, line.getNumericCellValue(), 0);
            line.setCellValue(1334.5);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            List<String> results = new ArrayList<>();
            for (Row row : figureRows(book)) {
                results.add(row.getCell(RESULT).getStringCellValue());
            }
            // The central-budget total is typed (no cell prints it): it cannot follow.
            assertEquals(List.of("Lệch", "Lệch", "Lệch", "Khớp"), results);
            assertEquals(-100, figureRows(book).get(0).getCell(DIFFERENCE).getNumericCellValue(), 1e-9);
        }
    }

    /** Read without evaluating, as a mail preview or pandas does: the difference and the result are there. */
    @Test
    void everyFormulaHoldsItsValue() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(FIXTURE);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            for (Row row : figureRows(book)) {
                assertEquals(CellType.FORMULA, row.getCell(DIFFERENCE).getCellType());
                assertEquals(CellType.NUMERIC, row.getCell(DIFFERENCE).getCachedFormulaResultType());
                assertEquals(0, row.getCell(DIFFERENCE).getNumericCellValue(), 0);
                assertEquals(CellType.STRING, row.getCell(RESULT).getCachedFormulaResultType());
                assertEquals("Khớp", row.getCell(RESULT).getStringCellValue());
            }
        }
    }

    /**
     * s26 review M2: the budget's total declared twice, {@code in:} the appendix and in the plan's text, made two
     * identical rows; each names the document that printed it.
     */
    @Test
    void twoPrintedSourcesOfOneFigureAreTwoNamedRows() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(FIXTURE);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<String> named = new ArrayList<>();
            for (Row row : figureRows(book)) {
                named.add(row.getCell(1).getStringCellValue() + " | " + row.getCell(2).getStringCellValue());
            }
            assertEquals(List.of("1. Trang bị thiết bị ký số | Tổng cộng",
                    "Tổng cộng | Tổng cộng (ghi tại Phụ lục I)",
                    "Tổng cộng | Tổng cộng (ghi tại Kế hoạch)",
                    "Tổng cộng | Tổng Ngân sách trung ương (ghi tại Kế hoạch)"), named);
        }
    }

    /** A table printing each split: row's two breakdowns side by side (424's Phụ lục 02–06 do). */
    private static final String SPLIT_PLAN = plandoc.TestPlans.DECISION + """
            plan:
              sections:
                - id: muc-kinh-phi
                  title: Kinh phí
                  text: "Chi tiết tại {ref:pl-kinh-phi}."
            axes:
              - id: source
                members:
                  - { id: tw, label: Ngân sách Trung ương }
                  - { id: dp, label: Ngân sách địa phương }
              - id: year
                years: 2021-2023
            budgets:
              - id: kinh-phi
                unit: triệu đồng
                axes: [source, year]
                print: { money: [total, source, year] }
                items:
                  - { id: a, title: Thiết bị, amounts: { dp: { 2021: 100 } } }
                  - id: b
                    title: Phần mềm
                    split:
                      source: { tw: 300, dp: 200 }
                      year: { 2022: 250, 2023: 250 }
            appendices:
              items:
                - { id: pl-kinh-phi, title: Kinh phí, show: kinh-phi }
            """;

    /**
     * s27 (tryout M-2): check refuses a split: row whose breakdowns disagree; the sheet compares them too, each the
     * sum of the cells printing it, so a cell edited in one breakdown shows as "Lệch", and holds the values.
     */
    @Test
    void aSplitRowsTwoBreakdownsAreComparedLive(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        ResolvedPlan plan = plandoc.TestPlans.resolveClean(dir, SPLIT_PLAN);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet check = book.getSheet(plandoc.compute.SheetLayouts.SPLIT_CHECK_SHEET);
            Row row = check.getRow(2);
            assertEquals(List.of("Phụ lục", "2. Phần mềm", "Cộng theo nguồn vốn so với cộng theo năm", "Triệu đồng"),
                    List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                            row.getCell(2).getStringCellValue(), row.getCell(3).getStringCellValue()));
            assertEquals(null, check.getRow(3), "item 1 gives its cells: nothing to compare");
            // Columns: TT, title, total, the two sources, the three years; item 2 is the second body row.
            XSSFSheet table = book.getSheet("Phụ lục");
            int item = BudgetWorkbookTest.firstBody(table, plan.table("kinh-phi").orElseThrow()) + 1;
            assertEquals("SUM('Phụ lục'!D" + (item + 1) + ":E" + (item + 1) + ")", row.getCell(DECLARED).getCellFormula());
            assertEquals("SUM('Phụ lục'!F" + (item + 1) + ":H" + (item + 1) + ")", row.getCell(COMPUTED).getCellFormula());
            assertEquals(500, row.getCell(DECLARED).getNumericCellValue(), 0);
            assertEquals(500, row.getCell(COMPUTED).getNumericCellValue(), 0);
            assertEquals(0, row.getCell(DIFFERENCE).getNumericCellValue(), 0);
            assertEquals("Khớp", row.getCell(RESULT).getStringCellValue());

            table.getRow(item).getCell(3).setCellValue(350); // Ngân sách Trung ương 300 → 350
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            assertEquals(50, row.getCell(DIFFERENCE).getNumericCellValue(), 1e-9);
            assertEquals("Lệch", row.getCell(RESULT).getStringCellValue());
        }
    }

    /** The sheet's rows with a declared figure, under the title and the headings. */
    private static List<Row> figureRows(XSSFWorkbook book) {
        XSSFSheet check = book.getSheet(BudgetWorkbook.CHECK_SHEET);
        List<Row> rows = new ArrayList<>();
        for (Row row : check) {
            if (row.getRowNum() >= 2 && row.getCell(DECLARED) != null
                    && row.getCell(DECLARED).getCellType() == CellType.NUMERIC) {
                rows.add(row);
            }
        }
        assertTrue(!rows.isEmpty());
        return rows;
    }
}
