package plandoc.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One plan folder as authored.
 *
 * @param slug   the folder name, used in URLs
 * @param folder the plan folder on disk (for files it names)
 * @param axes     plan-level axes that budgets may name by id
 * @param agencies the agency register in force for this plan (shared, plus the plan's own)
 * @param unread   elements left out because of an error of their own, by id ({@link UnreadElement})
 * @param sources  the files the plan was read from, named relative to the content folder
 *                 ("ha-tinh-4086-2012/plan.yaml", "ha-tinh-4086-2012/phu-luc-1.md", "agencies.yaml"): what its
 *                 PDF carries as its sources, and nothing else of the folder
 */
public record Plan(String slug, Path folder, IssuedDocument document, PlanBody body, List<Axis> axes,
                   List<ObjectiveTable> objectives, List<TaskTable> tasks, List<Budget> budgets,
                   Appendices appendices, AgencyRegister agencies, List<UnreadElement> unread, List<String> sources) {
    public Plan(String slug, Path folder, IssuedDocument document, PlanBody body, List<Axis> axes,
                List<ObjectiveTable> objectives, List<TaskTable> tasks, List<Budget> budgets, Appendices appendices,
                AgencyRegister agencies, List<UnreadElement> unread) {
        this(slug, folder, document, body, axes, objectives, tasks, budgets, appendices, agencies, unread, List.of());
    }

    public Plan(String slug, Path folder, IssuedDocument document, PlanBody body, List<Axis> axes,
                List<ObjectiveTable> objectives, List<TaskTable> tasks, List<Budget> budgets, Appendices appendices,
                AgencyRegister agencies) {
        this(slug, folder, document, body, axes, objectives, tasks, budgets, appendices, agencies, List.of());
    }

    public Plan(String slug, Path folder, IssuedDocument document, PlanBody body, List<Axis> axes,
                List<ObjectiveTable> objectives, List<TaskTable> tasks, List<Budget> budgets, Appendices appendices) {
        this(slug, folder, document, body, axes, objectives, tasks, budgets, appendices, AgencyRegister.NONE);
    }

    public Plan {
        axes = List.copyOf(axes);
        objectives = List.copyOf(objectives);
        tasks = List.copyOf(tasks);
        budgets = List.copyOf(budgets);
        unread = List.copyOf(unread);
        sources = List.copyOf(sources);
    }

    /**
     * What a budget's items are called ("nhiệm vụ", "dự án"): its {@code labels.item}, else the noun the plan's
     * other tables agree on (Quyết định 424/2022's Phụ lục 01, "Tên dự án/nhiệm vụ", beside six tables of "nhiệm
     * vụ"), so one plan does not call its items two ways because one table left the key out; empty when no table
     * names one, or they differ. The printed labels and the messages each choose their own word for empty.
     */
    public Optional<String> itemNoun(Budget budget) {
        Optional<String> own = Optional.ofNullable(budget.labels().get("item")).filter(noun -> !noun.isEmpty());
        if (own.isPresent()) {
            return own;
        }
        Set<String> named = budgets.stream().filter(b -> !b.isSummary())
                .map(b -> b.label("item", "")).filter(noun -> !noun.isEmpty()).collect(Collectors.toSet());
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }
}
