package plandoc.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import plandoc.compute.BudgetFigures;
import plandoc.model.DocumentHeader;
import plandoc.model.Plan;
import plandoc.resolved.ResolvedPlan;

/**
 * One version of a plan as the normal pipeline computes it: the model (for ids), the resolved
 * document, every budget's figures, and how a reference to each id prints.
 *
 * @param header  the document's header, whole: a version missing a field of it is not compared
 * @param budgets budget id → its figures, from {@code BudgetCalculator}
 * @param labels  id → its printed reference label ("Phụ lục 3", "mục II", "dự án số 15")
 */
public record PlanSnapshot(Plan plan, DocumentHeader header, ResolvedPlan resolved, Map<String, BudgetFigures> budgets,
                           Map<String, String> labels) {
    public PlanSnapshot {
        budgets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(budgets));
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    public String label(String id) {
        return labels.getOrDefault(id, "");
    }
}
