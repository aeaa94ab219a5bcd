package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.FigureArgument;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Budget;
import plandoc.model.BudgetGroup;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;

/**
 * Turns a budget's authored rows into {@link BudgetFigures}: cells resolved against the axes,
 * breakdowns checked to agree, groups numbered I, II … and items 1, 2 … across groups. Totals
 * are not stored: {@link BudgetFigures} adds up any selection exactly when asked.
 */
public final class BudgetCalculator {
    public BudgetFigures compute(Budget budget, Problems problems) {
        return compute(budget, Optional.empty(), problems);
    }

    /** @param itemNoun what the plan calls the budget's items, for its messages ({@link plandoc.model.Plan#itemNoun}) */
    public BudgetFigures compute(Budget budget, Optional<String> itemNoun, Problems problems) {
        AxisLayout layout = new AxisLayout(budget.axes());
        List<GroupFigures> groups = new ArrayList<>();
        int itemNumber = 0;
        int groupNumber = 0;
        for (BudgetGroup group : budget.groups()) {
            List<ItemFigures> items = new ArrayList<>();
            if (budget.print().numberPerGroup()) {
                itemNumber = 0;
            }
            // An item left out for its own error keeps its number: the next one is named as the source has it.
            int leftOut = 0;
            for (BudgetItem item : group.items()) {
                while (leftOut < group.leftOut().size() && group.leftOut().get(leftOut).compareTo(item.at()) < 0) {
                    itemNumber++;
                    leftOut++;
                }
                itemNumber++;
                String owner = plandoc.diagnostic.Nouns.numberedItem(itemNoun, itemNumber, item.id().value());
                RowMoney money = itemMoney(item, layout, owner, itemNoun, problems);
                items.add(new ItemFigures(item, itemNumber, money));
                if (!money.crossed()) {
                    // A split row that was read (one in error is reported as such).
                    warnSplitUnprinted(budget, item, layout, owner, problems);
                }
            }
            itemNumber += group.leftOut().size() - leftOut;
            groupNumber++;
            String owner = Owners.group(groupNumber, group.id().map(i -> i.value()).orElse(""));
            RowMoney unallocated = group.unallocated().isEmpty() ? RowMoney.none(layout.size())
                    : cellsMoney(group.unallocated(), layout, owner, problems);
            groups.add(new GroupFigures(group, groupNumber, items, unallocated));
        }
        return new BudgetFigures(budget, layout, groups, itemNoun);
    }

    /**
     * A summary budget ({@code from:}): the items of the named budgets, converted exactly to the
     * summary's unit, one group per source budget. The budgets must share the summary's axes.
     */
    public BudgetFigures computeSummary(Budget summary, Map<String, BudgetFigures> computed, Problems problems) {
        return computeSummary(summary, Optional.empty(), computed, problems);
    }

    public BudgetFigures computeSummary(Budget summary, Optional<String> itemNoun, Map<String, BudgetFigures> computed,
                                        Problems problems) {
        List<GroupFigures> groups = new ArrayList<>();
        AxisLayout layout = null;
        String firstShape = null;
        String firstId = null;
        // Budgets written with items: alone have no group headings to restart the STT under: the summary lists
        // their items as one table, numbered 1, 2, 3 … (not 1, 2, 1, 2 with nothing to tell the runs apart).
        boolean continuous = summary.from().stream().map(id -> computed.get(id.value()))
                .allMatch(source -> source != null && !source.budget().grouped());
        int next = 0;
        SummaryDecimals decimals = new SummaryDecimals(problems);
        for (plandoc.model.Id sourceId : summary.from()) {
            BudgetFigures source = computed.get(sourceId.value());
            if (source == null) {
                problems.error(sourceId.at(), "budget.from-unknown", summary.id().value(), sourceId.value(),
                        String.join(", ", computed.keySet()));
                continue;
            }
            String shape = AxisShapes.describe(source.layout());
            if (layout == null) {
                layout = summary.axes().isEmpty() ? source.layout() : new AxisLayout(summary.axes());
                firstShape = AxisShapes.describe(layout);
                firstId = summary.axes().isEmpty() ? sourceId.value() : summary.id().value();
            }
            if (!shape.equals(firstShape)) {
                problems.error(sourceId.at(), "budget.from-axes", summary.id().value(), firstId, firstShape,
                        sourceId.value(), shape);
                continue;
            }
            int shift = summary.unit().inDong().divide(source.budget().unit().inDong()).stripTrailingZeros().scale();
            decimals.add(source, shift);
            for (GroupFigures g : source.groups()) {
                List<ItemFigures> items = new ArrayList<>();
                for (ItemFigures i : g.items()) {
                    items.add(new ItemFigures(i.item(), continuous ? ++next : i.number(), i.money().scaled(shift)));
                }
                groups.add(new GroupFigures(g.group(), g.number(), items, g.unallocated().scaled(shift)));
            }
        }
        if (layout == null) {
            layout = new AxisLayout(summary.axes());
        }
        decimals.check(summary, problems);
        return new BudgetFigures(summary, layout, groups, itemNoun);
    }

