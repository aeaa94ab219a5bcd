package plandoc.model;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/** One indicator of an objectives table with its targets by milestone year. */
public record Objective(Id id, Text indicator, List<Target> targets, Optional<Text> note, SourcePosition at) {
    public Objective {
        targets = List.copyOf(targets);
    }
}
