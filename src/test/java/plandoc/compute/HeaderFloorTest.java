package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * The paper's header floor is bounded ({@link HeaderFloor}): real fixtures resolved, their widths read back. s36's
 * unbounded floor narrowed tall-last-row's "Nội dung" from 34.8 % to 14.6 % of the width for its four money headers,
 * its last row 143 mm tall; the bounded one declines there and still takes 424's "Xã hội / hóa".
 */
class HeaderFloorTest {

    private static ResolvedPlan plan(String folder) {
        return new Generator(Path.of(".")).resolve(Path.of(folder)).resolved().orElseThrow();
    }

    private static TableView table(ResolvedPlan plan, String id) {
        return plan.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static double percent(List<String> widths, int c) {
        return Double.parseDouble(widths.get(c).replace("%", ""));
    }

    @Test
    void aProseColumnIsNotNarrowedForHeadersThatWouldCostItsRowsLines() {
        TableView table = table(plan("src/test/resources/fixtures/tall-last-row"), "kinh-phi");
        assertEquals(List.of(), table.print().sheetWidths(), "the floor declined: the paper's widths are the sheet's");
        assertTrue(percent(table.widths(), 1) > 30, "Nội dung keeps its width: " + table.widths());
    }

    @Test
    void anAffordableFloorIsTakenAndItsPairedHeadersHoldTogether() {
        TableView table = table(plan("content/ha-tinh-424-2022"), "dang-thuc-hien");
        assertFalse(table.print().sheetWidths().isEmpty(), "Phụ lục 01 takes the floor");
        int social = table.columns().size() - 1;
        assertEquals("Xã hội hóa", ColumnWidths.leafLabel(table.columns().get(social).label()));
        double mm = percent(table.widths(), social) / 100 * ColumnWidths.LANDSCAPE_MM;
        assertEquals(2, ColumnWidths.headerTextLines("Xã hội hóa", mm - ColumnWidths.PRINT_WRAP_MM, table.print().sizePt()));
        // The prose column gives a little, not its rows: under a twentieth of its width.
        assertTrue(percent(table.widths(), 3) > 0.95 * percent(table.print().sheetWidths(), 3), table.widths().toString());
    }

    @Test
    void aHeaderRepeatedUnderEachYearPrintsOneWayOrNotAtAll() {
        TableView table = table(plan("src/test/resources/fixtures/summary-by-year"), "tong-hop");
        for (String label : List.of("Ngân sách Trung ương", "Xã hội hóa")) {
            List<Integer> lines = new java.util.ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                if (ColumnWidths.leafLabel(table.columns().get(c).label()).equals(label)) {
                    double mm = percent(table.widths(), c) / 100 * ColumnWidths.LANDSCAPE_MM;
                    lines.add(ColumnWidths.headerTextLines(label, mm - ColumnWidths.PRINT_WRAP_MM, table.print().sizePt()));
                }
            }
            assertEquals(3, lines.size(), label);
            assertEquals(1, lines.stream().distinct().count(), label + " prints in " + lines + " lines");
        }
    }
}
