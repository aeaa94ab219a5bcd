package plandoc.resolved;

/** A cell of a table: its body row (index into {@link TableView#rows()}) and its physical column, both from 0. */
public record CellRef(int row, int column) {
}
