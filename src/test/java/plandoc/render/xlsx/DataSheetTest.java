package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.render.data.TidyBudgetCsv;
import plandoc.resolved.BudgetData;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;

/**
 * s28 review M4: the laid-out sheets cannot be filtered or sorted (merged group titles, SUMs over positions), so the
 * workbook has a flat "Dữ liệu" sheet: a note line with a SUBTOTAL, a frozen, filtered heading row, then the rows of the
 * budgets' tidy CSVs, one per amount, in a finance officer's words, no merged cell, the amounts numbers. Read back with
 * POI and compared with the tidy CSVs row by row; the rows the preset filter shows add up to the plan's total
 * (s28 tryout F6, re-read M4: all of 424's rows added up to 4.2 times it).
 */
class DataSheetTest {
    private static final List<String> HEADS = List.of("Bảng (trang tính)", "TT", "Nhóm", "Khoản mục", "Loại dòng",
            "Cơ quan chủ trì", "Cách phân", "Thành phần", "Số tiền", "Đơn vị tính", "Thuộc tổng kinh phí của văn bản",
            "Thuộc tổng của bảng", "Số tính từ bảng khác", "Tổng của khoản mục ghi trong văn bản", "Mã bảng", "Mã nhóm",
            "Mã khoản mục", "Mã cơ quan chủ trì", "Mã thành phần");
    /** The tidy CSV's column each sheet column holds, the plan's folder (0) left out; -1: the sheet's own (TT, names). */
    private static final int[] CSV_COLUMN = {0, -1, 3, 6, 4, -1, 8, 10, 11, 12, 16, 13, 14, 15, 1, 2, 5, 7, 9};
    private static final Map<String, String> WORDS = Map.of("Có", "true", "Không", "false", "Khoản mục", "item",
            "Kinh phí chưa phân bổ", "unallocated", "Ô của bảng", "cell");
    private static final int AMOUNT = HEADS.indexOf("Số tiền");
    private static final int IN_PLAN_TOTAL = HEADS.indexOf("Thuộc tổng kinh phí của văn bản");

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void theDataSheetHoldsTheTidyCsvsRowsUnderAFilteredFrozenHeading(String folder) throws Exception {
        ResolvedPlan plan = BudgetWorkbookTest.plan(folder);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet data = book.getSheet("Dữ liệu");
            assertTrue(data != null, "a sheet \"Dữ liệu\"");
            // Before the check sheets, the last ("Kiểm tra", then 424's split rows' own, s29).
            assertEquals(book.getSheetIndex(BudgetWorkbook.CHECK_SHEET) - 1, book.getSheetIndex(data),
                    "before the check sheet");
            assertEquals(0, data.getNumMergedRegions());
            assertEquals(2, data.getPaneInformation().getHorizontalSplitPosition(), "the note and headings frozen");
            List<String> heads = new ArrayList<>();
            data.getRow(1).forEach(c -> heads.add(c.getStringCellValue()));
            assertEquals(HEADS, heads);
            assertTrue(data.getRow(1).getHeightInPoints() >= 45, "the wrapped headings' row as tall as 3 lines");
            // Every heading says what its column holds, in the open data package's words.
            data.getRow(1).forEach(c -> assertTrue(c.getCellComment() != null, c.getAddress().formatAsString()));
            // Left out of printing: a print area of one empty cell beyond the headings' comment boxes.
            assertEquals("'Dữ liệu'!$X$1:$X$1", book.getPrintArea(book.getSheetIndex(data)));
            // Numbered as every sheet, from 1 (CheckSheetWordsTest), were it ever printed.
            assertEquals("Dữ liệu – Trang &P", data.getFooter().getCenter());
            assertEquals(List.of(true, (short) 1), List.of(data.getPrintSetup().getUsePage(), data.getPrintSetup().getPageStart()));
            // The tidy CSVs' rows, in the sheets' order, the table's sheet first.
            List<List<String>> expected = new ArrayList<>();
            for (var layout : plan.workbook().sheets()) {
                BudgetData budget = plan.budgets().stream().filter(b -> b.id().equals(layout.tableId())).findFirst()
                        .orElseThrow();
                String csv = new String(new TidyBudgetCsv().write("p", budget), StandardCharsets.UTF_8);
                csv.lines().skip(1).forEach(line -> {
                    List<String> fields = new ArrayList<>(List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
                    fields.replaceAll(f -> f.startsWith("\"") ? f.substring(1, f.length() - 1).replace("\"\"", "\"") : f);
                    fields.set(0, layout.name());
                    expected.add(fields);
                });
            }
            List<List<String>> rows = new ArrayList<>();
            for (Row row : data) {
                if (row.getRowNum() < 2) {
                    continue;
                }
                List<String> csv = expected.get(rows.size());
                List<String> fields = new ArrayList<>(csv);
                for (int c = 0; c < HEADS.size(); c++) {
                    if (CSV_COLUMN[c] < 0) {
                        continue;
                    }
                    Cell cell = row.getCell(c);
                    // An amount printed alone in a table's cell refers to it (s30), its value cached: a number still.
                    boolean number = cell != null && (cell.getCellType() == CellType.NUMERIC
                            || cell.getCellType() == CellType.FORMULA
                            && cell.getCachedFormulaResultType() == CellType.NUMERIC);
                    String value = cell == null ? "" : number
                            ? new BigDecimal(Double.toString(cell.getNumericCellValue())).setScale(
                            Math.max(0, new BigDecimal(csv.get(CSV_COLUMN[c])).scale()),
                            java.math.RoundingMode.UNNECESSARY).toPlainString()
                            : cell.getStringCellValue();
                    // "Theo nguồn vốn": the axis in words, the CSV its id.
                    fields.set(CSV_COLUMN[c], value.startsWith("Theo ") ? csv.get(CSV_COLUMN[c])
                            : WORDS.getOrDefault(value, value));
                }
                Cell amount = row.getCell(AMOUNT);
                assertEquals(CellType.NUMERIC, amount.getCellType() == CellType.FORMULA
                        ? amount.getCachedFormulaResultType() : amount.getCellType(), "the amount a number: row " + row.getRowNum());
                rows.add(fields);
            }
            assertTrue(expected.size() > 100, "rows " + expected.size());
            assertEquals(expected, rows);
            String filter = data.getCTWorksheet().getAutoFilter().getRef();
            assertEquals("A2:S" + (rows.size() + 2), filter);
        }
    }

