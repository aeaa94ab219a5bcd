package plandoc.model;

import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * An article (Điều) of a decision; {@code includesPlan} prints the plan body inside it.
 *
 * @param title its name ("Tổ chức thực hiện"), printed bold with "Điều n." on a line of its own; none: the
 *              text runs on after "Điều n."
 */
public record Article(Id id, Optional<Text> title, Text text, boolean includesPlan, SourcePosition at) {
}
