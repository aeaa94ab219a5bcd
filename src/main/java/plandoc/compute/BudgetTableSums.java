package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.diagnostic.Problems;
import plandoc.model.Budget;
import plandoc.model.Member;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.FigureChecks;
import plandoc.resolved.OpenFigures;
import plandoc.resolved.RowView;
import plandoc.resolved.SheetLinks;
import plandoc.resolved.SheetLinks.PrintedAmount;
import plandoc.resolved.TableSums;

/**
 * How the printed figures of one budget table add up ({@link LiveSums}), with the rows printing the figures earlier
 * documents declared; a printed total its declared cells do not add up to is an error.
 */
final class BudgetTableSums {
    private final BudgetFigures figures;
    private final Budget budget;
    private final AxisLayout axes;
    private final Problems problems;
    private final List<RowView> rowViews;
    /** The table's money cells, in reading order. */
    private final List<LiveSums.Placed> placed = new ArrayList<>();
    private boolean unequalReported;

    /** @param rows the table's rows, their money cells made by {@code moneyCells} */
    BudgetTableSums(BudgetFigures figures, List<RowView> rows, MoneyCells moneyCells, Problems problems) {
        this.figures = figures;
        this.budget = figures.budget();
        this.axes = figures.layout();
        this.problems = problems;
        this.rowViews = rows;
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (CellView cell : rows.get(r).cells()) {
                moneyCells.placed(cell, new plandoc.resolved.CellRef(r, column)).ifPresent(placed::add);
                column += cell.colspan();
            }
        }
    }

    /** The cells that show the budget as a whole (grand row, per-member totals, a summary's rows), in reading order. */
    List<LiveSums.Placed> wholeCells() {
        return placed.stream().filter(p -> p.scope().equals(BudgetTableBuilder.WHOLE)).toList();
    }

    /**
     * @param scopeParts   each scope's parts, as the rows were laid out ({@link BudgetItemRows})
     * @param scopeFigures each scope's figures; the whole's is added here
     * @param open         the table's open cells, whose notes say why they are open
     */
    TableSums find(Map<String, List<String>> scopeParts, Map<String, Function<Selection, Figure>> scopeFigures,
                   List<DeclaredCheck.Located> declared, OpenCells open) {
        scopeFigures.put(BudgetTableBuilder.WHOLE, figures::figure);
        LiveSums live = new LiveSums(axes, scopeParts, (scope, s) -> scopeFigures.get(scope).apply(s));
        List<plandoc.resolved.CellSum> sums = live.find(placed);
        live.unequal().forEach(this::reportUnequal);
        // An undetermined cell is printed "…" even when the author declared its figure: it is open either way.
        List<CellRef> undetermined = placed.stream().filter(p -> p.figure().state() == Figure.State.UNDETERMINED)
                .map(LiveSums.Placed::at).toList();
        List<CellRef> given = placed.stream().filter(p -> p.figure().state() != Figure.State.UNDETERMINED
                && p.declared().isPresent()).map(LiveSums.Placed::at).toList();
        return new TableSums(sums, new OpenFigures(undetermined, open.undeterminedNote(), given, open.declaredNote()),
                new FigureChecks(declared.stream().map(d -> printedRow(d, placed)).toList(), splits()),
                new SheetLinks(List.of(), List.of(), amounts(scopeFigures)));
    }

    /**
     * The item cells that print one amount alone: within the cell's selection exactly one leaf cell of the item holds
     * money, and no figure there is open. The finest such cell of an amount first (a year's source before the
     * year's total of an item with one source), then in reading order.
     */
    private List<PrintedAmount> amounts(Map<String, Function<Selection, Figure>> scopeFigures) {
        Map<List<String>, PrintedAmount> found = new java.util.LinkedHashMap<>();
        List<LiveSums.Placed> finestFirst = new ArrayList<>(placed);
        finestFirst.sort(java.util.Comparator.comparingInt(p -> -p.selection().constrainedAxes()));
        for (LiveSums.Placed cell : finestFirst) {
            Function<Selection, Figure> figureOf = scopeFigures.get(cell.scope());
            if (!cell.scope().startsWith(BudgetTableBuilder.ITEM_SCOPE) || figureOf == null || !cell.figure().isValue()
                    || cell.declared().isPresent()) {
                continue;
            }
            CellKey only = null;
            int holding = 0;
            for (CellKey key : axes.cells()) {
                if (!within(key, cell.selection())) {
                    continue;
                }
                Figure figure = figureOf.apply(Selection.of(key));
                if (figure.state() == Figure.State.UNDETERMINED) {
                    holding = 2; // a row given by source and by year separately: no amount is its cell's alone
                    break;
                }
                if (figure.isValue()) {
                    holding++;
                    only = key;
                }
            }
            if (holding == 1 && figureOf.apply(Selection.of(only)).value().compareTo(cell.figure().value()) == 0) {
                String item = cell.scope().substring(BudgetTableBuilder.ITEM_SCOPE.length());
                List<String> key = new ArrayList<>(only.members());
                key.add(0, item);
                found.putIfAbsent(key, new PrintedAmount(item, only.members(), cell.at()));
            }
        }
        return List.copyOf(found.values());
    }

    private boolean within(CellKey key, Selection selection) {
        for (int axis = 0; axis < axes.size(); axis++) {
            String member = selection.member(axis);
            if (member != null && !axes.covers(axis, member, key.member(axis))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each {@code split:} row whose two breakdowns both print, cell by cell, with each breakdown's sum: the check
     * sheet compares them as {@code check} does (s27, tryout M-2). A breakdown prints when every leaf member of its
     * axis has a cell of its own on the row (print.money naming the axis); the first one printed is compared with
     * each other.
     */
    private List<plandoc.resolved.SplitSums> splits() {
        List<plandoc.resolved.SplitSums> out = new ArrayList<>();
        for (ItemFigures item : figures.items()) {
            if (item.item().split().isEmpty()) {
                continue;
            }
            String scope = BudgetTableBuilder.itemScope(item);
            List<Integer> printed = new ArrayList<>();
            List<List<LiveSums.Placed>> breakdowns = new ArrayList<>();
            for (int axis = 0; axis < axes.size(); axis++) {
                List<LiveSums.Placed> cells = breakdownCells(scope, axis);
                if (!cells.isEmpty()) {
                    printed.add(axis);
                    breakdowns.add(cells);
                }
            }
            for (int k = 1; k < printed.size(); k++) {
                out.add(new plandoc.resolved.SplitSums(breakdowns.get(0).get(0).at().row(),
                        UndeterminedNote.noun(axes.axes().get(printed.get(0))),
                        UndeterminedNote.noun(axes.axes().get(printed.get(k))),
                        breakdowns.get(0).stream().map(LiveSums.Placed::at).toList(),
                        breakdowns.get(k).stream().map(LiveSums.Placed::at).toList(), sum(breakdowns.get(0)),
                        sum(breakdowns.get(k))));
            }
        }
        return out;
    }

    /** The row's cells of each leaf member of {@code axis} alone, in the axis's order; empty unless all print. */
    private List<LiveSums.Placed> breakdownCells(String scope, int axis) {
        List<LiveSums.Placed> cells = new ArrayList<>();
        for (String leaf : axes.leaves(axis)) {
            Selection alone = Selection.of(axes.size(), Map.of(axis, leaf));
            Optional<LiveSums.Placed> cell = placed.stream().filter(p -> p.scope().equals(scope)
                    && p.selection().equals(alone)).findFirst();
            if (cell.isEmpty()) {
                return List.of();
            }
            cells.add(cell.get());
        }
        return cells;
    }

    private static java.math.BigDecimal sum(List<LiveSums.Placed> cells) {
        return cells.stream().map(p -> p.figure().isValue() ? p.figure().value() : java.math.BigDecimal.ZERO)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    /**
     * The declared figure with the row printing it: the row of the cell it is (a crossed cell of the whole
     * budget on its source's row, "Ngân sách Trung ương", not the total's), else the one row printing its
     * owner's figures (an item's, a group's); none when the table prints it in no row of its own. With the cell, when
     * one prints the figure itself.
     */
    private plandoc.resolved.DeclaredFigure printedRow(DeclaredCheck.Located declared, List<LiveSums.Placed> placed) {
        Optional<plandoc.resolved.CellRef> cell = placed.stream().filter(p -> p.scope().equals(declared.scope())
                && p.selection().equals(declared.selection())).map(LiveSums.Placed::at).findFirst();
        if (cell.isPresent()) {
            return declared.figure().printedIn(cell.get());
        }
        List<Integer> owners = placed.stream().filter(p -> p.scope().equals(declared.scope()))
                .map(p -> p.at().row()).distinct().toList();
        return owners.size() == 1 ? declared.figure().printedOn(owners.get(0)) : declared.figure();
    }

    /**
     * A printed total that the printed cells under it, some of them declared figures, do not add up to: the
     * totals are the items', so the declared figures are what is wrong. Said once per table, at the first of them.
     */
    private void reportUnequal(LiveSums.Unequal unequal) {
        if (unequalReported) {
            return;
        }
        unequalReported = true;
        // A declared total is the doubtful figure; under a computed one, the declared cells it adds up are.
        plandoc.model.Amount first = unequal.cell().declared().or(() -> unequal.parts().stream()
                .flatMap(p -> p.declared().stream()).findFirst()).orElseThrow();
        List<String> terms = unequal.parts().stream().map(p -> p.figure().isValue()
                ? VietnameseNumbers.format(p.figure().value(), budget.decimals()) : "0").toList();
        problems.error(first.at(), "declared.print-sum", budget.id().value(), rowTitle(unequal.cell().at().row()),
                cellName(unequal.cell().selection()),
                VietnameseNumbers.format(unequal.cell().figure().orZero(), budget.decimals()), String.join(" + ", terms),
                VietnameseNumbers.format(unequal.sum(), budget.decimals()));
    }

    /** The printed title of a row of the table being built ("Tổng cộng", "Nhiệm vụ B"). */
    private String rowTitle(int row) {
        return rowViews.get(row).cells().stream().filter(c -> c.role() == CellRole.TITLE).findFirst()
                .map(CellView::plain).orElse("");
    }

    /** "Năm 2022 / Ngân sách Trung ương"; "tổng" for the whole. */
    private String cellName(Selection selection) {
        List<String> labels = new ArrayList<>();
        for (int axis = 0; axis < axes.size(); axis++) {
            String member = selection.member(axis);
            if (member != null) {
                labels.add(axes.member(axis, member).map(Member::label).orElse(member));
            }
        }
        return labels.isEmpty() ? budget.label("total", "Tổng") : String.join(" / ", labels);
    }
}
