package plandoc.resolved;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure an earlier document printed ({@code declared:}) beside the one computed for it.
 *
 * @param owner    message phrase naming the row or table ("@owner.item|3|giao-ban")
 * @param what     message phrase naming the figure ("@declared.total", "@declared.member|Năm 2022")
 * @param declared the printed figure
 * @param computed the computed figure; empty when the items do not determine it
 * @param printedDeclared the declared figure as printed ("128.000")
 * @param printedComputed the computed figure as printed ("125.000"), "…" when undetermined
 * @param range    for a figure the items do not determine, the least and the most they allow (two figures); empty
 *                 when determined, or when the items bound it by no range
 * @param printedRow the body row of its table that prints the figure, the row a reader finds it on (a crossed cell
 *                 of the whole budget on its source's row, an item's figure on the item's row); empty when the
 *                 table prints it in no row of its own, or before the table is built
 * @param printedCell the cell of its table that prints the computed figure itself (row and column), where the
 *                 workbook's check sheet refers to it, so the comparison follows an edited line; empty when no cell
 *                 prints exactly this figure (a per-source total of a table without such a column)
 * @param in       where the figure was printed ({@code in:} of its {@code declared:} entry, "Kế hoạch"), when said:
 *                 two printed sources of one figure are two rows of the check sheet, each named
 */
public record DeclaredFigure(String owner, String what, BigDecimal declared, Optional<BigDecimal> computed,
                             String printedDeclared, String printedComputed, java.util.List<BigDecimal> range,
                             Optional<Integer> printedRow, Optional<CellRef> printedCell,
                             Optional<String> in) {
    public DeclaredFigure {
        range = java.util.List.copyOf(range);
        java.util.Objects.requireNonNull(printedRow, "printedRow: Optional.empty() when no row prints it");
        java.util.Objects.requireNonNull(printedCell, "printedCell: Optional.empty() when no cell prints it");
        java.util.Objects.requireNonNull(in, "in: Optional.empty() when the entry names no document");
    }

    /** This figure as printed on body row {@code row} of its table. */
    public DeclaredFigure printedOn(int row) {
        return new DeclaredFigure(owner, what, declared, computed, printedDeclared, printedComputed, range,
                Optional.of(row), printedCell, in);
    }

    /** This figure as printed in {@code cell} of its table, on the cell's row. */
    public DeclaredFigure printedIn(CellRef cell) {
        return new DeclaredFigure(owner, what, declared, computed, printedDeclared, printedComputed, range,
                Optional.of(cell.row()), Optional.of(cell), in);
    }

    /** Whether the computed figure is known and equals the declared one (a blank counts as 0). */
    public boolean matches() {
        return computed.map(c -> c.compareTo(declared) == 0).orElse(false);
    }
}
