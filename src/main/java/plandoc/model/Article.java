package plandoc.model;

import plandoc.diagnostic.SourcePosition;

/** An article (Điều) of a decision; {@code includesPlan} prints the plan body inside it. */
public record Article(Id id, Text text, boolean includesPlan, SourcePosition at) {
}
