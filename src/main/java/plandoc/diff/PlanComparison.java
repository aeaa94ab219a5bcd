package plandoc.diff;

import java.util.List;
import plandoc.resolved.DocumentInfo;

/**
 * Two versions of one plan compared by id: what an approving authority is shown when a plan is
 * adjusted (bảng so sánh nội dung trước và sau điều chỉnh).
 *
 * @param path       the plan folder as the user named it ("content/ha-tinh-4086-2012")
 * @param before     the document as computed at {@code from}
 * @param after      the document as computed at {@code to}
 * @param document   document facts that differ
 * @param parts      articles and sections added, removed, moved or re-worded
 * @param objectives indicators added, removed, re-worded or with other targets
 * @param tasks      task tables with tasks added, removed, moved or printed otherwise
 * @param budgets    budget tables with changes
 * @param appendices appendices added, removed, renumbered or retitled
 * @param references referenced ids whose printed label differs
 */
public record PlanComparison(String path, Revision from, Revision to, DocumentInfo before, DocumentInfo after,
                             List<FieldChange> document, List<PartChange> parts, List<ObjectiveChange> objectives,
                             List<TaskTableChange> tasks,
                             List<BudgetChange> budgets, List<AppendixChange> appendices,
                             List<LabelChange> references) {
    public PlanComparison {
        document = List.copyOf(document);
        parts = List.copyOf(parts);
        objectives = List.copyOf(objectives);
        tasks = List.copyOf(tasks);
        budgets = List.copyOf(budgets);
        appendices = List.copyOf(appendices);
        references = List.copyOf(references);
    }

    public boolean isEmpty() {
        return document.isEmpty() && parts.isEmpty() && objectives.isEmpty() && tasks.isEmpty() && budgets.isEmpty()
                && appendices.isEmpty() && references.isEmpty();
    }

    /** The tasks that changed, in every task table. */
    public long taskCount() {
        return tasks.stream().mapToLong(t -> t.tasks().size()).sum();
    }
}
