package plandoc.model;

import java.util.List;

/** An unnumbered heading row in an objectives table and the indicators under it. */
public record ObjectiveGroup(Text title, List<Objective> items) {
    public ObjectiveGroup {
        items = List.copyOf(items);
    }
}
