package plandoc.resolved;

/** A cell of the workbook: its sheet's name, its row and its column on the sheet, both from 0. */
public record SheetCell(String sheet, int row, int column) {
}
