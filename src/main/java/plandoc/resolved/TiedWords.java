package plandoc.resolved;

/**
 * The last two words of a line of a table's body cell, which the PDF prints on one line, a no-break space between
 * them (compute.ColumnWidths.Words#tiesLastTwo: "… xử lý văn bản / điện tử", not "… văn bản điện / tử").
 *
 * @param row  the body row, from 0
 * @param cell the cell of the row, from 0 (a cell spanning columns counts once)
 * @param line the cell's line ({@link CellView#lines}), from 0
 */
public record TiedWords(int row, int cell, int line) {
}
