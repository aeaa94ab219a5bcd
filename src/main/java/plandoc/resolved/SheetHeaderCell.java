package plandoc.resolved;

/**
 * A table's header label where its sheet places it, as a browser places a header: each in the next column not
 * covered from above. Rows and columns count from the header's top row and the sheet's first column; a label
 * spanning several is merged over them.
 */
public record SheetHeaderCell(int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
    /** Whether the label covers more than its own cell (the sheet merges the cells it covers). */
    public boolean merged() {
        return lastRow > firstRow || lastColumn > firstColumn;
    }
}
