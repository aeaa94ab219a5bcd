package plandoc.resolved;

import java.util.List;

/**
 * A body row.
 *
 * @param kind   what the row is: a group heading, an item, a group's unallocated money, a total
 * @param anchor the source id of the item or group (empty when it has none)
 * @param cells  one cell per column, or fewer when some cells span several columns
 */
public record RowView(RowKind kind, String anchor, List<CellView> cells) {
    public RowView {
        cells = List.copyOf(cells);
    }

    /** Whether the figures in this row are totals computed by the generator (marked in CSV). */
    public boolean computed() {
        return kind != RowKind.ITEM && kind != RowKind.HEADING && kind != RowKind.UNALLOCATED;
    }
}
