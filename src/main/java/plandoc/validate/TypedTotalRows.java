package plandoc.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import plandoc.diagnostic.Problems;
import plandoc.model.Budget;
import plandoc.model.BudgetGroup;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;
import plandoc.model.TotalRowTitle;

/**
 * A total row typed as an item: the commonest slip when rows are copied from a spreadsheet, where the "Tổng
 * cộng" or "Cộng" line comes along as one more item and every total plandoc computes goes up by it. Found by its
 * title ({@link TotalRowTitle}, the rule the importer reads total rows by) or by its money: where a spreadsheet puts
 * a total, first or last of its group (or of the whole budget), exactly the others added up. At least three others with money:
 * round figures make one project cost what two others do together (100 = 50 + 50) in a real plan, and since
 * nothing silences a warning, {@code check --strict} could never pass; three or more adding up in every cell is
 * no coincidence. A warning, not an error: the plan still builds as written and nothing is lost.
 */
final class TypedTotalRows {
    /** The other items with money a total row must add up to be found by its money alone. */
    private static final int OTHERS = 3;

    void check(Budget budget, Problems problems) {
        for (BudgetItem item : budget.items()) {
            if (TotalRowTitle.matches(item.title().literalText())) {
                problems.warning(item.title().at(), "budget.total-as-item", item.id().value(), item.title().literalText());
            }
        }
        Map<BudgetItem, Map<String, BigDecimal>> money = new IdentityHashMap<>();
        budget.items().forEach(i -> money.put(i, money(i)));
        Map<String, BigDecimal> wholeBudget = sum(budget.items(), money);
        // The grand total typed in: the first or last item of the whole budget, when it has groups (a budget of
        // one group has only the group's sum, below).
        boolean wholeBudgetSums = budget.groups().size() > 1 && withMoney(budget.items(), money) > OTHERS;
        for (BudgetGroup group : budget.groups()) {
            Map<String, BigDecimal> groupSum = sum(group.items(), money);
            boolean groupSums = withMoney(group.items(), money) > OTHERS;
            for (BudgetItem item : group.items()) {
                Map<String, BigDecimal> own = money.get(item);
                if (TotalRowTitle.matches(item.title().literalText()) || !hasMoney(own)) {
                    continue;
                }
                if (groupSums && atEdge(group.items(), item) && sumOfOthers(groupSum, own, budget.decimals())) {
                    problems.warning(item.title().at(), group.title().isPresent() ? "budget.sum-as-item-group"
                            : "budget.sum-as-item", item.id().value(), item.title().literalText(),
                            group.title().map(t -> t.literalText()).orElse(budget.id().value()));
                } else if (wholeBudgetSums && atEdge(budget.items(), item)
                        && sumOfOthers(wholeBudget, own, budget.decimals())) {
                    problems.warning(item.title().at(), "budget.sum-as-item", item.id().value(),
                            item.title().literalText(), budget.id().value());
                }
            }
        }
    }

    /** Where a spreadsheet puts a total row: above the rows it adds up, or below them. */
    private static boolean atEdge(List<BudgetItem> items, BudgetItem item) {
        return items.get(0) == item || items.get(items.size() - 1) == item;
    }

    private static Map<String, BigDecimal> sum(List<BudgetItem> items, Map<BudgetItem, Map<String, BigDecimal>> money) {
        Map<String, BigDecimal> out = new TreeMap<>();
        items.forEach(i -> add(out, money.get(i)));
        return out;
    }

    private static long withMoney(List<BudgetItem> items, Map<BudgetItem, Map<String, BigDecimal>> money) {
        return items.stream().filter(i -> hasMoney(money.get(i))).count();
    }

    /**
     * True when {@code own} is the rest of {@code sum} (which includes it): every figure twice {@code own}'s, on
     * every axis and source. Compared at the budget's decimals, the precision every amount was typed in (more is
     * an error of its own), so "11.85" and "11.850" are the same figure.
     */
    private static boolean sumOfOthers(Map<String, BigDecimal> sum, Map<String, BigDecimal> own, int decimals) {
        for (Map.Entry<String, BigDecimal> cell : sum.entrySet()) {
            BigDecimal mine = own.getOrDefault(cell.getKey(), BigDecimal.ZERO);
            if (rounded(cell.getValue(), decimals).compareTo(rounded(mine.add(mine), decimals)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasMoney(Map<String, BigDecimal> figures) {
        return figures.values().stream().anyMatch(v -> v.signum() != 0);
    }

    private static BigDecimal rounded(BigDecimal value, int decimals) {
        return value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP);
    }

    /**
     * An item's figures by cell: the keys leading to each (sorted, so the nesting order the author chose does not
     * matter), with a split's cells kept apart under its axis; the group's unallocated money is no item's.
     */
    private static Map<String, BigDecimal> money(BudgetItem item) {
        Map<String, BigDecimal> out = new TreeMap<>();
        if (item.noAmount().isPresent()) {
            return out;
        }
        add(out, cells("", item.amounts()));
        item.split().forEach((axis, cells) -> add(out, cells("split " + axis + ":", cells)));
        return out;
    }

    private static Map<String, BigDecimal> cells(String prefix, Cells cells) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (Cells.Cell cell : cells.cells()) {
            List<String> path = cell.path().stream().map(id -> id.value()).sorted().toList();
            out.merge(prefix + String.join("/", path), cell.amount().value(), BigDecimal::add);
        }
        return out;
    }

    private static void add(Map<String, BigDecimal> into, Map<String, BigDecimal> figures) {
        figures.forEach((key, value) -> into.merge(key, value, BigDecimal::add));
    }
}
