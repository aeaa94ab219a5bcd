package plandoc.compute;

import java.util.LinkedHashMap;
import java.util.Map;
import plandoc.model.Objective;
import plandoc.model.ObjectiveGroup;
import plandoc.model.ObjectiveTable;
import plandoc.model.Task;
import plandoc.model.TaskTable;

/**
 * The numbers of tasks and objectives, computed once: the tables print them and references
 * ("nhiệm vụ số 3", "chỉ tiêu số 2") cite them, so both read them from here and cannot disagree.
 */
final class ListNumbers {
    private ListNumbers() {
    }

    /** Tasks are numbered continuously through the table's groups. */
    static Map<String, Integer> tasks(TaskTable table) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int number = 0;
        for (Task task : table.items()) {
            numbers.put(task.id().value(), ++number);
        }
        return numbers;
    }

    /** Objectives are numbered again from 1 in each group, as the seed documents print them. */
    static Map<String, Integer> objectives(ObjectiveTable table) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (ObjectiveGroup group : table.groups()) {
            int number = 0;
            for (Objective objective : group.items()) {
                numbers.put(objective.id().value(), ++number);
            }
        }
        return numbers;
    }
}
