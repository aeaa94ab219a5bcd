package plandoc.resolved;

import java.util.List;

/**
 * A printed table (a table, or one of its column parts) as laid out where the document shows it: measured in
 * compute from its text and the font's widths, so the PDF and the Word copy only place these values.
 *
 * @param widthMm       the table's width on paper: the text width (portrait, or landscape for a wide table and
 *                      in a landscape appendix) less an inset each side that keeps its outer rules inside it
 * @param columnsMm     each column's width on paper, edges at hundredths of a millimetre, adding up to
 *                      {@code widthMm}
 * @param headerRowsPt  each header row's height in points as its tallest cell's lines make it: how far the text
 *                      of a cell spanning rows is raised to sit in the middle of them
 * @param rows          each body row's estimated height and whether the PDF keeps it on one page
 * @param firstClosingRow the first of the body rows that close the table: its last row and the totals under it
 *                      that each keep with the row above (a grand total, the per-member totals, a group's
 *                      unallocated money; pdf.css {@code page-break-before: avoid}). The PDF keeps them with the
 *                      table's notes and its end mark; with notes, they are kept whole when short enough
 *                      ({@code rows}, {@code wordRowsWhole}). 0 when the table has no body rows
 * @param notes         each note under the table as the PDF prints it: a row of one cell across the table
 * @param wordColumns   each column's width in the Word copy, in twentieths of a point
 * @param wordRowsWhole for each body row, whether the Word copy keeps it on one page (at its own widths)
 * @param keptWithNext  for each body row, whether a page must not end under it (it keeps with the next row, the last
 *                      row with the notes under the table), as the PDF keeps its rows: the Word copy's keep with next
 * @param tiedWords     the body cells' lines whose last two words the PDF prints on one line, at these widths
 * @param wordHeaderLiftsPt for each header cell, in reading order (row by row), how far the Word copy raises its text
 *                      above the middle of the row it is written in: a cell spanning rows is written in the last of
 *                      them (no vertical merge, render.docx.Tables), and raised by as much space after it so that it
 *                      sits in the middle of its rows as the PDF's does, never more than its row has to spare (so the
 *                      row does not grow); 0 for a cell of one row
 */
public record TableLayout(double widthMm, List<Double> columnsMm, List<Double> headerRowsPt, List<RowHeight> rows,
                          int firstClosingRow, List<RowHeight> notes, List<Integer> wordColumns, List<Boolean> wordRowsWhole,
                          List<Boolean> keptWithNext, List<TiedWords> tiedWords, List<Double> wordHeaderLiftsPt) {
    /** A layout whose header cells are not raised in the Word copy (a fixture's). */
    public TableLayout(double widthMm, List<Double> columnsMm, List<Double> headerRowsPt, List<RowHeight> rows,
                       int firstClosingRow, List<RowHeight> notes, List<Integer> wordColumns, List<Boolean> wordRowsWhole,
                       List<Boolean> keptWithNext, List<TiedWords> tiedWords) {
        this(widthMm, columnsMm, headerRowsPt, rows, firstClosingRow, notes, wordColumns, wordRowsWhole, keptWithNext,
                tiedWords, List.of());
    }

    public TableLayout {
        wordHeaderLiftsPt = List.copyOf(wordHeaderLiftsPt);
        columnsMm = List.copyOf(columnsMm);
        headerRowsPt = List.copyOf(headerRowsPt);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        wordColumns = List.copyOf(wordColumns);
        wordRowsWhole = List.copyOf(wordRowsWhole);
        keptWithNext = List.copyOf(keptWithNext);
        tiedWords = List.copyOf(tiedWords);
        if (firstClosingRow < 0 || firstClosingRow >= Math.max(1, rows.size())) {
            throw new IllegalArgumentException("first closing row " + firstClosingRow + " of " + rows.size());
        }
    }
}
