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
 */
public record TablePrint(int sizePt, List<TableView> parts, List<String> captions) {
    public static final TablePrint WHOLE = new TablePrint(12, List.of(), List.of());

    public TablePrint {
        parts = List.copyOf(parts);
        captions = List.copyOf(captions);
    }

    public boolean split() {
        return !parts.isEmpty();
    }
}
