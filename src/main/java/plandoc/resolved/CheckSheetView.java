package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * The workbook's check sheet ("Kiểm tra"): a row for each figure an earlier document printed ({@code declared:}),
 * beside the figure computed for it, the difference and the result live formulas over the two.
 *
 * @param title    the line over the table
 * @param heads    the column headings: the texts of each row, then the declared figure, the computed one, the
 *                 difference and the result
 * @param columns  each column's width in Excel's unit, a 256th of the default font's digit
 * @param headPt   the heading row's height in points, when its labels wrap; empty: one line
 * @param rows     the figures checked; none when no table declares a figure
 * @param nothing  the sentence under the title when no table declares a figure
 * @param matched  the result of a figure equal to the computed one ("Khớp")
 * @param differs  the result of one that is not ("Lệch")
 */
public record CheckSheetView(String title, List<String> heads, List<Integer> columns, Optional<Double> headPt,
                             List<CheckRow> rows, String nothing, String matched, String differs) {
    public CheckSheetView {
        heads = List.copyOf(heads);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
