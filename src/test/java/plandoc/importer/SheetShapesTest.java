package plandoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;

/** The shapes hand-made sheets take: text figures, blank vs zero, merges, formulas, hidden rows, stray rows. */
class SheetShapesTest {

    @TempDir
    Path dir;

    @Test
    void figuresTypedAsText() {
        assertEquals(Optional.of(new BigDecimal("1447")), NumberText.parse("1.447"));
        assertEquals(Optional.of(new BigDecimal("1447")), NumberText.parse("1,447"));
        assertEquals(Optional.of(new BigDecimal("1447")), NumberText.parse("1 447 đ"));
        assertEquals(Optional.of(new BigDecimal("1447.5")), NumberText.parse("1.447,5"));
        assertEquals(Optional.of(new BigDecimal("1447.5")), NumberText.parse("1,447.5"));
        assertEquals(Optional.of(new BigDecimal("2.5")), NumberText.parse("2,5"));
        assertEquals(Optional.of(new BigDecimal("1234567")), NumberText.parse("1.234.567 đồng"));
        assertEquals(Optional.empty(), NumberText.parse("2012-2015"));
        assertEquals(Optional.empty(), NumberText.parse("Kinh phí doanh nghiệp"));
        assertEquals(Optional.empty(), NumberText.parse("1.2.3"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHandMadeSheet() throws IOException {
        Path file = dir.resolve("PL03.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet s = book.createSheet("Sheet1");
            row(s, 0, "PHỤ LỤC 03");
            row(s, 1, "Đơn vị tính: Triệu đồng");
            row(s, 2, "STT", "Nội dung", "Đơn vị chủ trì", "Kinh phí", null, null, "Tổng cộng");
            row(s, 3, null, null, null, "Năm 2024", "Năm 2025", "Ghi chú", null);
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            s.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
            s.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
            s.addMergedRegion(new CellRangeAddress(2, 3, 6, 6));
            row(s, 4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)");
            row(s, 5, "I", "Nhóm một", null, null, null, null, null);
            s.getRow(5).createCell(3).setCellFormula("SUM(D7:D8)");
            row(s, 6, "1", "Việc thứ nhất", "Sở A", 100.0, "1.447", "xem lại", null);
            s.getRow(6).createCell(6).setCellFormula("SUM(D7:E7)");
            row(s, 7, "2", "Việc thứ hai", "Như trên", 0.0, null, null, 0.0);
            row(s, 8, null, "ghi chú lạc", null, null, null, null, null);
            row(s, 9, "3", "Việc ẩn", "Sở B", 5.0, null, null, 5.0);
            s.getRow(9).setZeroHeight(true);
            row(s, 10, "4", "Việc không có tiền", "Sở C", "Kinh phí doanh nghiệp", null, null, null);
            s.addMergedRegion(new CellRangeAddress(10, 10, 3, 4));
            row(s, 11, "Tổng cộng", null, null, 2000.0, 1447.0, null, 3452.0);
            s.addMergedRegion(new CellRangeAddress(11, 11, 0, 2));
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        TableImporter.Result result;
        try {
            result = new BudgetImport().read(file, Optional.empty(), Optional.of("pl03"));
        } catch (BudgetImport.UnknownSheet | BudgetImport.CheckSheet e) {
            throw new AssertionError(e);
        }
        Messages vi = new Messages(Messages.VIETNAMESE);
        List<String> notes = result.notes().stream().map(n -> n.position() + ": " + vi.format(n.message())).toList();
        assertTrue(notes.contains("PL03.xlsx!Sheet1!5: dòng đánh số cột (1), (2) … dưới tiêu đề, không nhập"), notes.toString());
        assertTrue(notes.contains("PL03.xlsx!Sheet1!E7: số ghi dạng chữ \"1.447\" được đọc là 1447; kiểm tra lại"), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("PL03.xlsx!Sheet1!9: dòng không phải nhóm")), notes.toString());
        assertTrue(notes.contains("PL03.xlsx!Sheet1!10: dòng bị ẩn; vẫn được nhập"), notes.toString());
        assertTrue(notes.contains("PL03.xlsx!Sheet1!F7: ô thuộc cột \"Ghi chú\", cột plandoc không có chỗ ghi, nên không nhập: "
                + "\"xem lại\"; chép vào YAML nếu cần (ví dụ vào outcome)"), notes.toString());

        Map<String, Object> budget = result.budget();
        assertEquals("triệu đồng", budget.get("unit"));
        List<Object> groups = (List<Object>) budget.get("groups");
        Map<String, Object> group = (Map<String, Object>) groups.get(0);
        assertEquals(Map.of("amounts", Map.of("2024", new BigDecimal("100"))), group.get("declared"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) group.get("items");
        assertEquals(4, items.size());
        assertEquals(Map.of("2024", new BigDecimal("100"), "2025", new BigDecimal("1447")), items.get(0).get("amounts"));
        // The sheet's own SUM skips the figure typed as text, as Excel does: check will show 100 against 1.547.
        assertEquals(Map.of("total", new BigDecimal("100")), items.get(0).get("declared"));
        // A typed 0 stays 0; a blank cell is no amount.
        assertEquals(Map.of("2024", new BigDecimal("0")), items.get(1).get("amounts"));
        assertEquals("Sở A", items.get(1).get("lead"));
        assertEquals("Kinh phí doanh nghiệp", items.get(3).get("no_amount"));
        assertEquals(new BigDecimal("3452"), ((Map<String, Object>) budget.get("declared")).get("total"));
        assertTrue(new BudgetImport().yaml(budget).contains("\n    axes:\n"));
    }

    private static void row(XSSFSheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String text) {
                row.createCell(c).setCellValue(text);
            } else if (values[c] instanceof Double number) {
                row.createCell(c).setCellValue(number);
            }
        }
    }

}
