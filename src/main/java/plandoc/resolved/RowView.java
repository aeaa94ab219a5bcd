package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * A body row.
 *
 * @param kind   what the row is: a group heading, an item, a group's unallocated money, a total
 * @param sourceId the source id of the item or group, its anchor in the page; empty for a total or a row of a part
 * @param cells  one cell per column, or fewer when some cells span several columns
 * @param keepWithNext a group or heading row with a row under it: it starts a run of rows printed on one page
 *                     (the PDF keeps a heading with its first row), set by {@link #keptTogether}
 * @param endsKept     the run of rows kept on one page ends after this row
 */
public record RowView(RowKind kind, Optional<String> sourceId, List<CellView> cells, boolean keepWithNext, boolean endsKept) {
    public RowView {
        java.util.Objects.requireNonNull(sourceId, "sourceId: Optional.empty() for a row without one");
        cells = List.copyOf(cells);
    }

    /** A row before its table marks which rows share a page ({@link #keptTogether}). */
    public RowView(RowKind kind, Optional<String> sourceId, List<CellView> cells) {
        this(kind, sourceId, cells, false, false);
    }

    /** A row without a source id (a total, a heading, a row of a table's part) before its table marks it. */
    public RowView(RowKind kind, List<CellView> cells) {
        this(kind, Optional.empty(), cells);
    }

    /** The template field of this name (docs/format.md, "Templates"): the row's id, "" when absent as before. */
    public String anchor() {
        return sourceId.orElse("");
    }

    /**
     * The rows with their page-keeping marks: a group or heading row followed by another row starts a run, and
     * the run ends after the first row that does not start one. Headings in a row each start their own run, the
     * last of them kept with the row under it.
     */
    static List<RowView> keptTogether(List<RowView> rows) {
        List<RowView> marked = new java.util.ArrayList<>(rows.size());
        boolean afterLead = false;
        for (int i = 0; i < rows.size(); i++) {
            RowView row = rows.get(i);
            boolean lead = (row.kind == RowKind.GROUP || row.kind == RowKind.HEADING) && i + 1 < rows.size();
            boolean ends = afterLead && !lead;
            marked.add(row.keepWithNext == lead && row.endsKept == ends ? row
                    : new RowView(row.kind, row.sourceId, row.cells, lead, ends));
            afterLead = lead;
        }
        return List.copyOf(marked);
    }

    /** Whether the figures in this row are totals computed by the generator (marked in CSV). */
    public boolean computed() {
        return kind != RowKind.ITEM && kind != RowKind.HEADING && kind != RowKind.UNALLOCATED;
    }
}