    /**
     * The sheet's obvious sum is the plan's total: the filter comes set to the rows the plan's total adds ("Có"), the
     * others hidden as a filter hides them, and the line above the headings adds the rows shown with SUBTOTAL. 424's
     * 614 rows add up to 6,037,432 triệu đồng (its summary repeats its sources, a row given by source and by year is
     * listed once per breakdown); the rows shown to 1,438,798, the plan's total.
     */
    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void theRowsTheFilterShowsAddUpToThePlansTotal(String folder) throws Exception {
        ResolvedPlan plan = BudgetWorkbookTest.plan(folder);
        BigDecimal planTotal = plan.budgets().stream().filter(BudgetData::inPlanTotal).flatMap(b -> b.total().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet data = book.getSheet("Dữ liệu");
            BigDecimal shown = BigDecimal.ZERO;
            BigDecimal all = BigDecimal.ZERO;
            int last = 0;
            for (Row row : data) {
                if (row.getRowNum() < 2) {
                    continue;
                }
                BigDecimal amount = BigDecimal.valueOf(row.getCell(AMOUNT).getNumericCellValue());
                boolean inPlan = row.getCell(IN_PLAN_TOTAL).getStringCellValue().equals("Có");
                assertEquals(!inPlan, row.getZeroHeight(), "hidden as the filter hides it: row " + (row.getRowNum() + 1));
                all = all.add(amount);
                shown = inPlan ? shown.add(amount) : shown;
                last = row.getRowNum();
            }
            assertEquals(0, planTotal.compareTo(shown), "the rows shown: " + shown + ", the plan's total " + planTotal);
            if (folder.endsWith("424-2022")) {
                assertEquals(0, new BigDecimal("1438798").compareTo(shown));
                assertTrue(all.compareTo(shown.multiply(BigDecimal.valueOf(4))) > 0, "all rows: " + all);
            }
            // The filter's criteria as the file holds them (poi-ooxml-lite has no types for them).
            String criteria = data.getCTWorksheet().getAutoFilter().xmlText()
                    .replaceAll(" xmlns:\\w+=\"[^\"]*\"", "").replaceAll("<(/?)\\w+:", "<$1");
            assertTrue(criteria.contains("<filterColumn colId=\"" + IN_PLAN_TOTAL + "\"><filters><filter val=\"Có\"/>"
                    + "</filters></filterColumn>"), criteria);
            assertEquals(1, criteria.split("<filterColumn").length - 1, criteria);
            Cell subtotal = data.getRow(0).getCell(AMOUNT);
            String column = org.apache.poi.ss.util.CellReference.convertNumToColString(AMOUNT);
            assertEquals("SUBTOTAL(9," + column + "3:" + column + (last + 1) + ")", subtotal.getCellFormula());
            assertEquals(0, planTotal.compareTo(BigDecimal.valueOf(subtotal.getNumericCellValue())),
                    "its value before any recalculation");
            assertTrue(data.getRow(0).getCell(0).getStringCellValue().contains("tổng kinh phí của văn bản"));
            assertEquals(plan.budgets().get(0).unit(), data.getRow(0).getCell(AMOUNT + 1).getStringCellValue());
        }
    }

