package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import plandoc.model.Id;
import plandoc.resolved.CellLink;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellSum;
import plandoc.resolved.TableView;

/**
 * Links a summary's figures ({@code from:}) to the tables it adds up. The summary's money is its source
 * budgets' items converted to its unit ({@link BudgetCalculator#computeSummary}), so a figure of the whole
 * summary for a selection is the same selection of each source budget as a whole, converted; where every
 * source with money there shows that figure in a cell (its grand row, a per-member total), the summary's
 * cell is the sum of those cells. A figure the table already adds up from its own cells keeps that sum.
 */
final class SummaryLinks {
    private final Map<String, BudgetFigures> figures;
    private final Function<String, List<LiveSums.Placed>> wholeCells;

    /**
     * @param figures    every budget's figures, by id
     * @param wholeCells a built budget table's cells showing the budget as a whole, by budget id
     */
    SummaryLinks(Map<String, BudgetFigures> figures, Function<String, List<LiveSums.Placed>> wholeCells) {
        this.figures = figures;
        this.wholeCells = wholeCells;
    }

    /** The summary's table with its links; the table itself when none of its figures can be linked. */
    TableView link(TableView table, BudgetFigures summary) {
        Set<CellRef> summed = new HashSet<>();
        table.sums().sums().stream().map(CellSum::cell).forEach(summed::add);
        List<CellLink> links = new ArrayList<>();
        for (LiveSums.Placed cell : wholeCells.apply(summary.budget().id().value())) {
            // A declared figure is typed as the original prints it: it adds up nothing.
            if (cell.figure().isValue() && cell.declared().isEmpty() && !summed.contains(cell.at())) {
                parts(cell, summary).ifPresent(parts -> links.add(new CellLink(cell.at(), parts)));
            }
        }
        if (links.isEmpty()) {
            return table;
        }
        return new TableView(table.id(), table.kind(), table.printedUnit(), table.decimals(), table.columns(), table.header(), table.rows(),
                table.notes(), table.wide(), table.widths(), table.sums().withLinks(links), table.print());
    }

    /** The source cells a summary cell adds up; empty when some source's figure there has no cell of its own. */
    private Optional<List<CellLink.Part>> parts(LiveSums.Placed cell, BudgetFigures summary) {
        List<CellLink.Part> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        String shape = AxisShapes.describe(summary.layout());
        for (Id id : summary.budget().from()) {
            BudgetFigures source = figures.get(id.value());
            if (source == null || !AxisShapes.describe(source.layout()).equals(shape)) {
                return Optional.empty(); // reported by the summary's computation
            }
            Figure figure = source.figure(cell.selection());
            boolean blank = figure.state() == Figure.State.BLANK;
            Optional<LiveSums.Placed> shown = figure.isValue() || blank ? wholeCells.apply(id.value()).stream()
                    .filter(p -> p.selection().equals(cell.selection())).findFirst() : Optional.empty();
            if (shown.isEmpty()) {
                if (blank) {
                    continue; // no money there and no cell for it: nothing the sheet could add
                }
                return Optional.empty();
            }
            BigDecimal factor = source.budget().unit().inDong().divide(summary.budget().unit().inDong())
                    .stripTrailingZeros();
            // A blank cell is linked too (s23 review H2): a figure typed into it later must reach the summary, whose
            // other figures (the year totals) already add up every source.
            parts.add(new CellLink.Part(id.value(), shown.get().at(), factor));
            total = blank ? total : total.add(figure.value().multiply(factor));
        }
        // The parts must give the printed figure exactly, or the workbook would show a figure the document does not.
        return !parts.isEmpty() && total.compareTo(cell.figure().value()) == 0 ? Optional.of(parts) : Optional.empty();
    }
}
