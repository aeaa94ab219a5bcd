package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.resolved.CheckRow;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SheetLayout;

/**
 * The workbook's rows are as tall as compute measured them (resolved.SheetLayout, CheckSheetView): every row of a
 * table's sheet states the height its layout gives (in the twentieths of a point the sheet stores), a row of wrapped
 * text more than one line's, and the check sheet's wrapped rows theirs; each table's sheet prints at the scale and with
 * the row breaks its layout gives. Read back with POI.
 */
class SheetHeightsTest {
    private static final float ONE_LINE_PT = 15.75f;
    /** A height is written in twentieths of a point. */
    private static final double TWIP = 0.05;

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void everyRowOfATableSheetIsAsTallAsItsLayoutSays(String folder) throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(folder);
        List<SheetLayout> sheets = plan.workbook().sheets();
        assertTrue(!sheets.isEmpty(), folder);
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            int wrapped = 0;
            for (int t = 0; t < sheets.size(); t++) {
                SheetLayout layout = sheets.get(t);
                XSSFSheet sheet = book.getSheetAt(t);
                assertEquals(layout.name(), sheet.getSheetName());
                assertEquals(layout.rowsTwips().size(), sheet.getLastRowNum() + 1, layout.name());
                for (int r = 0; r < layout.rowsTwips().size(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    assertTrue(row.getCTRow().getCustomHeight(), layout.name() + " row " + (r + 1));
                    assertEquals(layout.rowsTwips().get(r), (int) row.getHeight(), layout.name() + " row " + (r + 1));
                }
                // The pages compute laid out on those heights, as the sheet prints them.
                assertEquals(layout.pages().scale(), sheet.getPrintSetup().getScale(), layout.name());
                assertEquals(layout.pages().breaks(), Arrays.stream(sheet.getRowBreaks()).sorted().boxed().toList(),
                        layout.name());
                for (int c = 0; c < layout.columns().size(); c++) {
                    assertEquals(layout.columns().get(c), sheet.getColumnWidth(c), layout.name() + " column " + (c + 1));
                }
                // The banners: heading, title and caption, each a row of its own above the unit line.
                for (int b = 0; b < layout.banners().size(); b++) {
                    assertEquals(layout.banners().get(b).text(), sheet.getRow(b).getCell(0).getStringCellValue());
                }
                assertEquals(plan.table(layout.tableId()).orElseThrow().unitLine(), text(sheet.getRow(layout.unitRow())), layout.name());
                for (int i = 0; i < plan.table(layout.tableId()).orElseThrow().rows().size(); i++) {
                    String title = plan.table(layout.tableId()).orElseThrow().rows().get(i).cells().stream().map(c -> c.plain())
                            .reduce("", (a, b) -> a.length() >= b.length() ? a : b);
                    if (title.length() > 120) {
                        // A long title wraps in any column a landscape page gives it.
                        assertTrue(sheet.getRow(layout.firstBody() + i).getHeightInPoints() > ONE_LINE_PT + 14,
                                layout.name() + " row " + (layout.firstBody() + i + 1) + ": " + title);
                        wrapped++;
                    }
                }
            }
            assertTrue(wrapped > 0, folder + " has rows of long titles");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-424-2022"})
    void theCheckSheetsRowsAreAsTallAsItsLayoutSays(String folder) throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(folder);
        assertTrue(!plan.workbook().check().rows().isEmpty(), "424 declares figures");
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            // The declared figures on "Kiểm tra", 424's 54 split rows on their own sheet, each under its headings.
            assertRowsAsTall(plan.workbook().check(), book.getSheet(BudgetWorkbook.CHECK_SHEET));
            assertRowsAsTall(plan.workbook().check().splits().orElseThrow(),
                    book.getSheet(plandoc.compute.SheetLayouts.SPLIT_CHECK_SHEET));
        }
    }

    private static void assertRowsAsTall(plandoc.resolved.CheckSheetView view, XSSFSheet check) {
        List<CheckRow> rows = view.rows();
        assertEquals(view.headPt().orElseThrow(), check.getRow(1).getHeightInPoints(), TWIP);
        for (int i = 0; i < rows.size(); i++) {
            XSSFRow row = check.getRow(2 + i);
            assertEquals(rows.get(i).heightPt().isPresent(), row.getCTRow().getCustomHeight(), "row " + (i + 3));
            rows.get(i).heightPt().ifPresent(pt -> assertEquals(pt, row.getHeightInPoints(), TWIP));
            assertEquals(rows.get(i).texts().get(0), row.getCell(0).getStringCellValue());
        }
        assertEquals(1 + rows.size(), check.getLastRowNum());
    }

    private static String text(Row row) {
        for (Cell cell : row) {
            if (!cell.getStringCellValue().isEmpty()) {
                return cell.getStringCellValue();
            }
        }
        return "";
    }
}
