package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * A budget table's cells whose figure neither a sum nor the items give, each kind with the note that says why.
 *
 * @param undetermined     cells the items do not fix, printed "…"
 * @param undeterminedNote why the {@code undetermined} cells cannot be computed, naming the rows ("Không tính được:
 *                         các dòng …"), the sentence of the note under the printed table, when there are such cells
 * @param declared         cells the items leave open that print the author's {@code declared:} figure
 *                         ({@code print.undetermined: declared}): given values, never sums, though the totals over
 *                         them are
 * @param declaredNote     what such a cell is and why it is not computed (the workbook's comment on it), when there
 *                         are such cells
 */
public record OpenFigures(List<CellRef> undetermined, Optional<String> undeterminedNote, List<CellRef> declared,
                          Optional<String> declaredNote) {
    public static final OpenFigures NONE = new OpenFigures(List.of(), Optional.empty(), List.of(), Optional.empty());

    public OpenFigures {
        undetermined = List.copyOf(undetermined);
        declared = List.copyOf(declared);
        java.util.Objects.requireNonNull(undeterminedNote, "undeterminedNote: Optional.empty() without such cells");
        java.util.Objects.requireNonNull(declaredNote, "declaredNote: Optional.empty() without such cells");
    }
}
