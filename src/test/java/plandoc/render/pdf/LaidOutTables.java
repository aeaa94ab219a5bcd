package plandoc.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.compute.TableLayouts;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

/**
 * The table a hand-written test page holds, as compute would resolve it, laid out by compute.TableLayouts: the
 * print page places what the layout says, so a page and its table must say the same.
 */
final class LaidOutTables {
    private LaidOutTables() {
    }

    /** A table of one header row ({@code labels}) with its columns' widths ("10%") and body rows. */
    static TableView table(String id, List<String> labels, List<String> widths, List<RowView> rows, List<String> notes) {
        List<ColumnView> columns = new ArrayList<>();
        List<HeaderCell> header = new ArrayList<>();
        for (String label : labels) {
            columns.add(new ColumnView(label, CellRole.TEXT, label));
            header.add(new HeaderCell(label, 1, 1));
        }
        return new TableView(id, TableKind.BUDGET, java.util.Optional.empty(), columns, List.of(header), rows,
                notes.stream().map(InlineText::of).toList(), false, widths);
    }

    /** A body row; a cell "2:Tổng cộng" spans two columns. */
    static RowView row(RowKind kind, String... cells) {
        List<CellView> out = new ArrayList<>();
        for (String cell : cells) {
            int span = cell.matches("\\d:.*") ? Integer.parseInt(cell.substring(0, 1)) : 1;
            String text = span > 1 ? cell.substring(2) : cell;
            out.add(new CellView(List.of(InlineText.of(text)), Optional.empty(), false, CellRole.TEXT, span));
        }
        return new RowView(kind, out);
    }

    /** The page's tables laid out on portrait pages, or landscape. */
    static PrintedTables printed(boolean landscape, TableView... tables) {
        java.util.Map<String, plandoc.resolved.TableLayout> byId = new java.util.HashMap<>();
        for (TableView table : tables) {
            byId.put(table.id(), TableLayouts.of(table, landscape).get(0));
        }
        return new PrintedTables(Map.copyOf(byId));
    }
}