    /**
     * The sheet in a finance officer's words: each item's TT as its table prints it, the lead agencies as the table
     * prints them, the kind of row and its breakdown in Vietnamese; the codes keep their own columns, at the end.
     */
    @Test
    void itemsAreNamedByTheirTtAndLeadAsTheTablePrintsThemAndInVietnamese() throws Exception {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-4086-2012");
        Map<String, List<String>> printed = new HashMap<>();
        var table = plan.tables().get(0);
        int lead = 0;
        while (!table.columns().get(lead).key().equals("lead")) {
            lead++;
        }
        for (RowView row : table.rows()) {
            if (row.kind() == RowKind.ITEM && row.cells().size() == table.columns().size()) {
                printed.put(row.sourceId().orElseThrow(), List.of(row.cells().get(0).plain(),
                        row.cells().get(lead).plain()));
            }
        }
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet data = book.getSheet("Dữ liệu");
            int checked = 0;
            for (Row row : data) {
                if (row.getRowNum() < 2) {
                    continue;
                }
                String item = row.getCell(HEADS.indexOf("Mã khoản mục")).getStringCellValue();
                List<String> expected = printed.get(item);
                if (expected != null) {
                    assertEquals(expected, List.of(row.getCell(1).getStringCellValue(),
                            row.getCell(HEADS.indexOf("Cơ quan chủ trì")).getStringCellValue()), item);
                    checked++;
                }
                assertEquals(item.isEmpty() ? "Kinh phí chưa phân bổ" : "Khoản mục",
                        row.getCell(HEADS.indexOf("Loại dòng")).getStringCellValue());
                assertEquals("Ô của bảng", row.getCell(HEADS.indexOf("Cách phân")).getStringCellValue());
            }
            assertTrue(checked > 100, "rows checked " + checked);
            assertEquals("36", rowOf(data, "thu-hut-von-ha-tang").getCell(1).getStringCellValue(), "dự án số 36");
        }
    }

    private static Row rowOf(XSSFSheet data, String item) {
        for (Row row : data) {
            Cell id = row.getCell(HEADS.indexOf("Mã khoản mục"));
            if (id != null && id.getStringCellValue().equals(item)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + item);
    }
}
