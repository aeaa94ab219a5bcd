package plandoc.compute;

import java.util.List;

/**
 * The printed height of a table row, estimated from the characters of each cell and its column's width,
 * for what must be decided before a layout engine has laid the row out: whether the PDF or the Word copy
 * keeps a row on one page (a short row moves overleaf whole; {@link TableLayouts}). One estimate for both, so
 * the Word copy breaks a table where the PDF does. (The workbook's row heights wrap each cell's words with the
 * font's widths instead, {@link TextLines}: there a row taller than its text shows.)
 * It errs on the tall side: a wrong guess costs some space, never a hidden line.
 */
final class RowHeights {
    /** A row up to this tall (about nine lines at 12 pt) moves overleaf whole rather than split. */
    static final double WHOLE_MM = 45;
    private static final double MM_PER_PT = 25.4 / 72;
    /** Average advance of a Times character in em, with a tenth lost where lines wrap at spaces. */
    private static final double CHAR_EM = 0.47 / 0.9;
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
     */
    static int lines(List<List<String>> cells, List<Double> widthsMm, double sizePt) {
        double charEm = CHAR_EM;
        double emMm = sizePt * MM_PER_PT;
        int lines = 1;
        for (int i = 0; i < cells.size() && i < widthsMm.size(); i++) {
            double perLine = Math.max(1, (widthsMm.get(i) - PADDING_MM) / (charEm * emMm));
            int cellLines = 0;
            for (String text : cells.get(i)) {
                cellLines += Math.max(1, (int) Math.ceil(text.strip().length() / perLine));
            }
            lines = Math.max(lines, cellLines);
        }
        return lines;
    }

    /** The row's height in mm: its lines at the table's line height, and the cells' padding. */
    static double heightMm(List<List<String>> cells, List<Double> widthsMm, double sizePt) {
        return lines(cells, widthsMm, sizePt) * LINE_HEIGHT * sizePt * MM_PER_PT + PADDING_MM;
    }
}
