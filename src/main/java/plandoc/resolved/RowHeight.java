package plandoc.resolved;

/**
 * A body row's height on paper, estimated before any layout engine has laid the row out.
 *
 * @param mm    the estimated height in millimetres, padding included
 * @param whole whether the row is short enough to move overleaf whole rather than split
 */
public record RowHeight(double mm, boolean whole) {
}
