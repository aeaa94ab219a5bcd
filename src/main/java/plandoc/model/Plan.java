package plandoc.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One plan folder as authored.
 *
 * @param slug   the folder name, used in URLs
 * @param folder the plan folder on disk (for files it names)
 * @param axes   plan-level axes that budgets may name by id
 */
public record Plan(String slug, Path folder, IssuedDocument document, PlanBody body, List<Axis> axes,
                   List<ObjectiveTable> objectives, List<TaskTable> tasks, List<Budget> budgets,
                   Appendices appendices) {
    public Plan {
        axes = List.copyOf(axes);
        objectives = List.copyOf(objectives);
        tasks = List.copyOf(tasks);
        budgets = List.copyOf(budgets);
    }
}
