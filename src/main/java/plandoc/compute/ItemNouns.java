package plandoc.compute;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import plandoc.model.Budget;

/**
 * The noun a budget table's items are called by: "dự án số 15", "nhiệm vụ số 3" in references, the
 * agency view and the check's typed counts. A table names it in {@code labels.item}; a table that does
 * not takes the noun the plan's other tables agree on (Quyết định 424/2022's Phụ lục 01, "Tên dự
 * án/nhiệm vụ", beside six tables of "nhiệm vụ"), so one plan does not call its items two ways
 * because one table left the key out; "dự án" when no table names one, or they differ.
 */
final class ItemNouns {
    static final String DEFAULT = "dự án";
    private final String plan;

    ItemNouns(List<Budget> budgets) {
        Set<String> named = budgets.stream().filter(b -> !b.isSummary())
                .map(b -> b.label("item", "")).filter(noun -> !noun.isEmpty()).collect(Collectors.toSet());
        plan = named.size() == 1 ? named.iterator().next() : DEFAULT;
    }

    String of(Budget budget) {
        return budget.label("item", plan);
    }
}
