package plandoc.resolved;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a budget's column axis divides the money by, as far as its words tell (the agency view says what a total
 * adds together by it). Its {@link #id()} is the word the site record keeps.
 */
public enum AxisKind implements Keyword {
    /** Sources of funds ("Nguồn vốn"). */
    SOURCE,
    /** Members naming spans of years ("2012-2015"). */
    PERIOD,
    /** Members naming single years. */
    YEAR,
    /** Anything else: named by the axis's own label. */
    OTHER;

    /** The kind a site record names by its word; empty for a word no kind has (a foreign record). */
    public static Optional<AxisKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}
