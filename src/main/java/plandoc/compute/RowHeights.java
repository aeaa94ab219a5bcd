package plandoc.compute;

import java.util.List;

/**
 * The printed height of a table row, estimated from the words of each cell and its column's width, for what must be
 * decided before a layout engine has laid the row out: whether the PDF or the Word copy keeps a row on one page (a
 * short row moves overleaf whole; {@link TableLayouts}). One estimate for both, so the Word copy breaks a table where
 * the PDF does.
 *
 * <p>Lines are counted as the widths were chosen ({@link ColumnWidths.Words#lines} in {@link ColumnWidths.Words#room}):
 * the font's advance widths, with the room {@link FewestLines} keeps free in a cell. Until s31 they were counted from
 * an average character (0.52 em), which disagreed with the widths: a column widened by a few millimetres left its
 * cells' lines as the widths counted them but made three of 424's rows a line taller here (s30 F11).
 */
final class RowHeights {
    /** A row up to this tall (about nine lines at 12 pt) moves overleaf whole rather than split. */
    static final double WHOLE_MM = 45;
    private static final double MM_PER_PT = 25.4 / 72;
    private static final double LINE_HEIGHT = 1.15;
    private static final double PADDING_MM = 1.6;

    private RowHeights() {
    }

    /**
     * The number of printed lines of the row's tallest cell.
     *
     * @param cells    each cell's text, split where it has a line break
     * @param widthsMm each cell's width in mm (its columns' widths added when it spans several)
     * @param sizePt   the table's type size
     * @param bold     whether the row prints bold (a total, a group)
     */
    static int lines(List<List<String>> cells, List<Double> widthsMm, int sizePt, boolean bold) {
        int lines = 1;
        for (int i = 0; i < cells.size() && i < widthsMm.size(); i++) {
            double room = ColumnWidths.Words.room(widthsMm.get(i), sizePt);
            int cellLines = 0;
            for (String text : cells.get(i)) {
                cellLines += ColumnWidths.Words.of(text, bold).lines(room);
            }
            lines = Math.max(lines, cellLines);
        }
        return lines;
    }

    /** The row's height in mm: its lines at the table's line height, and the cells' padding. */
    static double heightMm(List<List<String>> cells, List<Double> widthsMm, int sizePt, boolean bold) {
        return lines(cells, widthsMm, sizePt, bold) * LINE_HEIGHT * sizePt * MM_PER_PT + PADDING_MM;
    }
}
