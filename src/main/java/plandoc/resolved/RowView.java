package plandoc.resolved;

import java.util.List;

/**
 * A body row.
 *
 * @param kind   "group" (group heading with its subtotals), "item", "unallocated" (money a group holds
 *               without splitting it), "grand" (the grand total row), "axis-total" (per-member totals of an
 *               axis), or "heading" (an objectives/tasks group heading)
 * @param anchor the source id of the item or group (empty when it has none)
 * @param cells  one cell per column, or fewer when some cells span several columns
 */
public record RowView(String kind, String anchor, List<CellView> cells) {
    public RowView {
        cells = List.copyOf(cells);
    }

    /** Whether the figures in this row are totals computed by the generator (marked in CSV). */
    public boolean computed() {
        return !kind.equals("item") && !kind.equals("heading") && !kind.equals("unallocated");
    }
}
