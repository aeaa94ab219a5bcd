package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.render.data.TidyBudgetCsv;
import plandoc.resolved.BudgetData;
import plandoc.resolved.ResolvedPlan;

/**
 * s28 review M4: the laid-out sheets cannot be filtered or sorted (merged group titles, SUMs over positions), so the
 * workbook has a flat "Dữ liệu" sheet: a frozen, filtered heading row, then the rows of the budgets' tidy CSVs, one per
 * amount, no merged cell, the amounts numbers. Read back with POI and compared with the tidy CSVs row by row.
 */
class DataSheetTest {

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
            assertEquals(1, data.getPaneInformation().getHorizontalSplitPosition(), "the heading row frozen");
            List<String> heads = new ArrayList<>();
            data.getRow(0).forEach(c -> heads.add(c.getStringCellValue()));
            assertEquals(List.of("Bảng (trang tính)", "Mã bảng", "Mã nhóm", "Nhóm", "Loại dòng", "Mã khoản mục",
                    "Khoản mục", "Mã cơ quan chủ trì", "Cách phân", "Mã thành phần", "Thành phần", "Số tiền", "Đơn vị tính",
                    "Thuộc tổng của bảng", "Số tính từ bảng khác", "Tổng của khoản mục ghi trong văn bản",
                    "Thuộc tổng kinh phí của văn bản"), heads);
            assertTrue(data.getRow(0).getHeightInPoints() >= 45, "the wrapped headings' row as tall as 3 lines");
            // Every heading says what its column holds, in the open data package's words.
            data.getRow(0).forEach(c -> assertTrue(c.getCellComment() != null, c.getAddress().formatAsString()));
            // The tidy CSVs' rows, in the sheets' order: the CSV's columns but the plan's folder, the table's sheet first.
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
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> fields = new ArrayList<>();
                for (int c = 0; c < heads.size(); c++) {
                    Cell cell = row.getCell(c);
                    fields.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> new BigDecimal(Double.toString(cell.getNumericCellValue())).setScale(
                                Math.max(0, new BigDecimal(expected.get(rows.size()).get(c)).scale()),
                                java.math.RoundingMode.UNNECESSARY).toPlainString();
                        case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                        default -> cell.getStringCellValue();
                    });
                }
                assertEquals(CellType.NUMERIC, row.getCell(11).getCellType(), "the amount a number: row " + row.getRowNum());
                rows.add(fields);
            }
            assertTrue(expected.size() > 100, "rows " + expected.size());
            assertEquals(expected, rows);
            String filter = data.getCTWorksheet().getAutoFilter().getRef();
            assertEquals("A1:Q" + (rows.size() + 1), filter);
        }
    }
}
