package plandoc.resolved;

import java.util.List;

/**
 * How a table is printed on paper (PDF), computed from its content: its type size and, for a table
 * too wide for a landscape page even at the smaller size, its columns split over successive parts.
 *
 * @param sizePt   13 or 12 (Decree 30 lets tables use 12–13 pt)
 * @param parts    empty when the table prints whole; otherwise the parts left to right, each repeating the
 *                 row-title columns (STT and title) with its own widths
 * @param captions one line per part, printed above it: "" for the first, "(Tiếp theo)" for the others
 * @param sheetWidths the widths the workbook's sheet takes its columns from ("12.50%"): the table's widths before the
 *                 printed header floor (no header word broken across lines), which the paper's columns need and a
 *                 sheet's row heights pay for; empty where they are the table's widths (and for column parts, whose
 *                 widths the sheet takes as printed)
 */
public record TablePrint(int sizePt, List<TableView> parts, List<String> captions, List<String> sheetWidths) {
    public static final TablePrint WHOLE = new TablePrint(12, List.of(), List.of());

    public TablePrint {
        parts = List.copyOf(parts);
        captions = List.copyOf(captions);
        sheetWidths = List.copyOf(sheetWidths);
    }

    /** Printed whole or in parts, the sheet taking the table's own widths. */
    public TablePrint(int sizePt, List<TableView> parts, List<String> captions) {
        this(sizePt, parts, captions, List.of());
    }

    public boolean split() {
        return !parts.isEmpty();
    }
}
