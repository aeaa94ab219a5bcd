package plandoc.render.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import plandoc.resolved.RowKind;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rows closing a table that "./." follows ask for room for themselves and the mark, on the first of them
 * (a total keeps with the row above): the mark never starts a page alone under a table that ended at a page
 * foot. LayoutOfEveryPdfTest reads the bundled plans' pages for a page holding only the mark.
 */
class EndMarkRoomTest {
    private static final Pattern ROOM = Pattern.compile("-fs-page-break-min-height: ([0-9.]+)mm");

    @Test
    void theLastRowAndTheTotalItKeepsWithAskForRoomOnTheFirstOfThem() {
        List<Element> rows = twoItemsAndATotal("row-grand");
        assertEquals("", rows.get(0).attr("style"));
        assertEquals("", rows.get(2).attr("style"));
        Matcher room = ROOM.matcher(rows.get(1).attr("style"));
        assertTrue(room.matches(), rows.get(1).attr("style"));
        // Two rows of one line at 12 pt (about 6.5 mm each) and the mark's 9 mm.
        double mm = Double.parseDouble(room.group(1));
        assertTrue(mm > 18 && mm < 25, "room asked: " + mm);
    }

    /**
     * Which rows close the table is compute's decision (TableLayout.firstClosingRow), not the rows' classes: a
     * province's own template that names its total row otherwise still has the room asked above the total.
     */
    @Test
    void theClosingRowsAreTheOnesComputeNamedWhateverTheTemplateCallsThem() {
        assertEquals(List.of(false, true, false), twoItemsAndATotal("tong").stream()
                .map(row -> ROOM.matcher(row.attr("style")).matches()).toList());
    }

    /** Two items and a grand total, the total's row of class {@code totalClass}, with the room asked for the mark. */
    private static List<Element> twoItemsAndATotal(String totalClass) {
        Document page = page("<tr class=\"row-item\"><td>1</td><td>Một</td></tr><tr class=\"row-item\"><td>2</td><td>Hai</td></tr>"
                + "<tr class=\"" + totalClass + "\"><td>Tổng</td><td>3</td></tr>", "");
        PrintedTables tables = laidOut(List.of(LaidOutTables.row(RowKind.ITEM, "1", "Một"), LaidOutTables.row(RowKind.ITEM, "2", "Hai"),
                LaidOutTables.row(RowKind.GRAND, "Tổng", "3")), List.of());
        ShortRows.markWhole(page, tables);
        ShortRows.keepEndMarkWithTable(page, tables);
        return page.select("tbody > tr");
    }

    @Test
    void noRoomIsAskedWhenANoteStandsBetweenTheTableAndTheMarkOrTheLastRowMaySplit() {
        Document noted = page("<tr class=\"row-item\"><td>1</td><td>Một</td></tr>", "<p class=\"table-note\">Ghi chú</p>");
        String longText = "chữ ".repeat(400);
        Document splits = page("<tr class=\"row-item\"><td>1</td><td>" + longText + "</td></tr>", "");
        PrintedTables notedTables = laidOut(List.of(LaidOutTables.row(RowKind.ITEM, "1", "Một")), List.of("Ghi chú"));
        PrintedTables splitsTables = laidOut(List.of(LaidOutTables.row(RowKind.ITEM, "1", longText)), List.of());
        for (Document page : List.of(noted, splits)) {
            PrintedTables tables = page == noted ? notedTables : splitsTables;
            ShortRows.markWhole(page, tables);
            // A row that may split asks only for its own numbered half (ShortRows.leastPartMm), not for the mark.
            List<String> asked = page.select("tbody > tr").stream().map(r -> r.attr("style")).toList();
            ShortRows.keepEndMarkWithTable(page, tables);
            assertEquals(asked, page.select("tbody > tr").stream().map(r -> r.attr("style")).toList());
        }
    }

    /** The page's table as compute lays it out: its rows and notes, 10 % and 90 % of a portrait page. */
    private static PrintedTables laidOut(List<plandoc.resolved.RowView> rows, List<String> notes) {
        return LaidOutTables.printed(false, LaidOutTables.table("t", List.of("TT", "Nội dung"), List.of("10%", "90%"), rows, notes));
    }

    private static Document page(String rows, String afterTable) {
        return Jsoup.parse("<section class=\"appendix\"><div class=\"table-block\" id=\"t\"><div class=\"table-scroll\">"
                + "<table class=\"data-table size-12\"><colgroup><col style=\"width: 10%\" /><col style=\"width: 90%\" />"
                + "</colgroup><tbody>" + rows + "</tbody></table></div>" + afterTable + "</div>"
                + "<p class=\"note note-end\">./.</p></section>");
    }
}
