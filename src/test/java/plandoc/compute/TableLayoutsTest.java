package plandoc.compute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.AppendixView;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableLayout;
import plandoc.resolved.TableView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * compute lays each table out where it is shown (TableLayouts): the printed columns, the header rows' heights and
 * which rows stay whole, for the PDF and the Word copy, so the renderers measure nothing.
 */
class TableLayoutsTest {

    /** The bundled plans: each table where it is shown, on its page's width (PHỤ LỤC of 4086 and 424 are landscape). */
    @Test
    void everyShownTableIsLaidOutOnItsPagesWidth() {
        int landscape = 0;
        for (String folder : List.of("content/ha-tinh-4086-2012", "content/ha-tinh-424-2022")) {
            ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of(folder)).resolved().orElseThrow();
            for (AppendixView appendix : plan.appendices()) {
                for (var block : appendix.blocks()) {
                    if (block instanceof TableBlock table) {
                        landscape += appendix.landscape() ? 1 : 0;
                        check(table, appendix.landscape());
                    }
                }
            }
            plan.body().sections().forEach(section -> section.blocks().stream().filter(b -> b instanceof TableBlock)
                    .forEach(b -> check((TableBlock) b, ((TableBlock) b).table().wide())));
        }
        assertTrue(landscape > 0, "a landscape appendix holds a table");
    }

    private static void check(TableBlock block, boolean landscape) {
        assertEquals(block.printed().size(), block.layouts().size(), block.tableId());
        for (TableLayout layout : block.layouts()) {
            double text = landscape ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM;
            assertEquals(text - 2 * TableLayouts.INSET_MM, layout.widthMm(), 1e-9, block.tableId());
            assertEquals(layout.widthMm(), layout.columnsMm().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
            int word = layout.wordColumns().stream().mapToInt(Integer::intValue).sum();
            assertTrue(word <= (landscape ? TableLayouts.WORD_LANDSCAPE : TableLayouts.WORD_PORTRAIT)
                    && word > (landscape ? TableLayouts.WORD_LANDSCAPE : TableLayouts.WORD_PORTRAIT) - 50, "Word's width " + word);
        }
    }

    /** A table that is not wide of itself, in a landscape appendix: the landscape width, in the PDF and in Word. */
    @Test
    void aTableOnALandscapePageTakesTheLandscapeWidth() {
        TableView table = table(List.of(row("1", "Một")), List.of());
        assertFalse(table.wide());
        TableLayout portrait = TableLayouts.of(table, false).get(0);
        TableLayout landscape = TableLayouts.of(table, true).get(0);
        assertEquals(ColumnWidths.PORTRAIT_MM - 0.26, portrait.widthMm(), 1e-9);
        assertEquals(ColumnWidths.LANDSCAPE_MM - 0.26, landscape.widthMm(), 1e-9);
        assertEquals(List.of(1428, 12858), landscape.wordColumns());
    }

    @Test
    void aShortRowStaysWholeAndALongOneMaySplitAtEitherWidth() {
        TableView table = table(List.of(row("1", "Một dự án"), row("2", "chữ ".repeat(400)),
                row("3", "chữ ".repeat(1200))), List.of());
        TableLayout layout = TableLayouts.of(table, false).get(0);
        assertTrue(layout.rows().get(0).whole());
        assertFalse(layout.rows().get(1).whole());
        assertTrue(layout.rows().get(1).mm() > 10 * layout.rows().get(0).mm(), layout.rows().toString());
        // Word cannot start a tall row only where half of it fits, as the PDF does: it keeps whole every row that
        // fits on a page (row 2, about 110 mm), and lets only a taller one split (s27 review L1).
        assertEquals(List.of(true, true, false), layout.wordRowsWhole());
        // 10 % and 90 % of Word's portrait text width (9355 twips), rounded down.
        assertEquals(List.of(935, 8419), layout.wordColumns());
    }

    @Test
    void aNoteIsARowAcrossTheTable() {
        String note = "Ghi chú: " + "chữ ".repeat(100);
        TableLayout layout = TableLayouts.of(table(List.of(row("1", "Một")), List.of(note)), false).get(0);
        assertEquals(1, layout.notes().size());
        double oneLine = layout.rows().get(0).mm();
        // About 400 characters across 165 mm at 12 pt: several lines, not the dozens of the 16.5 mm first column.
        assertTrue(layout.notes().get(0).mm() > 2 * oneLine && layout.notes().get(0).mm() < 10 * oneLine,
                layout.notes().toString());
    }

    /** A title spanning columns over two leaf headers, beside a cell spanning both rows: the rows' own heights. */
    @Test
    void eachHeaderRowIsAsTallAsTheCellsWhoseTextPrintsInIt() {
        List<ColumnView> columns = List.of(new ColumnView("stt", CellRole.NUMBER, "TT"),
                new ColumnView("a", CellRole.MONEY, "Năm 2012"), new ColumnView("b", CellRole.MONEY, "Năm 2013"));
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("TT", 1, 2), new HeaderCell("Giai đoạn 2012-2015 của kế hoạch năm năm", 2, 1)),
                List.of(new HeaderCell("Năm 2012", 1, 1), new HeaderCell("Năm 2013", 1, 1)));
        TableView table = new TableView("t", TableKind.BUDGET, java.util.Optional.empty(), columns, header, List.of(row("1", "2", "3")), List.of(),
                false, List.of("20%", "40%", "40%"));
        List<Double> rows = TableLayouts.of(table, false).get(0).headerRowsPt();
        // 12 pt lines at 1.05 and 2.5 pt of padding: the title in one line over 132 mm, the leaves one each.
        assertEquals(List.of(1 * 1.05 * 12 + 2.5, 1 * 1.05 * 12 + 2.5), rows);
        List<Double> narrow = TableLayouts.of(new TableView("t", TableKind.BUDGET, java.util.Optional.empty(), columns, header,
                List.of(row("1", "2", "3")), List.of(), false, List.of("80%", "10%", "10%")), false).get(0).headerRowsPt();
        assertTrue(narrow.get(0) > 2 * 1.05 * 12, "the title wraps over two columns of 16 mm: " + narrow);
        // "Năm 2012" in 16 mm: two lines, and "TT" below them adds none.
        assertEquals(2 * 1.05 * 12 + 2.5, narrow.get(1), 1e-9);
    }

    /**
     * The rows closing a table are decided here, once, for the PDF (render.pdf.TableNotes, ShortRows) and Word: the
     * last row and, above it, the totals that each keep with the row above, up to the row the first of them keeps with.
     */
    @Test
    void theClosingRowsAreTheLastAndTheTotalsKeptWithTheRowAbove() {
        RowView item = row("1", "Một");
        assertEquals(1, closing(List.of(item, item, kind(RowKind.GRAND), kind(RowKind.AXIS_TOTAL), kind(RowKind.AXIS_TOTAL))));
        assertEquals(1, closing(List.of(item, kind(RowKind.GROUP), kind(RowKind.UNALLOCATED))));
        assertEquals(2, closing(List.of(item, kind(RowKind.GRAND), item)));
        // 424's summary: a total and the sources it adds up, every row closes the table.
        assertEquals(0, closing(List.of(kind(RowKind.GRAND), kind(RowKind.AXIS_TOTAL), kind(RowKind.AXIS_TOTAL))));
        assertEquals(0, closing(List.of()));
        // With notes, the closing rows are kept whole with them when short enough, the row above them is not.
        TableLayout noted = TableLayouts.of(table(List.of(row("1", "chữ ".repeat(200)), row("2", "chữ ".repeat(200)),
                kind(RowKind.GRAND)), List.of("Ghi chú")), false).get(0);
        assertEquals(1, noted.firstClosingRow());
        assertEquals(List.of(false, true, true), noted.rows().stream().map(plandoc.resolved.RowHeight::whole).toList());
    }

    private static int closing(List<RowView> rows) {
        return TableLayouts.of(table(rows, List.of()), false).get(0).firstClosingRow();
    }

    private static RowView kind(RowKind kind) {
        RowView row = row("", "Tổng");
        return new RowView(kind, row.cells());
    }

    private static TableView table(List<RowView> rows, List<String> notes) {
        return new TableView("t", TableKind.TASKS, java.util.Optional.empty(), List.of(new ColumnView("stt", CellRole.NUMBER, "TT"),
                new ColumnView("title", CellRole.TITLE, "Nội dung")), List.of(List.of(new HeaderCell("TT", 1, 1),
                new HeaderCell("Nội dung", 1, 1))), rows, notes.stream().map(InlineText::of).toList(), false,
                List.of("10%", "90%"));
    }

    private static RowView row(String... cells) {
        List<CellView> out = new ArrayList<>();
        for (String cell : cells) {
            out.add(new CellView(List.of(InlineText.of(cell)), Optional.empty(), false, CellRole.TEXT, 1));
        }
        return new RowView(RowKind.ITEM, out);
    }
}
