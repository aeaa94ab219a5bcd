package plandoc.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import plandoc.model.Axis;
import plandoc.model.Budget;
import plandoc.model.IdKind;

/**
 * The axes a budget's money is divided by: a summary ({@code from:}) without axes of its own has its budgets' axes
 * (they must be the same; compute says so when they are not), as compute lays it out. What an {@code {amount:}}
 * selects by and what a summary's {@code print.rows} / {@code print.money} may name.
 */
final class SummaryAxes {
    private SummaryAxes() {
    }

    static List<Axis> of(Budget budget, IdIndex index) {
        return of(budget, index, new HashSet<>());
    }

    private static List<Axis> of(Budget budget, IdIndex index, Set<String> seen) {
        if (!budget.axes().isEmpty() || !budget.isSummary() || budget.from().isEmpty()
                || !seen.add(budget.id().value())) {
            return budget.axes();
        }
        return index.find(budget.from().get(0).value())
                .filter(e -> e.kind() == IdKind.BUDGET && !e.broken())
                .map(e -> of((Budget) e.target(), index, seen))
                .orElse(List.of());
    }
}
