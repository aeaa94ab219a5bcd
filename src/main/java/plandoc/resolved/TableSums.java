package plandoc.resolved;

import java.util.List;

/**
 * How a budget table's figures arise from one another, for outputs that keep totals live (XLSX): every figure with a
 * {@link CellSum} adds up the cells it names; a figure without one was given by the items, or is one of the
 * {@link OpenFigures} the items do not fix. Four records, each made once by compute: the table's own sums, its open
 * cells, the figures the check sheet compares, and the workbook's links to other sheets.
 *
 * @param sums   the table's figures that add up cells of the table
 * @param open   the cells no sum or item fills: printed "…", or the author's declared figure
 * @param checks the figures the workbook's check sheet compares
 * @param links  the cells that refer to, or are referred to from, other sheets of the workbook
 */
public record TableSums(List<CellSum> sums, OpenFigures open, FigureChecks checks, SheetLinks links) {
    public static final TableSums NONE = new TableSums(List.of(), OpenFigures.NONE, FigureChecks.NONE, SheetLinks.NONE);

    public TableSums {
        sums = List.copyOf(sums);
        java.util.Objects.requireNonNull(open, "open: OpenFigures.NONE without such cells");
        java.util.Objects.requireNonNull(checks, "checks: FigureChecks.NONE without such figures");
        java.util.Objects.requireNonNull(links, "links: SheetLinks.NONE without such cells");
    }
}
