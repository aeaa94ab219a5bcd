package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.model.Id;
import plandoc.resolved.CellLink;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellSum;
import plandoc.resolved.SheetLinks;
import plandoc.resolved.TableSums;
import plandoc.resolved.TableView;

/**
 * Links a summary's figures ({@code from:}) to the tables it adds up. The summary's money is its source
 * budgets' items converted to its unit ({@link BudgetCalculator#computeSummary}), so a figure of the whole
 * summary for a selection is the same selection of each source budget as a whole, converted; where every
 * source with money there shows that figure in a cell (its grand row, a per-member total), the summary's
 * cell is the sum of those cells. A figure the table already adds up from its own cells keeps that sum, unless one
 * of those cells (or of theirs) is a typed value, a figure neither summed nor linked: an edited appendix line would
 * not reach it, and the sum would drift from its own row (s26 review H2, a grand total over a source's total that
 * no appendix prints in a cell of its own). Such a figure refers to the sources' cells instead where it can.
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
        Map<CellRef, CellSum> sums = new HashMap<>();
        table.sums().sums().forEach(s -> sums.put(s.cell(), s));
        Map<CellRef, LiveSums.Placed> cells = new HashMap<>();
        Map<CellRef, CellLink> links = new HashMap<>();
        for (LiveSums.Placed cell : wholeCells.apply(summary.budget().id().value())) {
            cells.put(cell.at(), cell);
            // A declared figure is typed as the original prints it: it adds up nothing.
            if (cell.figure().isValue() && cell.declared().isEmpty() && !sums.containsKey(cell.at())) {
                parts(cell, summary).ifPresent(link -> links.put(cell.at(), link));
            }
        }
        Map<CellRef, Boolean> live = new HashMap<>();
        List<CellLink> ordered = new ArrayList<>();
        for (LiveSums.Placed cell : wholeCells.apply(summary.budget().id().value())) {
            live(cell.at(), sums, cells, links, live, summary);
        }
        for (LiveSums.Placed cell : wholeCells.apply(summary.budget().id().value())) {
            Optional.ofNullable(links.get(cell.at())).ifPresent(ordered::add); // reading order
        }
        if (ordered.isEmpty()) {
            return table;
        }
        // The links in place of the sums of the same cells, which the check sheet compares with them.
        TableSums own = table.sums();
        List<CellSum> kept = own.sums().stream().filter(s -> !links.containsKey(s.cell())).toList();
        List<CellSum> replaced = own.sums().stream().filter(s -> links.containsKey(s.cell())).toList();
        TableSums linked = new TableSums(kept, own.open(), own.checks(),
                new SheetLinks(ordered, replaced, own.links().amounts()));
        return new TableView(table.id(), table.kind(), table.printedUnit(), table.decimals(), table.columns(), table.header(), table.rows(),
                table.notes(), table.wide(), table.widths(), linked, table.print());
    }

    /**
     * Whether the cell follows an edited appendix line: linked, blank (nothing typed to go stale) or a sum of cells
     * that do; a sum over a typed value is replaced here by the link to the sources' cells when there is one
     * ({@code links} gains it). References only go to finer figures ({@link LiveSums}), so the recursion ends.
     */
    private boolean live(CellRef at, Map<CellRef, CellSum> sums, Map<CellRef, LiveSums.Placed> cells,
                         Map<CellRef, CellLink> links, Map<CellRef, Boolean> known, BudgetFigures summary) {
        Boolean done = known.get(at);
        if (done != null) {
            return done;
        }
        boolean result;
        LiveSums.Placed cell = cells.get(at);
        CellSum sum = sums.get(at);
        if (links.containsKey(at)) {
            // Added from the data sheet's amounts, it follows an amount edited there or in a cell the amount is
            // printed in alone, not a source's cell that adds several (an item's "Ngân sách tỉnh" over three years):
            // a total over it refers to the sources' cells where it can.
            result = links.get(at).data().isEmpty();
        } else if (cell == null || !cell.figure().isValue()) {
            result = true;
        } else if (sum == null) {
            result = false; // a typed value: a declared figure, or one with no source cell
        } else {
            boolean partsLive = true;
            for (CellRef part : sum.parts()) {
                partsLive &= live(part, sums, cells, links, known, summary);
            }
            Optional<CellLink> link = partsLive || cell.declared().isPresent() ? Optional.empty()
                    : parts(cell, summary);
            link.ifPresent(l -> links.put(at, l));
            result = partsLive || link.filter(l -> l.data().isEmpty()).isPresent();
        }
        known.put(at, result);
        return result;
    }

    /**
     * The source cells a summary cell adds up, and the sources that print no cell for it added from their amounts
     * (the data sheet's rows); empty when some source's figure there can be neither.
     */
    private Optional<CellLink> parts(LiveSums.Placed cell, BudgetFigures summary) {
        List<CellLink.Part> parts = new ArrayList<>();
        List<CellLink.DataPart> data = new ArrayList<>();
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
            BigDecimal factor = source.budget().unit().inDong().divide(summary.budget().unit().inDong())
                    .stripTrailingZeros();
            if (shown.isEmpty()) {
                if (blank) {
                    continue; // no money there and no cell for it: nothing the sheet could add
                }
                // No cell of the source prints the figure (its table prints sources, the summary years): its amounts
                // do, one data sheet row each, so an edited amount there reaches the summary too (s29 tryout F4).
                Optional<String> members = members(source, cell.selection());
                if (!figure.isValue() || members.isEmpty()) {
                    return Optional.empty();
                }
                data.add(new CellLink.DataPart(id.value(), members.get(), factor));
                total = total.add(figure.value().multiply(factor));
                continue;
            }
            // A blank cell is linked too (s23 review H2): a figure typed into it later must reach the summary, whose
            // other figures (the year totals) already add up every source.
            parts.add(new CellLink.Part(id.value(), shown.get().at(), factor));
            total = blank ? total : total.add(figure.value().multiply(factor));
        }
        // The parts must give the printed figure exactly, or the workbook would show a figure the document does not.
        return (!parts.isEmpty() || !data.isEmpty()) && total.compareTo(cell.figure().value()) == 0
                ? Optional.of(new CellLink(cell.at(), parts, data)) : Optional.empty();
    }

    /**
     * The data sheet's "Mã thành phần" of the source's rows within {@code selection}: the leaf member of each axis it
     * selects, {@code *} for any other ({@code ns-tinh/*}); empty when a row of the source is given by source and by
     * year separately (its amounts are not listed cell by cell) or the selection names a member with members of its
     * own (its rows name the leaves).
     */
    private static Optional<String> members(BudgetFigures source, Selection selection) {
        if (source.items().stream().anyMatch(i -> !i.item().split().isEmpty())) {
            return Optional.empty();
        }
        List<String> members = new ArrayList<>();
        for (int axis = 0; axis < selection.members().size(); axis++) {
            String member = selection.member(axis);
            if (member != null && (!source.layout().leaves(axis).contains(member) || !member.matches("[A-Za-z0-9._-]+"))) {
                return Optional.empty();
            }
            members.add(member == null ? "*" : member);
        }
        return Optional.of(String.join(DataSheets.MEMBER_SEPARATOR, members));
    }
}
