package plandoc.resolved;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a table decides for its templates: its screen-reader name and which rows the PDF keeps on one page. */
class TableViewTest {
    private static TableView table(TableKind kind, String unitLine, String... rowKinds) {
        List<RowView> rows = java.util.Arrays.stream(rowKinds).map(k -> new RowView(RowKind.valueOf(k.toUpperCase(java.util.Locale.ROOT)),
                List.of(new CellView(List.of(InlineText.of(k)), Optional.empty(), false, CellRole.TITLE, 1)))).toList();
        return new TableView("t", kind, Optional.of(unitLine).filter(u -> !u.isEmpty()), List.of(new ColumnView("title", CellRole.TITLE, "Nội dung")), List.of(),
                rows, List.of(), false);
    }

    /** "o" a row that starts a kept run, "x" one that ends it, "-" neither, one letter per row. */
    private static String marks(TableView table) {
        StringBuilder marks = new StringBuilder();
        for (RowView row : table.rows()) {
            marks.append(row.keepWithNext() ? row.endsKept() ? "ox" : "o" : row.endsKept() ? "x" : "-").append(' ');
        }
        return marks.toString().trim();
    }

    @Test
    void captionNamesTheKindInTheDocumentsLanguageWithTheUnit() {
        assertEquals("Bảng kinh phí (Đơn vị tính: Tỷ đồng)", table(TableKind.BUDGET, "Đơn vị tính: Tỷ đồng").caption());
        assertEquals("Bảng chỉ tiêu", table(TableKind.OBJECTIVES, "").caption());
        assertEquals("Bảng nhiệm vụ", table(TableKind.TASKS, "").caption());
    }

    @Test
    void aGroupRowIsKeptWithTheRowUnderIt() {
        assertEquals("o x - - o x -", marks(table(TableKind.BUDGET, "", "group", "item", "item", "item", "group", "item",
                "grand")));
    }

    @Test
    void headingsInARowEachStartARunAndTheLastIsKeptWithItsFirstItem() {
        assertEquals("o o x -", marks(table(TableKind.OBJECTIVES, "", "heading", "heading", "item", "item")));
    }

    @Test
    void aHeadingOnTheLastRowHasNothingToBeKeptWith() {
        assertEquals("- o x -", marks(table(TableKind.TASKS, "", "item", "heading", "item", "heading")));
    }

    @Test
    void marksFollowTheRowsATableIsMadeWith() {
        TableView whole = table(TableKind.BUDGET, "", "item", "group", "item");
        TableView part = new TableView("t-phan-2", whole.kind(), Optional.empty(), whole.columns(), whole.header(),
                whole.rows().subList(1, 3), List.of(), false);
        assertEquals("- o x", marks(whole));
        assertEquals("o x", marks(part));
        assertEquals(whole.rows().subList(1, 3), part.rows(), "marks already right are kept as they are");
    }
}
