package plandoc.compute;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.model.Appendix;
import plandoc.model.AppendixContent;
import plandoc.model.Id;
import plandoc.model.Plan;

/**
 * The budget whose total is the plan's total (the site index's money column, the agency view's figure for the plan):
 * a summary of the others when there is one, else the first budget shown in an appendix, else the first. One rule
 * for both (s20 re-read 2: the agency view had counted every summary's sources, or every budget, on its own).
 */
final class PlanTotalBudget {
    private PlanTotalBudget() {
    }

    static Optional<BudgetFigures> of(Plan plan, Map<String, BudgetFigures> figures) {
        Optional<BudgetFigures> summary = figures.values().stream().filter(f -> f.budget().isSummary()).findFirst();
        if (summary.isPresent()) {
            return summary;
        }
        for (Appendix a : plan.appendices().items()) {
            if (a.content() instanceof AppendixContent.Show show && figures.containsKey(show.table().value())) {
                return Optional.of(figures.get(show.table().value()));
            }
        }
        return figures.values().stream().findFirst();
    }

    /** The budgets whose rows that total adds: the summary's sources ({@code from:}), or that one budget. */
    static Set<String> rowsCounted(Plan plan, Map<String, BudgetFigures> figures) {
        Set<String> ids = new LinkedHashSet<>();
        of(plan, figures).ifPresent(main -> {
            if (main.budget().isSummary()) {
                main.budget().from().stream().map(Id::value).forEach(ids::add);
            } else {
                ids.add(main.budget().id().value());
            }
        });
        return ids;
    }
}