    /**
     * A {@code split:} row's crossed cells are unknown ("…"); its breakdowns print only in a column or a
     * {@code totals:} row per member of an axis. A table printing neither (the crossed cells and "Tổng" only) prints
     * the author's breakdown nowhere: the signed document never says how the row is funded or phased (s26 review M5).
     */
    private static void warnSplitUnprinted(Budget budget, BudgetItem item, AxisLayout layout, String owner,
                                           Problems problems) {
        // With print.undetermined: declared the author prints the crossed cells as the original does.
        if (item.split().isEmpty() || !budget.totals().isEmpty()
                || budget.print().undetermined() == plandoc.model.UndeterminedCells.DECLARED) {
            return;
        }
        List<String> axes = layout.axes().stream().map(a -> a.id().value()).toList();
        if (budget.print().money().stream().anyMatch(axes::contains)) {
            return;
        }
        problems.warning(item.split().values().iterator().next().at(), "budget.split-unprinted", owner,
                budget.id().value(), String.join(", ", axes));
    }

    private RowMoney itemMoney(BudgetItem item, AxisLayout layout, String owner, Optional<String> itemNoun,
                               Problems problems) {
        boolean hasAmounts = !item.amounts().isEmpty();
        boolean hasSplit = !item.split().isEmpty();
        boolean hasText = item.noAmount().isPresent();
        if ((hasAmounts ? 1 : 0) + (hasSplit ? 1 : 0) + (hasText ? 1 : 0) > 1) {
            problems.error(item.at(), "budget.item-exclusive", owner);
            return RowMoney.none(layout.size());
        }
        if (hasSplit) {
            return splitMoney(item, layout, owner, itemNoun, problems);
        }
        if (hasAmounts) {
            return cellsMoney(item.amounts(), layout, owner, problems);
        }
        return RowMoney.none(layout.size());
    }

    private RowMoney cellsMoney(Cells cells, AxisLayout layout, String owner, Problems problems) {
        Map<CellKey, BigDecimal> resolved = new LinkedHashMap<>();
        // A row whose cells all lack the same axis is told so once, at its first cell's first key.
        SourcePosition first = cells.cells().isEmpty() || cells.cells().get(0).path().isEmpty() ? cells.at()
                : cells.cells().get(0).path().get(0).at();
        for (Cells.Cell cell : cells.cells()) {
            layout.resolve(cell.path(), 0, layout.size(), cell.amount().at(), first, owner, problems)
                    .ifPresent(leaves -> resolved.merge(new CellKey(leaves), cell.amount().value(), BigDecimal::add));
        }
        return RowMoney.ofCells(resolved, layout.size());
    }

    /** Independent breakdowns, one per axis, each adding up to the item total (budget-shapes §4, rule 2). */
    private RowMoney splitMoney(BudgetItem item, AxisLayout layout, String owner, Optional<String> itemNoun,
                                Problems problems) {
        if (layout.size() < 2) {
            problems.error(item.at(), "budget.split-one-axis", owner);
            return RowMoney.none(layout.size());
        }
        List<Map<String, BigDecimal>> shares = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            shares.add(null);
        }
        List<String> sums = new ArrayList<>();
        BigDecimal total = null;
        boolean disagree = false;
        for (var entry : item.split().entrySet()) {
            Optional<Integer> axis = layout.indexOf(entry.getKey());
            if (axis.isEmpty()) {
                List<String> axisIds = layout.axes().stream().map(a -> a.id().value()).toList();
                problems.error(entry.getValue().at(), "budget.split-axis-unknown", owner, entry.getKey(),
                        plandoc.diagnostic.Hint.nearest(Suggestions.nearest(entry.getKey(), axisIds)), String.join(", ", axisIds));
                return RowMoney.none(layout.size());
            }
            Map<String, BigDecimal> share = new LinkedHashMap<>();
            for (Cells.Cell cell : entry.getValue().cells()) {
                Optional<List<String>> leaf = layout.resolve(cell.path(), axis.get(), 1, cell.amount().at(), owner, problems);
                if (leaf.isEmpty()) {
                    return RowMoney.none(layout.size());
                }
                share.merge(leaf.get().get(0), cell.amount().value(), BigDecimal::add);
            }
            shares.set(axis.get(), share);
            BigDecimal sum = share.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            // "source: 30.000 + 20.000 = 50.000": the author sees which breakdown is off, and by how much.
            // Figures marked, so that an English message writes them the English way (30,000).
            sums.add(entry.getKey() + ": " + String.join(" + ", share.values().stream().map(FigureArgument::marked)
                    .toList()) + " = " + FigureArgument.marked(sum));
            if (total == null) {
                total = sum;
            } else if (total.compareTo(sum) != 0) {
                disagree = true;
            }
        }
        for (int i = 0; i < layout.size(); i++) {
            if (shares.get(i) == null) {
                problems.error(item.at(), "budget.split-missing-axis", owner, layout.axes().get(i).id().value());
                return RowMoney.none(layout.size());
            }
        }
        // A row read with an error of its own (an amount "2O0" that is no number) lacks what its author wrote: its
        // breakdowns disagreeing is that error's consequence, not news; reported, it came before the cause (s28 L8).
        if (disagree && !item.readWhole()) {
            return RowMoney.none(layout.size());
        }
        if (disagree) {
            problems.error(item.at(), "budget.split-disagree", owner, FigureArgument.text(String.join("; ", sums)),
                    plandoc.diagnostic.Nouns.item(itemNoun));
            return RowMoney.none(layout.size());
        }
        return RowMoney.ofShares(shares, total);
    }
}
