package plandoc.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * The workbooks' printed pages, read back with POI (s18 review, finding 6: 4086's group row "II …" printed alone at
 * the foot of page 1, its items overleaf). Every page of a table's sheet ends at a manual row break; laid out from
 * the rows' heights as the file states them (a row without one at Excel's 15.75 pt, the taller viewer's), each page
 * fits the landscape page's printable height at the sheet's scale, so no viewer adds a break of its own; no page
 * ends with a group heading or leaves the grand total alone; and no break comes early: the next page's first row
 * would not have fitted, unless the break was moved back for those two rules. LibreOfficeTest prints 4086's workbook
 * and reads the pages.
 */
class RowBreaksTest {

    /** A landscape A4 page between the Decree's 20 mm top and bottom margins, in points. */
    private static final double PRINTABLE_PT = 170 / 25.4 * 72;
    /** The room BudgetWorkbook leaves at each page's foot for the viewers' rounding. */
    private static final double FOOT_PT = 2;

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void everyPageFitsAndNoneEndsWithAGroupHeading(String folder) throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(folder);
        List<TablePlace> places = TablePlace.budgets(plan);
        int pages = 0;
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            for (int t = 0; t < places.size(); t++) {
                TableView table = places.get(t).table();
                XSSFSheet sheet = book.getSheetAt(t);
                String name = sheet.getSheetName();
                assertFalse(sheet.getFitToPage(), name + ": Excel ignores manual breaks under \"fit to page\"");
                int firstBody = BudgetWorkbookTest.firstBody(sheet, table);
                int last = firstBody + table.rows().size() + table.notes().size() - 1;
                double page = PRINTABLE_PT * 100 / sheet.getPrintSetup().getScale();
                CellRangeAddress repeated = sheet.getRepeatingRows();
                double header = height(sheet, repeated.getFirstRow(), repeated.getLastRow());
                List<Integer> starts = new ArrayList<>(List.of(0));
                Arrays.stream(sheet.getRowBreaks()).sorted().forEach(b -> starts.add(b + 1));
                starts.add(last + 1);
                for (int p = 0; p + 1 < starts.size(); p++) {
                    int first = starts.get(p);
                    int end = starts.get(p + 1) - 1;
                    assertTrue(first <= end, name + ": an empty page at " + first);
                    double used = (p == 0 ? 0 : header) + height(sheet, first, end);
                    assertTrue(used <= page, name + " page " + (p + 1) + ": " + used + " of " + page + " pt");
                    if (p + 2 < starts.size()) {
                        assertTrue(first > firstBody || p == 0, name + ": a break inside the header");
                        RowView lastRow = table.rows().get(end - firstBody);
                        assertFalse(lastRow.kind() == plandoc.resolved.RowKind.GROUP, name + " page " + (p + 1) + " ends with group "
                                + lastRow.anchor());
                        int next = end + 1 - firstBody;
                        boolean moved = table.rows().get(next).kind() == plandoc.resolved.RowKind.GROUP
                                || next + 1 < table.rows().size() && table.rows().get(next + 1).kind() == plandoc.resolved.RowKind.GRAND;
                        assertTrue(moved || used + height(sheet, end + 1, end + 1) > page - FOOT_PT,
                                name + " page " + (p + 1) + " ends early, before row " + (end + 2));
                    }
                    pages++;
                }
            }
        }
        assertTrue(pages > places.size(), "the tables run over several pages: " + pages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012"})
    void fourThousandAndEightySixsSecondGroupOpensPageTwo(String folder) throws IOException {
        ResolvedPlan plan = BudgetWorkbookTest.plan(folder);
        TableView table = TablePlace.budgets(plan).get(0).table();
        List<Integer> groups = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            if (table.rows().get(r).kind() == plandoc.resolved.RowKind.GROUP) {
                groups.add(r);
            }
        }
        try (XSSFWorkbook book = BudgetWorkbookTest.workbook(plan)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int firstBody = BudgetWorkbookTest.firstBody(sheet, table);
            // "II Ứng dụng công nghệ thông tin trong lĩnh vực đời sống xã hội", which LibreOffice printed last on page 1.
            assertEquals(firstBody + groups.get(1) - 1, sheet.getRowBreaks()[0]);
        }
    }

    /** Rows {@code first} to {@code last} as tall as the file says; a row it leaves to the viewer as Excel sizes it. */
    private static double height(XSSFSheet sheet, int first, int last) {
        double pt = 0;
        for (int r = first; r <= last; r++) {
            XSSFRow row = sheet.getRow(r);
            pt += row != null && row.getCTRow().getCustomHeight() ? row.getHeightInPoints() : 15.75;
        }
        return pt;
    }
}
