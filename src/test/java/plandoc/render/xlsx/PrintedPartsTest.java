package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.ColumnView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowKind;
import plandoc.resolved.TableView;

/**
 * 424's workbook read back with POI: the sheets of the tables the PDF prints in column parts (Phụ lục 03–05)
 * print in the same parts at a readable size, STT and the title repeated on every page; the column width unit is
 * Times New Roman 12's digit, so widths are known in mm; a row of long prose is as tall as its lines.
 */
class PrintedPartsTest {

    /** Excel's width unit in mm: Times New Roman 12's digit, 8 px at 96 dpi. */
    private static final double CHAR_MM = 8 * 25.4 / 96;

    @Test
    void aTableInColumnPartsPrintsInThePdfsPartsWithItsRowTitlesRepeated() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            List<SheetLayout> places = plan.workbook().sheets();
            int split = 0;
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                PrintSetup print = sheet.getPrintSetup();
                assertTrue(print.getLandscape(), sheet.getSheetName());
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
                List<TableView> parts = table.print().parts();
                if (parts.isEmpty()) {
                    // Printed whole in the PDF: one page wide at the largest whole scale, no column break; a scale,
                    // not "fit to page", under which Excel ignores the manual row breaks (RowBreaksTest).
                    assertFalse(sheet.getFitToPage(), sheet.getSheetName());
                    double whole = mm(sheet, 0, table.columns().size());
                    assertTrue(whole * print.getScale() / 100 <= 252.5, sheet.getSheetName() + ": " + whole + " mm");
                    // The largest scale, or up to 5 points less where that saves a page (RowBreaksTest).
                    assertTrue(print.getScale() >= 95 || whole * (print.getScale() + 6) / 100 > 252,
                            sheet.getSheetName() + " prints at " + print.getScale() + " %, not larger");
                    assertEquals(0, sheet.getColumnBreaks().length, sheet.getSheetName());
                    continue;
                }
                split++;
                String name = sheet.getSheetName();
                int titles = sharedColumns(parts);
                assertEquals(2, titles, name + ": STT and the title open every part");
                // Not shrunk to one page wide: Excel ignores manual breaks under "fit to page".
                assertFalse(sheet.getFitToPage(), name);
                List<Integer> starts = new ArrayList<>();
                for (TableView part : parts) {
                    starts.add(index(table, part.columns().get(titles).key()));
                }
                int[] breaks = starts.subList(1, starts.size()).stream().mapToInt(s -> s - 1).toArray();
                assertArrayEquals(breaks, sheet.getColumnBreaks(), name + ": a break where each later part begins");
                CellRangeAddress columns = sheet.getRepeatingColumns();
                assertNotNull(columns, name + " repeats its row-title columns");
                assertEquals(0, columns.getFirstColumn());
                assertEquals(titles - 1, columns.getLastColumn());
                int firstBody = BudgetWorkbookTest.firstBody(sheet, table);
                assertEquals(firstBody - table.header().size(), sheet.getRepeatingRows().getFirstRow(), name);
                assertEquals(firstBody - 1, sheet.getRepeatingRows().getLastRow(), name);
                assertEquals(titles, sheet.getPaneInformation().getVerticalSplitPosition(), name + ": titles frozen");
                // Every printed page, the repeated titles and a part's own columns, fits the 252 mm of a landscape
                // page at the sheet's scale, and that scale keeps the 12 pt type at 10 pt or more.
                double scale = print.getScale() / 100.0;
                assertTrue(scale * 12 >= 10, name + " prints at " + print.getScale() + " %");
                for (int p = 0; p < starts.size(); p++) {
                    int end = p + 1 < starts.size() ? starts.get(p + 1) : table.columns().size();
                    double mm = mm(sheet, 0, titles) + mm(sheet, starts.get(p), end);
                    assertTrue(mm * scale <= 252.5, name + " part " + (p + 1) + ": " + mm + " mm at " + scale);
                }
            }
            assertEquals(3, split, "Phụ lục 03–05 are printed in column parts");
        }
    }

    /**
     * The title is centred on the first printed page, as the PDF centres it: merged over the first part's columns
     * from STT on (over its own columns only, after STT and the title, it sat right of the page's centre). The
     * later parts print from the unit line down, in print areas of their own, so no piece of the title heads
     * them from the repeated columns; the unit line stands over each part's own columns, those cells left empty.
     * A part's print area ends above a closing total that has no figure in its columns.
     */
    @Test
    void theTitleOfATableInPartsIsCentredOnItsFirstPageAndLeftOffTheLaterParts() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            int split = 0;
            int trimmed = 0;
            List<SheetLayout> places = plan.workbook().sheets();
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                List<TableView> parts = table.print().parts();
                if (parts.isEmpty()) {
                    continue;
                }
                split++;
                XSSFSheet sheet = book.getSheetAt(t);
                String name = sheet.getSheetName();
                int titles = sharedColumns(parts);
                List<Integer> starts = new ArrayList<>();
                for (TableView part : parts) {
                    starts.add(index(table, part.columns().get(titles).key()));
                }
                starts.set(0, 0);
                int firstBody = BudgetWorkbookTest.firstBody(sheet, table);
                int unitRow = firstBody - table.header().size() - 1;
                int lastBody = firstBody + table.rows().size() - 1;
                for (int r = 0; r < unitRow; r++) {
                    CellRangeAddress merged = mergedAt(sheet, r, 0);
                    assertNotNull(merged, name + " row " + r + " is merged from STT on");
                    assertEquals(starts.get(1) - 1, merged.getLastColumn(), name + " row " + r + ": the first part's columns");
                }
                for (int c = 0; c < titles; c++) {
                    Cell cell = sheet.getRow(unitRow).getCell(c);
                    assertTrue(cell == null || cell.getCellType() == CellType.BLANK, name + " unit line, column " + c);
                }
                List<String> areas = new ArrayList<>();
                for (int p = 0; p < starts.size(); p++) {
                    int last = p + 1 < starts.size() ? starts.get(p + 1) - 1 : table.columns().size() - 1;
                    // A part ends above the closing totals none of whose figures stand in its own columns, as its
                    // PDF part does (tryout s18, finding 8: the text half ended with "Tổng" over empty cells); the
                    // first part prints the notes, if any, under the table.
                    int bottom = lastBody;
                    while (bottom >= firstBody && isTotal(table, bottom - firstBody)
                            && !figures(sheet, bottom, p == 0 ? titles : starts.get(p), last)) {
                        bottom--;
                    }
                    if (bottom < lastBody) {
                        trimmed++;
                    }
                    areas.add(new CellRangeAddress(p == 0 ? 0 : unitRow,
                            p == 0 && !table.notes().isEmpty() ? sheet.getLastRowNum() : bottom,
                            starts.get(p), last).formatAsString(name, true));
                    if (p > 0) {
                        CellRangeAddress unit = mergedAt(sheet, unitRow, starts.get(p));
                        assertNotNull(unit, name + ": the unit line over part " + (p + 1));
                        assertEquals(last, unit.getLastColumn());
                        assertEquals(table.unitLine(), sheet.getRow(unitRow).getCell(starts.get(p)).getStringCellValue());
                    }
                }
                assertEquals(String.join(",", areas), book.getPrintArea(t), name + ": a print area per part");
            }
            assertEquals(3, split, "Phụ lục 03–05 are printed in column parts");
            assertEquals(3, trimmed, "the text parts of Phụ lục 03–05 end above their \"Tổng\"");
        }
    }

    private static boolean isTotal(TableView table, int row) {
        RowKind kind = table.rows().get(row).kind();
        return kind == RowKind.GRAND || kind == RowKind.AXIS_TOTAL;
    }

    /** Whether a sheet row holds a figure (a number or a formula) in columns {@code first} to {@code last}. */
    private static boolean figures(XSSFSheet sheet, int row, int first, int last) {
        for (int c = first; c <= last; c++) {
            Cell cell = sheet.getRow(row).getCell(c);
            if (cell != null && (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA)) {
                return true;
            }
        }
        return false;
    }

    private static CellRangeAddress mergedAt(XSSFSheet sheet, int row, int column) {
        return sheet.getMergedRegions().stream()
                .filter(m -> m.getFirstRow() == row && m.getFirstColumn() == column).findFirst().orElse(null);
    }

    /** The "Normal" font sets Excel's width unit: Times New Roman 12, not the theme's Calibri a viewer may lack. */
    @Test
    void theWidthUnitIsTimesNewRoman12() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-4086-2012");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFFont normal = book.getFontAt(0);
            assertEquals("Times New Roman", normal.getFontName());
            assertEquals(12, normal.getFontHeightInPoints());
            assertEquals(FontScheme.NONE, normal.getScheme());
        }
    }

    /**
     * Phụ lục 01's project 5: its "Dự kiến kết quả" takes 11 lines in LibreOffice (Liberation Serif, 13.3 pt a
     * line) and may take 12 in Excel; its row holds that, no more than a line to spare (it was 13 lines, 197 pt).
     */
    @Test
    void aRowOfLongProseIsAsTallAsItsLines() throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan("content/ha-tinh-424-2022");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet sheet = book.getSheet("Phụ lục 01");
            Row found = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().startsWith("Nâng cao năng lực phân tích phục vụ phân định")) {
                        found = row;
                    }
                }
            }
            assertNotNull(found, "project 5 of Phụ lục 01");
            float height = found.getHeightInPoints();
            assertTrue(height >= 11 * 13.3 && height <= 12 * 14.25 + 3, height + " pt");
        }
    }

    /**
     * "Số ghi trong văn bản" wraps in its 16 digits: the check sheet's header row holds its two lines (seed 001: 424
     * declares no figure, and its check sheet has no header row).
     */
    @Test
    void theCheckSheetsHeaderRowHoldsItsWrappedLabels() throws IOException {
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(BudgetWorkbookTest.seedOne())) {
            Row head = book.getSheet(BudgetWorkbook.CHECK_SHEET).getRow(1);
            assertEquals("Số ghi trong văn bản", head.getCell(4).getStringCellValue());
            assertTrue(head.getHeightInPoints() >= 2 * 13.3, head.getHeightInPoints() + " pt");
        }
    }

    /** The leading columns every part opens with (STT and the title). */
    private static int sharedColumns(List<TableView> parts) {
        int n = 0;
        while (true) {
            int at = n;
            String key = parts.get(0).columns().size() > at ? parts.get(0).columns().get(at).key() : null;
            if (key == null || !parts.stream().allMatch(p -> p.columns().size() > at && p.columns().get(at).key().equals(key))) {
                return n;
            }
            n++;
        }
    }

    private static int index(TableView table, String key) {
        List<ColumnView> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(key)) {
                return c;
            }
        }
        throw new AssertionError(key);
    }

    /** The printed width of sheet columns {@code from} (inclusive) to {@code to} (exclusive). */
    private static double mm(XSSFSheet sheet, int from, int to) {
        double mm = 0;
        for (int c = from; c < to; c++) {
            mm += sheet.getColumnWidth(c) / 256.0 * CHAR_MM;
        }
        return mm;
    }
}
