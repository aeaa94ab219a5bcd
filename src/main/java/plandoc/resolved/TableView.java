package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * A table ready to print: header rows with spans, body rows of cells. Budgets, objectives and
 * tasks all resolve to this one shape so templates have a single table macro.
 *
 * @param id         the source id of the budget / objectives / tasks
 * @param kind       what the table shows
 * @param printedUnit the unit line, "Đơn vị tính: Tỷ đồng": a budget's (and not a part of it without figures)
 * @param decimals   the decimals every money figure is printed with (a budget's {@code decimals}; 0 for other tables),
 *                   for outputs that format the figures themselves (XLSX number formats)
 * @param columns    one entry per physical column, left to right
 * @param header     header rows (thead), cells carry their spans
 * @param rows       body rows, marked here with which of them the PDF keeps on one page ({@link RowView#keepWithNext})
 * @param notes      notes printed under the table (e.g. cells that could not be determined)
 * @param wide       true when the table's columns cannot fit a portrait page and it wants a landscape page
 * @param widths     one CSS width per column ("12.50%"), computed from the content; empty before layout
 * @param sums       how the figures add up (budgets only), for outputs that keep totals live
 * @param print      the printed type size and column parts (PDF), computed with the widths
 */
public record TableView(String id, TableKind kind, Optional<String> printedUnit, int decimals, List<ColumnView> columns,
                        List<List<HeaderCell>> header, List<RowView> rows, List<InlineText> notes, boolean wide,
                        List<String> widths, TableSums sums, TablePrint print) {
    public TableView {
        java.util.Objects.requireNonNull(printedUnit, "printedUnit: Optional.empty() for a table without a unit line");
        columns = List.copyOf(columns);
        header = header.stream().map(List::copyOf).toList();
        rows = RowView.keptTogether(rows);
        notes = List.copyOf(notes);
        widths = List.copyOf(widths);
    }

    /**
     * The table's name for a screen reader (the visually hidden caption), in the document's language like the
     * table itself: what kind of table it is, and its unit when it has one ("Bảng kinh phí (Đơn vị tính: Tỷ
     * đồng)").
     */
    public String caption() {
        String name = switch (kind) {
            case BUDGET -> "Bảng kinh phí";
            case OBJECTIVES -> "Bảng chỉ tiêu";
            case TASKS -> "Bảng nhiệm vụ";
        };
        return printedUnit.map(unit -> name + " (" + unit + ")").orElse(name);
    }

    /** The template field of this name (docs/format.md, "Templates"): the unit line, "" when absent as before. */
    public String unitLine() {
        return printedUnit.orElse("");
    }

    /** A table before its column widths are laid out. */
    public TableView(String id, TableKind kind, Optional<String> printedUnit, List<ColumnView> columns,
                     List<List<HeaderCell>> header, List<RowView> rows, List<InlineText> notes, boolean wide) {
        this(id, kind, printedUnit, 0, columns, header, rows, notes, wide, List.of(), TableSums.NONE, TablePrint.WHOLE);
    }

    /** A budget table before its column widths are laid out, with how its figures add up. */
    public TableView(String id, TableKind kind, Optional<String> printedUnit, int decimals, List<ColumnView> columns,
                     List<List<HeaderCell>> header, List<RowView> rows, List<InlineText> notes, boolean wide,
                     TableSums sums) {
        this(id, kind, printedUnit, decimals, columns, header, rows, notes, wide, List.of(), sums, TablePrint.WHOLE);
    }

    /** A table with its column widths and no live sums (objectives, tasks). */
    public TableView(String id, TableKind kind, Optional<String> printedUnit, List<ColumnView> columns,
                     List<List<HeaderCell>> header, List<RowView> rows, List<InlineText> notes, boolean wide,
                     List<String> widths) {
        this(id, kind, printedUnit, 0, columns, header, rows, notes, wide, widths, TableSums.NONE, TablePrint.WHOLE);
    }
}
