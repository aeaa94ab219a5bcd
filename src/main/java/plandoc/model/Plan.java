package plandoc.model;

import java.nio.file.Path;
import java.util.List;

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
}
