package plandoc.model;

import java.util.List;
import java.util.Map;
import plandoc.diagnostic.SourcePosition;

/**
 * An objectives table.
 *
 * @param layout "lines" (one targets cell listing "- 2015: …") or "columns" (a column per year)
 */
public record ObjectiveTable(Id id, String layout, Map<String, String> labels, List<ObjectiveGroup> groups,
                             SourcePosition at) {
    public ObjectiveTable {
        labels = Map.copyOf(labels);
        groups = List.copyOf(groups);
    }

    public List<Objective> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }
}
