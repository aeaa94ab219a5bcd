package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.CellView;
import plandoc.resolved.DeclaredFigure;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * A summary by year ({@code print.rows: [grand, nam]}) in the workbook, read back with POI (s17-review findings 1–3):
 * each year's row adds up its own cells, not the grand row's; every formula recomputes to the stored figure; the
 * "Kiểm tra" sheet lists each declared figure once, under the table that declares it; and every figure's number
 * format shows exactly the decimals the table prints.
 */
class SummaryRowsTest {
    private static final String FIXTURE = "src/test/resources/fixtures/summary-by-year";
    /** A reference inside the sheet (no "'sheet'!" before it), alone or as either end of a range. */
    private static final Pattern LOCAL = Pattern.compile("(?<![!A-Z$])\\$?([A-Z]+)\\$?([0-9]+)");

    @Test
    void eachYearsRowAddsUpItsOwnCells() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(FIXTURE);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            int s = index(places, "tong-hop");
            TableView summary = plan.table(places.get(s).tableId()).orElseThrow();
            XSSFSheet sheet = book.getSheetAt(s);
            int firstBody = BudgetWorkbookTest.firstBody(sheet, summary);
            List<Integer> years = BudgetWorkbookTest.rowsOf(summary, "axis-total");
            assertEquals(3, years.size(), "Năm 2026, 2027, 2028");
            int formulas = 0;
            for (int r : years) {
                Row row = sheet.getRow(firstBody + r);
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA || cell.getCellFormula().contains("!")) {
                        continue; // a figure taken from the appendices is SummaryLinksTest's
                    }
                    Matcher m = LOCAL.matcher(cell.getCellFormula());
                    int refs = 0;
                    while (m.find()) {
                        refs++;
                        assertEquals(row.getRowNum() + 1, Integer.parseInt(m.group(2)),
                                sheet.getSheetName() + "!" + cell.getAddress() + " = " + cell.getCellFormula());
                    }
                    assertTrue(refs > 0, cell.getCellFormula());
                    formulas++;
                }
            }
            // Each year: Ngân sách tỉnh's "Cộng" and the year's total.
            assertEquals(2 * years.size(), formulas);
        }
    }

    /** What {@code SUBTOTAL(9,I3:I28)} shows in Excel: the sum of the range's rows the filter leaves shown. */
    private static double shownSum(Cell cell) {
        org.apache.poi.ss.util.CellRangeAddress range = org.apache.poi.ss.util.CellRangeAddress.valueOf(
                cell.getCellFormula().substring("SUBTOTAL(9,".length(), cell.getCellFormula().length() - 1));
        double sum = 0;
        for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
            Row row = cell.getSheet().getRow(r);
            if (row != null && !row.getZeroHeight() && row.getCell(range.getFirstColumn()) != null) {
                sum += row.getCell(range.getFirstColumn()).getNumericCellValue();
            }
        }
        return sum;
    }

    @Test
    void everyFormulaRecomputesToItsStoredFigure() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(FIXTURE);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<Double> stored = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                if (sheet.getSheetName().equals(BudgetWorkbook.CHECK_SHEET)) {
                    continue; // its formulas compare, and store no figure
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA
                                && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                            cells.add(cell);
                            stored.add(cell.getNumericCellValue());
                        }
                    }
                }
            }
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                // POI adds the rows the AutoFilter hides too; Excel and LibreOffice add only the rows shown.
                double recomputed = cell.getCellFormula().startsWith("SUBTOTAL(9,") ? shownSum(cell)
                        : evaluator.evaluate(cell).getNumberValue();
                assertEquals(stored.get(i), recomputed, 1e-9,
                        cell.getSheet().getSheetName() + "!" + cell.getAddress() + " = " + cell.getCellFormula());
            }
            assertTrue(cells.size() > 40, "formulas: " + cells.size());
        }
    }

    /** The group's declared figures are checked with its budget; the summary's sheet lists its own total only. */
    @Test
    void theCheckSheetListsEachDeclaredFigureOnceUnderItsOwnTable() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(FIXTURE);
        TableView summary = table(plan, "tong-hop");
        assertEquals(List.of("@owner.budget|tong-hop"), summary.sums().checks().declared().stream().map(DeclaredFigure::owner)
                .toList());
        assertEquals(List.of("@owner.group|I|ha-tang", "@owner.group|I|ha-tang"),
                table(plan, "kinh-phi").sums().checks().declared().stream().map(DeclaredFigure::owner).toList());
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            String budgetSheet = book.getSheetAt(index(places, "kinh-phi")).getSheetName();
            String summarySheet = book.getSheetAt(index(places, "tong-hop")).getSheetName();
            XSSFSheet check = book.getSheet(BudgetWorkbook.CHECK_SHEET);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            List<String> lines = new ArrayList<>();
            for (Row row : check) {
                Cell result = row.getCell(7);
                if (row.getRowNum() >= 2 && result != null && result.getCellType() == CellType.FORMULA) {
                    lines.add(row.getCell(0).getStringCellValue() + " | " + row.getCell(1).getStringCellValue() + " | "
                            + evaluator.evaluate(result).getStringValue());
                }
            }
            // Each row as its table prints it (s21): the group's number and title, the summary's total row.
            assertEquals(List.of(budgetSheet + " | I. Hạ tầng số | Khớp", budgetSheet + " | I. Hạ tầng số | Khớp",
                    summarySheet + " | Tổng cộng | Khớp"), lines);
        }
    }

    /** A figure shows in Excel as it is printed: the number format has the table's decimals, taken from compute. */
    @Test
    void everyFigureShowsTheDecimalsItsTablePrints() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(FIXTURE);
        assertEquals(List.of(3, 0, 3), List.of(table(plan, "kinh-phi").decimals(), table(plan, "kp-huyen").decimals(),
                table(plan, "tong-hop").decimals()));
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            int figures = 0;
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = BudgetWorkbookTest.firstBody(sheet, table);
                for (int r = 0; r < table.rows().size(); r++) {
                    int c = 0;
                    for (CellView view : table.rows().get(r).cells()) {
                        if (view.value().isPresent()) {
                            Cell cell = sheet.getRow(firstBody + r).getCell(c);
                            String format = cell.getCellStyle().getDataFormatString();
                            String where = sheet.getSheetName() + "!" + cell.getAddress() + " " + format;
                            assertTrue(format.equals(NumberFormat.code(table.decimals(), false))
                                    || format.equals(NumberFormat.code(table.decimals(), true)), where);
                            // The printed figure has those decimals too: Excel and the PDF show the same digits.
                            String printed = view.plain();
                            int comma = printed.indexOf(',');
                            assertEquals(table.decimals(), comma < 0 ? 0 : printed.length() - comma - 1, printed);
                            assertEquals(0, view.value().get().compareTo(new BigDecimal(printed.replace(".", "")
                                    .replace(',', '.'))), printed + " is the figure, unrounded");
                            figures++;
                        }
                        c += view.colspan();
                    }
                }
            }
            assertTrue(figures > 50, "figures: " + figures);
        }
    }

    private static TableView table(ResolvedPlan plan, String id) {
        return plan.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static int index(List<SheetLayout> places, String id) {
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i).tableId().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no table " + id);
    }
}
