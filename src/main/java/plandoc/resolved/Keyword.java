package plandoc.resolved;

/**
 * A member of a closed set in the resolved document (a row's kind) that outputs name by a word: the templates
 * ({@code row.kind == "group"}, the CSS class {@code row-group}), plan.json. The site's templates see such a value
 * as that word, so a province's edited template reads it as it read the text it replaced.
 */
public interface Keyword {
    /** The word: "group", "axis-total". */
    String id();
}
