package plandoc.resolved;

/** A header cell with its spans. */
public record HeaderCell(String text, int colspan, int rowspan) {
}
