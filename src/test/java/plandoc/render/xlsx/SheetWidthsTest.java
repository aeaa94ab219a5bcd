package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.CellRole;
import plandoc.resolved.ColumnView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * 424's workbook read back with POI: each sheet column takes the share of the landscape text width that the
 * PDF gives it (compute's percentages; a table printed in column parts, its column's share in its part), so the prose column of Phụ lục 01 is wider than its short-text ones
 * and every money column holds its widest figure.
 */
class SheetWidthsTest {

    /** Excel's width unit in mm (the default font's digit: Times New Roman 12, 8 px at 96 dpi). */
    private static final double CHAR_MM = 8 * 25.4 / 96;

    @Test
    void theProseColumnOfPhuLuc01IsWiderThanAShortTextColumn() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet sheet = book.getSheet("Phụ lục 01");
            TableView table = table(plan, 0);
            int prose = column(table, "Dự kiến kết quả");
            int year = column(table, "Năm thực hiện");
            assertTrue(sheet.getColumnWidth(prose) > 1.5 * sheet.getColumnWidth(year),
                    sheet.getColumnWidth(prose) + " vs " + sheet.getColumnWidth(year));
        }
    }

    @Test
    void widthsAreTheResolvedPercentagesOfTheLandscapeTextWidth() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            assertTrue(places.stream().anyMatch(p -> !plan.table(p.tableId()).orElseThrow().print().parts().isEmpty()),
                    "424 has tables the PDF prints in column parts (Phụ lục 03–05)");
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                for (int c = 0; c < table.columns().size(); c++) {
                    // Or the widest figure with its room, where the PDF's share is narrower (everyMoneyColumn… below).
                    double expected = Math.max(Math.max(table.columns().get(c).role() == CellRole.NUMBER ? 7.4 : 14.8,
                            percent(table, c) / 100 * 252), widestFigure(table, c) + ROOM_MM) / CHAR_MM;
                    assertEquals(expected, sheet.getColumnWidth(c) / 256.0, 0.01,
                            sheet.getSheetName() + " column " + c);
                }
            }
        }
    }

    /** Phụ lục 06's "ODA, kinh phí huy động hợp pháp khác" wraps in its column: its header row grows to hold it. */
    @Test
    void aHeaderRowIsAsTallAsItsWrappedLabel() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet sheet = book.getSheet("Phụ lục 06");
            Cell found = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("ODA")) {
                        found = cell;
                    }
                }
            }
            assertTrue(found != null, "Phụ lục 06 has the ODA header");
            int last = found.getRowIndex();
            for (var region : sheet.getMergedRegions()) {
                if (region.isInRange(found)) {
                    last = region.getLastRow();
                }
            }
            double height = 0;
            for (int r = found.getRowIndex(); r <= last; r++) {
                height += sheet.getRow(r).getHeightInPoints();
            }
            // Eight characters wide: "ODA, kinh phí huy động hợp pháp khác" takes four lines or more.
            assertTrue(height >= 4 * 15, "header rows " + height + " pt");
        }
    }

    /**
     * A figure is printed with room the width of ")" after it (the format's {@code _)}: s23 tryout L4, LibreOffice
     * printed figures against the rule), and Excel keeps 5 pixels of a column for its margins: a column narrower than
     * the figure and those 10 pixels shows "###". The PDF's share of 424's Phụ lục 01 gave "181.253" 15.95 mm, 0.5 mm
     * short. Each figure is measured as the viewer shows it.
     */
    @Test
    void everyMoneyColumnHoldsItsWidestFigure() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            int checked = 0;
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = BudgetWorkbookTest.firstBody(sheet, table);
                for (int c = 0; c < table.columns().size(); c++) {
                    if (table.columns().get(c).role() != CellRole.MONEY) {
                        continue;
                    }
                    double widest = 0;
                    for (int r = firstBody; r < firstBody + table.rows().size(); r++) {
                        Row row = sheet.getRow(r);
                        Cell cell = row == null ? null : row.getCell(c);
                        if (cell != null && (cell.getCellType() == CellType.NUMERIC
                                || cell.getCellType() == CellType.FORMULA)) {
                            // The cached figure as its number format shows it (a formula's text is not what prints).
                            String shown = formatter.formatRawCellContents(cell.getNumericCellValue(),
                                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
                            // Every section of the format, but an empty one (a total over nothing prints blank), ends with the room.
                            String format = cell.getCellStyle().getDataFormatString();
                            assertTrue(java.util.Arrays.stream(format.split(";")).allMatch(f -> f.isEmpty() || f.endsWith("_)")),
                                    sheet.getSheetName() + " " + cell.getAddress() + ": room after the figure in " + format);
                            widest = Math.max(widest, mm(shown));
                            checked++;
                        }
                    }
                    double columnMm = sheet.getColumnWidth(c) / 256.0 * CHAR_MM;
                    assertTrue(columnMm >= widest + ROOM_MM, sheet.getSheetName() + " column " + c + ": "
                            + columnMm + " mm < " + widest + " mm and its room");
                }
            }
            assertTrue(checked > 50, "424's appendices have figures: " + checked);
        }
    }

    /** A figure's room: ")" (5 pixels of Times New Roman 12 at 96 dpi) and Excel's margins (5 pixels). */
    private static final double ROOM_MM = 10 * 25.4 / 96;

    /** The widest figure of column {@code c} standing in that column alone, bold in a total, as {@link #mm} measures it. */
    private static double widestFigure(TableView table, int c) {
        double widest = 0;
        for (plandoc.resolved.RowView row : table.rows()) {
            int x = 0;
            for (plandoc.resolved.CellView cell : row.cells()) {
                if (x == c && cell.colspan() == 1 && cell.value().isPresent()) {
                    widest = Math.max(widest, mm(cell.plain()));
                }
                x += cell.colspan();
            }
        }
        return widest;
    }

    /** The column's percentage of the PDF's landscape page: in the first column part that prints it, if split. */
    private static double percent(TableView table, int c) {
        String key = table.columns().get(c).key();
        for (TableView part : table.print().parts()) {
            for (int p = 0; p < part.columns().size(); p++) {
                if (part.columns().get(p).key().equals(key)) {
                    return Double.parseDouble(part.widths().get(p).replace("%", ""));
                }
            }
        }
        // The sheet's own widths where the paper's header floor changed the printed ones (TablePrint#sheetWidths).
        List<String> widths = table.print().sheetWidths().isEmpty() ? table.widths() : table.print().sheetWidths();
        return Double.parseDouble(widths.get(c).replace("%", ""));
    }

    /** A figure's width in Times New Roman 12 pt: digits half an em, separators a quarter. */
    private static double mm(String figure) {
        double em = 0;
        for (char ch : figure.toCharArray()) {
            em += Character.isDigit(ch) ? 0.5 : 0.25;
        }
        return em * 12 * 25.4 / 72;
    }

    private static TableView table(ResolvedPlan plan, int index) {
        return plan.table(plan.workbook().sheets().get(index).tableId()).orElseThrow();
    }

    private static int column(TableView table, String label) {
        for (int c = 0; c < table.columns().size(); c++) {
            ColumnView column = table.columns().get(c);
            if (column.label().startsWith(label)) {
                return c;
            }
        }
        throw new AssertionError(label + " not in " + table.columns());
    }
}
