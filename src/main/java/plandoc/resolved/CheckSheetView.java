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
 * @param splitHeads the headings over {@code splits}: the same but for the two figures, named by the breakdowns they
 *                 add up ("Cộng theo nguồn vốn", "Cộng theo năm"), not "Số ghi trong văn bản", which they are not
 *                 (s28 review M3); empty without splits
 * @param splitHeadPt their row's height in points, when its labels wrap
 * @param splits   each {@code split:} row's two breakdowns compared, under their own headings
 * @param splitsFirst true when the splits come first, under the headings frozen on screen and repeated on every printed
 *                 page, the declared figures after them under theirs: the longer block runs over the pages
 * @param nothing  the sentence under the title when no table declares a figure
 * @param matched  the result of a figure equal to the computed one ("Khớp")
 * @param differs  the result of one that is not ("Lệch")
 */
public record CheckSheetView(String title, List<String> heads, List<Integer> columns, Optional<Double> headPt,
                             List<CheckRow> rows, List<String> splitHeads, Optional<Double> splitHeadPt,
                             List<CheckRow> splits, boolean splitsFirst, String nothing, String matched, String differs) {
    public CheckSheetView {
        heads = List.copyOf(heads);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        splitHeads = List.copyOf(splitHeads);
        splits = List.copyOf(splits);
    }
}
