package plandoc.model;

import java.util.List;
import java.util.Map;
import plandoc.diagnostic.SourcePosition;

/** A table of tasks embedded with {@code show:}. {@code columns} are assignment keys in print order. */
public record TaskTable(Id id, List<String> columns, Map<String, String> labels, List<TaskGroup> groups,
                        SourcePosition at) {
    public TaskTable {
        columns = List.copyOf(columns);
        labels = Map.copyOf(labels);
        groups = List.copyOf(groups);
    }

    public List<Task> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }
}
