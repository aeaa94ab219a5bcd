package plandoc.compute;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowHeight;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableLayout;
import plandoc.resolved.TableView;
import plandoc.resolved.TiedWords;

/**
 * How a table is laid out on paper where the document shows it ({@link TableLayout}): its columns in millimetres
 * of the text width it fills, the lines of its header rows, and which rows are short enough to be kept on one
 * page, for the PDF and for the Word copy, each at its own widths. A table in a landscape appendix fills the
 * landscape width though it is not wide itself, hence a layout per showing rather than per table.
 */
public final class TableLayouts {
    /**
     * A table's inset from each side of the text: half the cells' 0.5 pt rule (0.09 mm) and room for where
     * openhtmltopdf places it (up to 0.04 pt further out than asked, read back from the bundled plans' PDFs).
     * A collapsed border is drawn centred on the table's edge: a table exactly as wide as the text printed the
     * outer half of its left and right rules past the text area's edges, clipped there.
     */
    public static final double INSET_MM = 0.13;
    /** The Word copy's text width in twentieths of a point: A4 less the Decree 30 margins (render.docx.Pages). */
    public static final int WORD_PORTRAIT = 11906 - twips(30) - twips(15);
    public static final int WORD_LANDSCAPE = 16838 - twips(30) - twips(15);
    /** pdf.css: header lines at 1.05, 1 pt of padding above and below, a 0.5 pt rule shared with the next row. */
    private static final double HEADER_LINE_HEIGHT = 1.05;
    private static final double HEADER_PADDING_PT = 2.5;
    /**
     * A spanning title is taken to wrap when it comes within this of its cell's width, for the layout's rounding.
     * It was 1.5 mm while openhtmltopdf printed the columns up to a millimetre narrower than their share (whole
     * percentages; the columns are given in mm now), and "Giai đoạn 2012-2015", measured to fit, wrapped (4086
     * PHỤ LỤC 3); with 1.5 mm it is now counted as two lines where it prints in one, and the stacks beside it
     * were raised too high.
     */
    private static final double NARROWER_MM = 0.2;
    /**
     * The rows that close a table with notes are kept whole, with the notes, when they are at most this tall (a third
     * of a page): a closing row too tall to be kept whole alone could otherwise split, end at a page foot and leave
     * the notes to open the next page alone (s20).
     */
    public static final double WHOLE_TABLE_MM = 90;
    /** The text height of an A4 page less the Decree 30 margins, portrait and landscape (pdf.css {@code @page}). */
    public static final double PORTRAIT_TEXT_MM = 257;
    public static final double LANDSCAPE_TEXT_MM = 170;
    /** The rows kept with the row above them, so closing a table with its last row (pdf.css: page-break-before: avoid). */
    private static final java.util.Set<RowKind> KEPT_WITH_ROW_ABOVE = java.util.EnumSet.of(RowKind.GRAND,
            RowKind.AXIS_TOTAL, RowKind.UNALLOCATED);
    /** What a browser's text() makes one space of, and what it drops (jsoup: normalised whitespace). */
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\f\\r\\u00a0]+");

    private TableLayouts() {
    }

    /**
     * The layouts of {@code table} shown on a landscape page or not: one for a table printed whole, one per column
     * part; none when the table has no column widths.
     */
    public static List<TableLayout> of(TableView table, boolean landscape) {
        List<TableView> printed = table.print().split() ? table.print().parts() : List.of(table);
        List<TableLayout> out = new ArrayList<>();
        for (TableView t : printed) {
            if (t.widths().isEmpty() || t.widths().size() != t.columns().size()) {
                return List.of();
            }
            out.add(layout(t, table.print().sizePt(), landscape || t.wide()));
        }
        return out;
    }

    private static TableLayout layout(TableView table, int sizePt, boolean landscape) {
        List<Double> percent = table.widths().stream()
                .map(w -> Double.parseDouble(w.substring(0, w.length() - 1).strip())).toList();
        double total = percent.stream().mapToDouble(Double::doubleValue).sum();
        double widthMm = (landscape ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM) - 2 * INSET_MM;
        List<Double> columns = percent.stream().map(p -> p / total * widthMm).toList();
        List<RowHeight> rows = new ArrayList<>();
        for (RowView row : table.rows()) {
            double mm = RowHeights.heightMm(texts(row, true), spans(row, columns), sizePt, ColumnWidths.bold(row));
            rows.add(new RowHeight(mm, mm <= RowHeights.WHOLE_MM));
        }
        // A note prints as a row of one cell across the table, which its rows group keeps on one page.
        double across = span(columns, 0, columns.size());
        List<RowHeight> notes = new ArrayList<>();
        for (InlineText note : table.notes()) {
            notes.add(new RowHeight(RowHeights.heightMm(List.of(List.of(nfc(note.plain()))), List.of(across), sizePt, false),
                    true));
        }
        int available = landscape ? WORD_LANDSCAPE : WORD_PORTRAIT;
        List<Integer> word = new ArrayList<>();
        List<Double> wordMm = new ArrayList<>();
        for (double p : percent) {
            int twips = (int) Math.floor(available * p / 100);
            word.add(twips);
            wordMm.add(twips * 25.4 / 1440);
        }
        List<Double> headerPt = headerRows(table.header(), columns, sizePt);
        // Word cannot start a tall row only where half of it fits, as the PDF does (render.pdf.ShortRows): it keeps
        // whole every row that fits on a page under the repeated header, and lets only a taller one split. A split
        // row read as two rows of a budget table (424 PHỤ LỤC 01 row 5 broke at "quản lý dữ"; s27 review L1).
        double wordPageMm = (landscape ? LANDSCAPE_TEXT_MM : PORTRAIT_TEXT_MM)
                - headerPt.stream().mapToDouble(Double::doubleValue).sum() * 25.4 / 72;
        List<Boolean> wordWhole = new ArrayList<>();
        for (RowView row : table.rows()) {
            wordWhole.add(RowHeights.heightMm(texts(row, false), spans(row, wordMm), sizePt, ColumnWidths.bold(row)) <= wordPageMm);
        }
        int closing = firstClosingRow(table.rows());
        keepClosingRowsWhole(table, closing, rows, wordWhole);
        return new TableLayout(widthMm, printedEdges(columns, widthMm), headerPt, rows,
                closing, notes, word, wordWhole, keptWithNext(table), tiedWords(table, columns, sizePt),
                wordHeaderLifts(table.header(), columns, sizePt, headerPt));
    }

    /**
     * The body cells' lines whose last two words print on one line at these widths ({@link ColumnWidths.Words#tiesLastTwo},
     * counted with the room {@link FewestLines} counts lines in). Only on paper: the site's browser and Word wrap at
     * their own widths and metrics, and an officer editing the Word copy would find two words glued by a character he
     * cannot see; the data files keep the source's text.
     */
    private static List<TiedWords> tiedWords(TableView table, List<Double> columns, int sizePt) {
        double emMm = sizePt * TextMeasure.MM_PER_PT;
        double slack = FewestLines.SLACK_MM / emMm;
        List<TiedWords> tied = new ArrayList<>();
        List<RowView> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            RowView row = rows.get(r);
            boolean bold = ColumnWidths.bold(row);
            List<Double> widths = spans(row, columns);
            for (int c = 0; c < row.cells().size(); c++) {
                CellView cell = row.cells().get(c);
                if (cell.role() != CellRole.TITLE && cell.role() != CellRole.TEXT) {
                    continue;
                }
                double room = ColumnWidths.Words.room(widths.get(c), sizePt);
                for (int l = 0; l < cell.lines().size(); l++) {
                    String text = nfc(cell.lines().get(l).plain());
                    if (text.indexOf('\n') < 0 && ColumnWidths.Words.of(text, bold).tiesLastTwo(0, room, slack)) {
                        tied.add(new TiedWords(r, c, l));
                    }
                }
            }
        }
        return tied;
    }

    /**
     * For each body row of {@code table}, whether a page must not end under it, as the PDF keeps its rows: a group or
     * heading row with the row under it (pdf.css: one row group; s18 review, finding 6: 4086's "II Ứng dụng … đời sống
     * xã hội" alone at the foot of the workbook's page 1), the row above a row kept with the row above
     * ({@link #KEPT_WITH_ROW_ABOVE}: a total, a group's unallocated money), and the last row with the notes under
     * the table (render.pdf.TableNotes: one row group). The Word copy (keep with next) and the workbook (its row
     * breaks, {@link PageBreaks}) take it from here: until s23 both let a group's unallocated row part from the row
     * above.
     */
    public static List<Boolean> keptWithNext(TableView table) {
        List<RowView> rows = table.rows();
        List<Boolean> kept = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            if (r + 1 == rows.size()) {
                kept.add(!table.notes().isEmpty());
            } else {
                RowKind kind = rows.get(r).kind();
                kept.add(kind == RowKind.GROUP || kind == RowKind.HEADING
                        || KEPT_WITH_ROW_ABOVE.contains(rows.get(r + 1).kind()));
            }
        }
        return kept;
    }

    /**
     * The first of the rows that close a table: its last row and, above it, the rows each kept with the row above
     * ({@link #KEPT_WITH_ROW_ABOVE}). Decided here once for every renderer (render.pdf.TableNotes and ShortRows
     * read it from the layout; the Word copy takes the rows kept whole).
     */
    private static int firstClosingRow(List<RowView> rows) {
        int first = Math.max(0, rows.size() - 1);
        while (first > 0 && KEPT_WITH_ROW_ABOVE.contains(rows.get(first).kind())) {
            first--;
        }
        return first;
    }

    /**
     * A table with notes keeps the rows that close it (from {@code first}) whole when they are at most
     * {@link #WHOLE_TABLE_MM} tall, in the PDF (which prints them in one group with the notes,
     * render.pdf.TableNotes) and in the Word copy alike; taller, each row stays as its own height decided.
     */
    private static void keepClosingRowsWhole(TableView table, int first, List<RowHeight> rows, List<Boolean> wordWhole) {
        if (table.notes().isEmpty() || rows.isEmpty()) {
            return;
        }
        double mm = 0;
        for (int r = first; r < rows.size(); r++) {
            mm += rows.get(r).mm();
        }
        if (mm <= WHOLE_TABLE_MM) {
            for (int r = first; r < rows.size(); r++) {
                rows.set(r, new RowHeight(rows.get(r).mm(), true));
                wordWhole.set(r, true);
            }
        }
    }

    /**
     * Each cell's lines (one entry per line break; an empty cell one empty line), composed as the PDF's page is
     * (NFC, render.PlanRenderer) or as the Word copy writes them.
     */
    private static List<List<String>> texts(RowView row, boolean page) {
        List<List<String>> cells = new ArrayList<>(row.cells().size());
        for (CellView cell : row.cells()) {
            cells.add(cell.lines().isEmpty() ? List.of("")
                    : cell.lines().stream().map(InlineText::plain).map(line -> page ? nfc(line) : line).toList());
        }
        return cells;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Each cell's width: its columns' widths added. */
    private static List<Double> spans(RowView row, List<Double> columns) {
        List<Double> widths = new ArrayList<>();
        int column = 0;
        for (CellView cell : row.cells()) {
            int span = Math.max(1, cell.colspan());
            double width = 0;
            for (int c = column; c < column + span && c < columns.size(); c++) {
                width += columns.get(c);
            }
            column += span;
            widths.add(width);
        }
        return widths;
    }

    /**
     * The columns as printed: every column edge rounded down to a hundredth of a millimetre from the table's left,
     * the last at the table's width, so the columns add up to it exactly (a fixed layout gives columns with lengths
     * what they ask: more would widen the table past the text area).
     */
    private static List<Double> printedEdges(List<Double> columns, double widthMm) {
        List<Double> out = new ArrayList<>();
        double edge = 0;
        long before = 0;
        for (int c = 0; c < columns.size(); c++) {
            edge += columns.get(c);
            long after = c == columns.size() - 1 ? Math.round(widthMm * 100) : (long) Math.floor(edge * 100 + 1e-6);
            out.add((after - before) / 100.0);
            before = after;
        }
        return out;
    }

    /**
     * Each header row's height in points: its tallest cell's lines, counting only the cells whose text prints in
     * it (a cell of one row, or the last row of a cell spanning rows: the PDF prints its text at the stack's
     * foot and raises it by half the rows above, render.pdf.HeaderRowspans).
     */
    private static List<Double> headerRows(List<List<HeaderCell>> header, List<Double> columns, int sizePt) {
        double[] heights = new double[header.size()];
        java.util.Arrays.fill(heights, HEADER_PADDING_PT);
        eachHeaderCell(header, (cell, row, last, column, colspan) -> heights[last] = Math.max(heights[last],
                headerTextPt(cell, columns, column, colspan, sizePt)));
        List<Double> out = new ArrayList<>();
        for (double h : heights) {
            out.add(h);
        }
        return out;
    }

    /** A header cell's own height in points: its lines at its columns' width, with the cell's padding. */
    private static double headerTextPt(HeaderCell cell, List<Double> columns, int column, int colspan, int sizePt) {
        int lines = ColumnWidths.headerTextLines(asRead(cell.text()), span(columns, column, colspan) - NARROWER_MM, sizePt);
        return lines * HEADER_LINE_HEIGHT * sizePt + HEADER_PADDING_PT;
    }

    /** What is done with each header cell, placed: its first and last row, its first column and how many it spans. */
    private interface HeaderCellAt {
        void at(HeaderCell cell, int row, int lastRow, int column, int colspan);
    }

    /** Each header cell in reading order (row by row), placed as a browser places it. */
    private static void eachHeaderCell(List<List<HeaderCell>> header, HeaderCellAt visit) {
        int height = header.size();
        List<Map<Integer, Boolean>> taken = new ArrayList<>();
        header.forEach(r -> taken.add(new HashMap<>()));
        for (int r = 0; r < height; r++) {
            int column = 0;
            for (HeaderCell cell : header.get(r)) {
                while (taken.get(r).containsKey(column)) {
                    column++;
                }
                int colspan = Math.max(1, cell.colspan());
                int rowspan = Math.min(Math.max(1, cell.rowspan()), height - r);
                for (int k = 0; k < rowspan; k++) {
                    for (int c = column; c < column + colspan; c++) {
                        taken.get(r + k).put(c, true);
                    }
                }
                visit.at(cell, r, r + rowspan - 1, column, colspan);
                column += colspan;
            }
        }
    }

    /**
     * {@link TableLayout#wordHeaderLiftsPt}: a cell spanning rows, written in the last of them, is centred there with
     * as much space after it as the rows above are tall, which puts its middle in the middle of the stack (as the PDF
     * raises it by half of them); capped at what the last row has to spare beside its own text, so the row keeps the
     * height its tallest cell gives it.
     */
    private static List<Double> wordHeaderLifts(List<List<HeaderCell>> header, List<Double> columns, int sizePt,
                                                List<Double> heights) {
        List<Double> lifts = new ArrayList<>();
        eachHeaderCell(header, (cell, row, last, column, colspan) -> {
            double above = 0;
            for (int k = row; k < last; k++) {
                above += heights.get(k);
            }
            double spare = heights.get(last) - headerTextPt(cell, columns, column, colspan, sizePt);
            lifts.add(Math.round(Math.max(0, Math.min(above, spare)) * 10) / 10.0);
        });
        return lifts;
    }

    private static double span(List<Double> columns, int column, int colspan) {
        double width = 0;
        for (int c = column; c < column + colspan && c < columns.size(); c++) {
            width += columns.get(c);
        }
        return width;
    }

    /** A header's text as the printed page reads it: its spaces (a no-break one too) one space, trimmed. */
    private static String asRead(String text) {
        return WHITESPACE.matcher(nfc(text)).replaceAll(" ").strip();
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }
}
