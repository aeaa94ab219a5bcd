package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * One of the workbook's check sheets: "Kiểm tra", a row for each figure an earlier document printed
 * ({@code declared:}), beside the figure computed for it, and for each summary total taken from the appendices in place
 * of its sum inside the summary, beside that sum; the difference and the result live formulas over the two; and, for a
 * plan with {@code split:} rows, "Kiểm tra hai cách cộng", each such row's two breakdowns added up. Two
 * sheets, each under its own headings: a sheet has one range of rows repeated on every printed page (and frozen on
 * screen), so 424's nine declared figures, printed after its 54 split rows on one sheet, stood under the split rows'
 * headings on the last page (s28 tryout F3).
 *
 * @param title    the line over the table
 * @param heads    the column headings: the texts of each row, then the two figures compared ("Số ghi trong văn
 *                 bản", "Số tính từ các dòng"; on the split rows' sheet the breakdowns they add up, "Cộng theo nguồn
 *                 vốn", s28 review M3), the difference and the result
 * @param columns  each column's width in Excel's unit, a 256th of the default font's digit
 * @param headPt   the heading row's height in points, when its labels wrap; empty: one line
 * @param rows     the figures checked; none when no table declares a figure and no summary total is linked
 * @param nothing  the sentence under the title when there are no rows
 * @param matched  the result of a figure equal to the computed one ("Khớp")
 * @param differs  the result of one that is not ("Lệch")
 * @param splits   the split rows' own sheet, laid out the same way; empty when no table has a {@code split:} row
 */
public record CheckSheetView(String title, List<String> heads, List<Integer> columns, Optional<Double> headPt,
                             List<CheckRow> rows, String nothing, String matched, String differs,
                             Optional<CheckSheetView> splits) {
    public CheckSheetView {
        heads = List.copyOf(heads);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
