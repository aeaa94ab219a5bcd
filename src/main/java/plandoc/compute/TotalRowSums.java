package plandoc.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import plandoc.diagnostic.Problems;
import plandoc.model.TotalRowTitle;

/**
 * A total row typed as a budget item, found by its money: where a spreadsheet puts a total, first or last of its
 * group (or of the whole budget), exactly the other items added up. (A total row found by its title is
 * {@code validate.TypedTotalRows}' warning; such an item is not warned about twice.) At least three others with money:
 * round figures make one project cost what two others do together (100 = 50 + 50) in a real plan, and since nothing
 * silences a warning, {@code check --strict} could never pass; three or more adding up in every cell is no
 * coincidence. The figures are the budget's own ({@link BudgetFigures}), so the items are added up by the same code
 * as every total the plan prints. A warning, not an error: the plan still builds as written and nothing is lost.
 */
final class TotalRowSums {
    /** The other items with money a total row must add up to be found by its money alone. */
    private static final int OTHERS = 3;

    void check(BudgetFigures figures, Problems problems) {
        List<Selection> selections = selections(figures.layout());
        Map<ItemFigures, List<Figure>> money = new IdentityHashMap<>();
        figures.items().forEach(i -> money.put(i, selections.stream().map(s -> figures.figure(i, s)).toList()));
        FaultyRows faulty = new FaultyRows(problems);
        // The grand total typed in: the first or last item of the whole budget, when it has groups (a budget of one
        // group has only the group's sum, below).
        Scope wholeBudget = new Scope(figures.items(), money, faulty, figures.groups().size() > 1);
        for (GroupFigures group : figures.groups()) {
            Scope groupScope = new Scope(group.items(), money, faulty, true);
            for (ItemFigures item : group.items()) {
                if (TotalRowTitle.matches(item.item().title().literalText()) || !hasMoney(money.get(item))) {
                    continue;
                }
                String id = item.item().id().value();
                String title = item.item().title().literalText();
                if (groupScope.isSumOfOthers(item, figures.budget().decimals())) {
                    problems.warning(item.item().title().at(), group.group().title().isPresent()
                            ? "budget.sum-as-item-group" : "budget.sum-as-item", id, title,
                            group.group().title().map(t -> t.literalText()).orElse(figures.budget().id().value()),
                            figures.noun());
                } else if (wholeBudget.isSumOfOthers(item, figures.budget().decimals())) {
                    problems.warning(item.item().title().at(), "budget.sum-as-item", id, title,
                            figures.budget().id().value(), figures.noun());
                }
            }
        }
    }

    /**
     * What is compared: the total, each member of each axis (a {@code split:} row gives exactly these) and every
     * crossed cell (an amounts row gives these).
     */
    private static List<Selection> selections(AxisLayout layout) {
        List<Selection> out = new ArrayList<>();
        out.add(Selection.all(layout.size()));
        for (int axis = 0; axis < layout.size(); axis++) {
            for (String leaf : layout.leaves(axis)) {
                out.add(Selection.of(layout.size(), Map.of(axis, leaf)));
            }
        }
        if (layout.size() > 1) {
            layout.cells().forEach(key -> out.add(Selection.of(key)));
        }
        return out;
    }

    /** Items a total row may add up: a group's, or the whole budget's. */
    private static final class Scope {
        private final List<ItemFigures> items;
        private final List<Figure> sum = new ArrayList<>();
        private final Map<ItemFigures, List<Figure>> money;
        private final boolean compared;

        Scope(List<ItemFigures> items, Map<ItemFigures, List<Figure>> money, FaultyRows faulty, boolean mayHoldTotal) {
            this.items = items;
            this.money = money;
            // A row with an error of its own is not what the author wrote: that error alone is the news.
            this.compared = mayHoldTotal && items.stream().filter(i -> hasMoney(money.get(i))).count() > OTHERS
                    && items.stream().allMatch(i -> faulty.whole(i.item()));
            if (compared) {
                int selections = money.get(items.get(0)).size();
                for (int s = 0; s < selections; s++) {
                    int at = s;
                    sum.add(Figure.sum(items.stream().map(i -> money.get(i).get(at)).toList()));
                }
            }
        }

        /**
         * True when {@code item}, first or last (where a spreadsheet puts a total row), is the rest of the scope's
         * sum (which includes it): every figure twice the item's. A cell the items do not determine (breakdowns
         * given apart) is left to the per-member figures. Compared at the budget's decimals, the precision every
         * amount was typed in (more is an error of its own), so "11.85" and "11.850" are the same figure.
         */
        boolean isSumOfOthers(ItemFigures item, int decimals) {
            if (!compared || items.get(0) != item && items.get(items.size() - 1) != item) {
                return false;
            }
            List<Figure> own = money.get(item);
            for (int s = 0; s < own.size(); s++) {
                Figure mine = own.get(s);
                Figure all = sum.get(s);
                if (mine.state() == Figure.State.UNDETERMINED || all.state() == Figure.State.UNDETERMINED) {
                    continue;
                }
                if (rounded(all.orZero(), decimals).compareTo(rounded(mine.orZero().add(mine.orZero()), decimals)) != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean hasMoney(List<Figure> figures) {
        return figures.stream().anyMatch(f -> f.isValue() && f.value().signum() != 0);
    }

    private static BigDecimal rounded(BigDecimal value, int decimals) {
        return value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP);
    }
}
