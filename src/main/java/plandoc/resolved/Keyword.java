package plandoc.resolved;

import java.util.Locale;

/**
 * A member of a closed set in the resolved document (a row's kind) that outputs name by a word: the templates
 * ({@code row.kind == "group"}, the CSS class {@code row-group}), plan.json. The site's templates see such a value
 * as that word, so a province's edited template reads it as it read the text it replaced. Implemented by enums.
 */
public interface Keyword {
    /** The constant's name ({@link Enum#name()}). */
    String name();

    /** The word: by default the constant's name in lower case, "-" for "_" ({@code AXIS_TOTAL}: "axis-total"). */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
