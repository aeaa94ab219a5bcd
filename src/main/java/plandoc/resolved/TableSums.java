package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * How a budget table's figures arise from one another, for outputs that keep totals live (XLSX):
 * every figure with a {@link CellSum} adds up the cells it names; a figure without one was given by
 * the items; {@code undetermined} cells are those the items do not fix (printed "…").
 *
 * @param declared the figures earlier documents printed for this budget, with the computed ones
 * @param links    a summary's figures with no sum inside the table that add up cells of the tables it sums
 * @param undeterminedNote why the {@code undetermined} cells cannot be computed, naming the rows ("Không tính được:
 *                 các dòng …"), the sentence of the note under the printed table, when there are such cells
 * @param declaredCells cells the items leave open that print the author's {@code declared:} figure
 *                 ({@code print.undetermined: declared}): given values, never sums, though the totals over them are
 * @param declaredNote what such a cell is and why it is not computed (the workbook's comment on it), when there are such cells
 * @param splits   the rows given as one breakdown per axis whose breakdowns the table prints, each added up (the
 *                 workbook's check sheet compares them)
 */
public record TableSums(List<CellSum> sums, List<CellRef> undetermined, List<DeclaredFigure> declared,
                        Optional<String> undeterminedNote, List<CellLink> links, List<CellRef> declaredCells,
                        Optional<String> declaredNote, List<SplitSums> splits) {
    public static final TableSums NONE = new TableSums(List.of(), List.of(), List.of());

    public TableSums {
        java.util.Objects.requireNonNull(undeterminedNote, "undeterminedNote: Optional.empty() without such cells");
        java.util.Objects.requireNonNull(declaredNote, "declaredNote: Optional.empty() without such cells");
        sums = List.copyOf(sums);
        undetermined = List.copyOf(undetermined);
        declared = List.copyOf(declared);
        links = List.copyOf(links);
        declaredCells = List.copyOf(declaredCells);
        splits = List.copyOf(splits);
    }

    public TableSums(List<CellSum> sums, List<CellRef> undetermined, List<DeclaredFigure> declared) {
        this(sums, undetermined, declared, Optional.empty(), List.of(), List.of(), Optional.empty(), List.of());
    }

    public TableSums withUndeterminedNote(Optional<String> note) {
        return new TableSums(sums, undetermined, declared, note, links, declaredCells, declaredNote, splits);
    }

    public TableSums withLinks(List<CellLink> links) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, declaredCells, declaredNote, splits);
    }

    public TableSums withDeclaredCells(List<CellRef> cells) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, cells, declaredNote, splits);
    }

    public TableSums withSplits(List<SplitSums> rows) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, declaredCells, declaredNote, rows);
    }

    public TableSums withDeclaredNote(Optional<String> note) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, declaredCells, note, splits);
    }
}
