package plandoc.diff;

import java.util.List;

/**
 * A task table (tasks:) with what changed in it.
 *
 * @param label    where the table is printed, as references name it ("mục III", "Phụ lục 2"), "" when shown nowhere
 * @param headings group headings added (before ""), removed (after "") or re-worded; {@code field} is "heading"
 * @param tasks    its tasks that changed, in the order printed (after), then those removed
 */
public record TaskTableChange(String id, Status status, String label, List<FieldChange> headings, List<TaskChange> tasks) {
    public TaskTableChange {
        headings = List.copyOf(headings);
        tasks = List.copyOf(tasks);
    }

    public boolean isEmpty() {
        return status == Status.CHANGED && headings.isEmpty() && tasks.isEmpty();
    }
}
