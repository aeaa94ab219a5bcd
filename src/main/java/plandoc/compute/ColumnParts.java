package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TablePrint;
import plandoc.resolved.TableView;

/**
 * A table too wide for a landscape page even at 12 pt, printed in column parts one after another
 * (docs/format.md, "Tables: column parts"): every part repeats the row-title columns (STT and the
 * title) so each row is still named, takes as many of the other columns as fit, keeping the columns
 * under one top header cell ("Giai đoạn 2021-2025") together when they fit, and is introduced by
 * "(Tiếp theo)" from the second part on. The whole table is kept for the screen and the data files.
 */
final class ColumnParts {
    static final String CONTINUED = "(Tiếp theo)";

    private ColumnParts() {
    }

    static TableView split(TableView table, ColumnWidths.Needs needs, double available) {
        int size = ColumnWidths.SMALLER_PT;
        List<ColumnView> columns = table.columns();
        List<Integer> titles = new ArrayList<>();
        while (titles.size() < columns.size() - 1 && columns.get(titles.size()).role() != CellRole.MONEY
                && columns.get(titles.size()).role() != CellRole.TEXT) {
            titles.add(titles.size());
        }
        if (titles.isEmpty()) {
            titles.add(0);
        }
        double titleWidth = 0;
        for (int c : titles) {
            titleWidth += needs.need(c, size, true);
        }
        double room = Math.max(available - titleWidth, 1);
        List<List<Integer>> parts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        double used = 0;
        for (List<Integer> group : groups(table, titles.size())) {
            double groupWidth = 0;
            for (int c : group) {
                groupWidth += needs.need(c, size, true);
            }
            // A group goes whole onto the next part when it fits one; otherwise by the header cells under
            // its top cell, or column by column.
            List<List<Integer>> pieces = groupWidth <= room ? List.of(group) : subgroups(table, group);
            for (List<Integer> piece : pieces) {
                double w = piece.stream().mapToDouble(c -> needs.need(c, size, true)).sum();
                if (!current.isEmpty() && used + w > room) {
                    parts.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                current.addAll(piece);
                used += w;
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        List<TableView> views = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<Integer> kept = new ArrayList<>(titles);
            kept.addAll(parts.get(p));
            int[] of = kept.stream().mapToInt(Integer::intValue).toArray();
            views.add(part(table, of, p + 1, p == parts.size() - 1,
                    ColumnWidths.percent(needs.widths(size, true, available, of))));
            captions.add(p == 0 ? "" : CONTINUED);
        }
        return new TableView(table.id(), table.kind(), table.printedUnit(), table.decimals(), columns, table.header(), table.rows(),
                table.notes(), true, ColumnWidths.percent(needs.widths(size, true, available)), table.sums(),
                new TablePrint(size, views, captions));
    }

    /** Runs of columns after the row titles under one top header cell; a column alone when nothing spans it. */
    private static List<List<Integer>> groups(TableView table, int from) {
        int n = table.columns().size();
        int[][] start = starts(table.header(), n);
        List<List<Integer>> groups = new ArrayList<>();
        if (table.header().isEmpty()) {
            for (int c = from; c < n; c++) {
                groups.add(List.of(c));
            }
            return groups;
        }
        List<HeaderCell> top = table.header().get(0);
        for (int i = 0; i < top.size(); i++) {
            List<Integer> group = new ArrayList<>();
            for (int c = start[0][i]; c < start[0][i] + top.get(i).colspan() && c < n; c++) {
                if (c >= from) {
                    group.add(c);
                }
            }
            if (!group.isEmpty()) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** The columns of {@code group} by the second header row's cells; a column alone when none covers it. */
    private static List<List<Integer>> subgroups(TableView table, List<Integer> group) {
        List<List<Integer>> pieces = new ArrayList<>();
        if (table.header().size() < 3) {
            group.forEach(c -> pieces.add(List.of(c)));
            return pieces;
        }
        int[][] start = starts(table.header(), table.columns().size());
        List<HeaderCell> second = table.header().get(1);
        List<Integer> left = new ArrayList<>(group);
        for (int i = 0; i < second.size(); i++) {
            List<Integer> piece = new ArrayList<>();
            for (int c = start[1][i]; c < start[1][i] + second.get(i).colspan(); c++) {
                if (left.contains(c)) {
                    piece.add(c);
                }
            }
            if (!piece.isEmpty()) {
                pieces.add(piece);
                left.removeAll(piece);
            }
        }
        left.forEach(c -> pieces.add(List.of(c)));
        pieces.sort(java.util.Comparator.comparing(piece -> piece.get(0)));
        return pieces;
    }

    /** The first column of every header cell, rows spans taken into account. */
    private static int[][] starts(List<List<HeaderCell>> header, int n) {
        boolean[][] taken = new boolean[header.size()][n + 64];
        int[][] start = new int[header.size()][];
        for (int r = 0; r < header.size(); r++) {
            List<HeaderCell> row = header.get(r);
            start[r] = new int[row.size()];
            int col = 0;
            for (int i = 0; i < row.size(); i++) {
                while (col < taken[r].length && taken[r][col]) {
                    col++;
                }
                start[r][i] = col;
                HeaderCell cell = row.get(i);
                for (int rr = r; rr < Math.min(header.size(), r + cell.rowspan()); rr++) {
                    for (int cc = col; cc < Math.min(taken[rr].length, col + cell.colspan()); cc++) {
                        taken[rr][cc] = true;
                    }
                }
                col += cell.colspan();
            }
        }
        return start;
    }

    /**
     * The header without the rows left empty by the cut (a part of row-title columns only, whose cells all
     * span the three rows), the cells over them spanning that many rows fewer: the part's header is then
     * as tall as its own text, not three rows with nothing in two of them.
     */
    static List<List<HeaderCell>> withoutEmptyRows(List<List<HeaderCell>> header) {
        List<List<HeaderCell>> rows = new ArrayList<>(header.stream().map(row -> (List<HeaderCell>) new ArrayList<>(row)).toList());
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (!rows.get(r).isEmpty()) {
                continue;
            }
            for (int above = 0; above < r; above++) {
                List<HeaderCell> row = rows.get(above);
                for (int i = 0; i < row.size(); i++) {
                    HeaderCell cell = row.get(i);
                    if (above + cell.rowspan() > r) {
                        row.set(i, new HeaderCell(cell.text(), cell.colspan(), cell.rowspan() - 1));
                    }
                }
            }
            rows.remove(r);
        }
        return rows;
    }

    private static int keptIn(int[] of, int from, int span) {
        int count = 0;
        for (int c : of) {
            if (c >= from && c < from + span) {
                count++;
            }
        }
        return count;
    }

    /** The table cut to columns {@code of}: header and row cells narrowed to what they span of them. */
    private static TableView part(TableView table, int[] of, int number, boolean last, List<String> widths) {
        List<ColumnView> columns = new ArrayList<>();
        for (int c : of) {
            columns.add(table.columns().get(c));
        }
        int[][] start = starts(table.header(), table.columns().size());
        List<List<HeaderCell>> header = new ArrayList<>();
        for (int r = 0; r < table.header().size(); r++) {
            List<HeaderCell> row = new ArrayList<>();
            List<HeaderCell> cells = table.header().get(r);
            for (int i = 0; i < cells.size(); i++) {
                int span = keptIn(of, start[r][i], cells.get(i).colspan());
                if (span > 0) {
                    row.add(new HeaderCell(cells.get(i).text(), span, cells.get(i).rowspan()));
                }
            }
            header.add(row);
        }
        header = withoutEmptyRows(header);
        List<RowView> rows = new ArrayList<>();
        for (RowView row : table.rows()) {
            List<CellView> cells = new ArrayList<>();
            int col = 0;
            for (CellView cell : row.cells()) {
                int span = keptIn(of, col, cell.colspan());
                if (span > 0) {
                    cells.add(new CellView(cell.lines(), cell.value(), cell.computed(), cell.role(), span));
                }
                col += cell.colspan();
            }
            // A totals row whose figures are all in other parts would print "Tổng cộng" over empty cells,
            // which reads as a missing total: it is printed only in the parts that hold its figures.
            boolean totals = row.kind() == RowKind.GRAND || row.kind() == RowKind.AXIS_TOTAL;
            if (totals && cells.stream().noneMatch(cell -> cell.value().isPresent())) {
                continue;
            }
            // Anchors stay on the whole table: an id is unique in the page.
            rows.add(new RowView(row.kind(), cells));
        }
        // The unit line goes over the parts that hold figures ("Đơn vị tính: triệu đồng").
        boolean figures = columns.stream().anyMatch(c -> c.role() == CellRole.MONEY);
        return new TableView(table.id() + "-phan-" + number, table.kind(), figures || number == 1 && table.columns().stream()
                .noneMatch(c -> c.role() == CellRole.MONEY) ? table.printedUnit() : Optional.empty(), table.decimals(),
                columns, header, rows, last ? table.notes() : List.of(), true, widths, table.sums(), TablePrint.WHOLE);
    }
}
