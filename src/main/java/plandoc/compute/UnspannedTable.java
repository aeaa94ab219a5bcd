package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * A printed table with its column spans undone, one field per column: the rows of the "as printed" CSV, which has no
 * spans, so that a finance officer filtering a column in Excel finds in it only what its header names (s19 review,
 * finding 1). Every figure stays under the column it is printed in, written as the table prints it without grouping
 * dots ({@link VietnameseNumbers#ungrouped}). Where the printed table spans:
 * <ul>
 *   <li>a label over the TT, title and text columns (a group, the grand row, a totals row) goes in the title column;</li>
 *   <li>an item's {@code no_amount} text over the money block goes in a last column "Ghi chú", which only a table with
 *       such a row has (it used to land under the first column it spans: a funding type, or a figure's column);</li>
 *   <li>a figure over several columns (each phase's total under its phase's columns, 4086's "Tổng kinh phí theo giai
 *       đoạn …") gets a row of its own under the row's label, titled by the heading over those columns ("Giai đoạn
 *       2012-2015"), its figure in the total column: the CSV's total column then holds 218,90 as the 2012-2015 total,
 *       not the column "Giai đoạn 2012-2015 - NS TƯ" beside that source's 87,35. The same shape as the rows the table
 *       prints for an inner axis's totals, without their "- " (which Excel would read as a formula).</li>
 * </ul>
 */
public final class UnspannedTable {
    /** The header of the column holding the spanned texts of items without an amount. */
    public static final String NOTE_HEADER = "Ghi chú";

    /** One field: a figure (never taken for a formula) or text as printed. */
    public record Field(String text, boolean figure) {
        static final Field EMPTY = new Field("", false);
    }

    /**
     * One CSV row: its fields, one per header, whether its figures are computed totals, and the headers of its
     * columns whose figure is the author's {@code declared:} one (a cell the items leave open,
     * {@code print.undetermined: declared}).
     */
    public record Row(List<Field> fields, boolean computed, List<String> declared) {
        public Row {
            fields = List.copyOf(fields);
            declared = List.copyOf(declared);
        }

        Row(List<Field> fields, boolean computed) {
            this(fields, computed, List.of());
        }
    }

    /**
     * @param header the columns' full labels, and "Ghi chú" last when a row has a note
     * @param rows   the body rows, a row spanning figures followed by one row per such figure
     */
    public record Layout(List<String> header, List<Row> rows) {
        public Layout {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    private final TableView table;
    private final int title;
    private final int total;
    private final boolean notes;

    private UnspannedTable(TableView table) {
        this.table = table;
        List<ColumnView> columns = table.columns();
        this.title = IntStream.range(0, columns.size()).filter(i -> columns.get(i).key().equals("title")).findFirst().orElse(0);
        this.total = IntStream.range(0, columns.size()).filter(i -> columns.get(i).key().equals("total")).findFirst().orElse(-1);
        this.notes = table.rows().stream().anyMatch(this::hasNote);
    }

    public static Layout of(TableView table) {
        return new UnspannedTable(table).layout();
    }

    private Layout layout() {
        List<String> header = new ArrayList<>(table.columns().stream().map(ColumnView::label).toList());
        if (notes) {
            header.add(NOTE_HEADER);
        }
        List<Row> rows = new ArrayList<>();
        java.util.Set<plandoc.resolved.CellRef> declaredCells = new java.util.HashSet<>(table.sums().open().declared());
        for (int r = 0; r < table.rows().size(); r++) {
            RowView row = table.rows().get(r);
            List<String> declared = new ArrayList<>();
            Field[] fields = new Field[header.size()];
            java.util.Arrays.fill(fields, Field.EMPTY);
            List<Row> spanned = new ArrayList<>();
            int column = 0;
            for (CellView cell : row.cells()) {
                int span = cell.colspan();
                if (declaredCells.contains(new plandoc.resolved.CellRef(r, column))) {
                    declared.add(table.columns().get(column).label());
                }
                if (cell.value().isPresent()) {
                    Field figure = new Field(VietnameseNumbers.ungrouped(cell.value().get(), table.decimals()), true);
                    if (span == 1 || total < 0) {
                        fields[column] = figure;
                    } else {
                        spanned.add(ownRow(figure, column, span, row.computed()));
                    }
                } else if (span == 1 || column > title || column + span <= title) {
                    fields[span == 1 ? column : header.size() - 1] = new Field(cell.plain(), false);
                } else {
                    fields[title] = new Field(cell.plain(), false);
                }
                column += span;
            }
            // A total whose every figure went to rows of its own is left a label: nothing on it is computed (a
            // finance officer filtering the column must not count it, s19 tryout).
            boolean figures = java.util.Arrays.stream(fields).anyMatch(Field::figure);
            rows.add(new Row(List.of(fields), row.computed() && figures, declared));
            rows.addAll(spanned);
        }
        return new Layout(header, rows);
    }

    /** A text spanning columns away from the title: an item's {@code no_amount} over the money block. */
    private boolean hasNote(RowView row) {
        int column = 0;
        for (CellView cell : row.cells()) {
            if (cell.value().isEmpty() && cell.colspan() > 1 && (column > title || column + cell.colspan() <= title)) {
                return true;
            }
            column += cell.colspan();
        }
        return false;
    }

    private Row ownRow(Field figure, int column, int span, boolean computed) {
        Field[] fields = new Field[table.columns().size() + (notes ? 1 : 0)];
        java.util.Arrays.fill(fields, Field.EMPTY);
        fields[title] = new Field(heading(column, span).orElse(table.columns().get(column).label()), false);
        fields[total] = figure;
        return new Row(List.of(fields), computed);
    }

    /** The deepest header cell over exactly these columns: the phase a spanning total belongs to. */
    private Optional<String> heading(int from, int span) {
        int width = table.columns().size();
        int[] coveredUntil = new int[width]; // per column, the first header row not taken by a cell from above
        Optional<String> found = Optional.empty();
        for (int r = 0; r < table.header().size(); r++) {
            int column = 0;
            for (HeaderCell cell : table.header().get(r)) {
                while (column < width && coveredUntil[column] > r) {
                    column++;
                }
                if (column == from && cell.colspan() == span) {
                    found = Optional.of(cell.text());
                }
                for (int c = column; c < Math.min(width, column + cell.colspan()); c++) {
                    coveredUntil[c] = r + cell.rowspan();
                }
                column += cell.colspan();
            }
        }
        return found;
    }
}
