package plandoc.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.diagnostic.Problems;
import plandoc.model.Budget;
import plandoc.model.IdKind;
import plandoc.model.Plan;

/**
 * Every budget of a plan with its figures, in the plan's order: budgets of their own items first,
 * then summaries ({@code from:}) over the budgets they add up (a summary may add up summaries).
 */
public final class PlanBudgets {
    private final BudgetCalculator calculator = new BudgetCalculator();

    public Map<String, BudgetFigures> compute(Plan plan, Problems problems) {
        Map<String, BudgetFigures> computed = new LinkedHashMap<>();
        for (Budget budget : plan.budgets()) {
            if (!budget.isSummary()) {
                computed.put(budget.id().value(), calculator.compute(budget, plan.itemNoun(budget), problems));
            }
        }
        List<Budget> pending = new ArrayList<>(plan.budgets().stream().filter(Budget::isSummary).toList());
        // A summary over a budget left out because of its own error cannot be added up; that error is the news.
        Set<String> leftOut = new HashSet<>();
        plan.unread().stream().filter(u -> u.kind() == IdKind.BUDGET).forEach(u -> leftOut.add(u.id().value()));
        while (!pending.isEmpty()) {
            Optional<Budget> ready = pending.stream().filter(b -> b.from().stream()
                    .noneMatch(f -> pending.stream().anyMatch(p -> p.id().value().equals(f.value())))).findFirst();
            if (ready.isEmpty()) {
                pending.forEach(b -> problems.error(b.at(), "budget.from-cycle", b.id().value()));
                break;
            }
            pending.remove(ready.get());
            if (ready.get().from().stream().anyMatch(f -> leftOut.contains(f.value()))) {
                leftOut.add(ready.get().id().value());
                continue;
            }
            computed.put(ready.get().id().value(), calculator.computeSummary(ready.get(), plan.itemNoun(ready.get()), computed, problems));
        }
        Map<String, BudgetFigures> ordered = new LinkedHashMap<>();
        plan.budgets().forEach(b -> Optional.ofNullable(computed.get(b.id().value()))
                .ifPresent(f -> ordered.put(b.id().value(), f)));
        return ordered;
    }
}
