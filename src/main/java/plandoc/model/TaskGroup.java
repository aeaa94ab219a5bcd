package plandoc.model;

import java.util.List;

/** A heading row in a task table and the tasks under it. */
public record TaskGroup(Text title, List<Task> items) {
    public TaskGroup {
        items = List.copyOf(items);
    }
}
