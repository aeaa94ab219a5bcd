package plandoc.model;

import java.util.List;
import java.util.Map;
import plandoc.diagnostic.SourcePosition;

/**
 * How a budget table is laid out when the default (axes crossed, then the total; group and item
 * rows) is not what the published document prints.
 *
 * @param money              the money block's columns in order: {@code total}, axis ids (each printed
 *                           on its own, not crossed) and free-text columns such as {@code funding_type};
 *                           empty for the default
 * @param rows               summaries only: {@code grand} and axis ids (one row per member); empty for
 *                           the default rows
 * @param undetermined       what crossed cells the inputs do not determine print: an error (the default), "…"
 *                           with a note naming the items, or the figure {@code declared:} gives for the cell
 * @param numberPerGroup     item numbers start again at 1 in each group (1–18, 1–3, 1–4), as some
 *                           originals print them; continuous through the table otherwise
 * @param undeterminedInError the {@code undetermined} value is none of the choices (an error at it; read as
 *                           {@code mark}): no warning is given that depends on it, beside that error
 * @param entriesAt          where each name of {@code money} and {@code rows} is typed (the first time), so that a
 *                           misspelt one is reported at itself
 */
public record PrintSpec(List<String> money, List<String> rows, UndeterminedCells undetermined, boolean numberPerGroup,
                        SourcePosition at, boolean undeterminedInError, Map<String, SourcePosition> entriesAt) {
    public PrintSpec {
        money = List.copyOf(money);
        rows = List.copyOf(rows);
        entriesAt = Map.copyOf(entriesAt);
    }

    public PrintSpec(List<String> money, List<String> rows, UndeterminedCells undetermined, boolean numberPerGroup,
                     SourcePosition at, boolean undeterminedInError) {
        this(money, rows, undetermined, numberPerGroup, at, undeterminedInError, Map.of());
    }

    /** Where {@code entry} of {@code money} or {@code rows} is typed; the {@code print:} key when not known. */
    public SourcePosition at(String entry) {
        return entriesAt.getOrDefault(entry, at);
    }

    public PrintSpec(List<String> money, List<String> rows, UndeterminedCells undetermined, boolean numberPerGroup,
                     SourcePosition at) {
        this(money, rows, undetermined, numberPerGroup, at, false);
    }

    public static PrintSpec defaults(SourcePosition at) {
        return new PrintSpec(List.of(), List.of(), UndeterminedCells.ERROR, false, at);
    }
}
