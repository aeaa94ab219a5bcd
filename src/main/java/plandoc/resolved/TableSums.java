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
 * @param amounts  the cells printing one amount of the budget alone (an item's "Năm 2026" when only one source gives
 *                 money that year), which the workbook's data sheet refers to, so an amount edited there reaches
 *                 whatever adds it up from the data sheet
 */
public record TableSums(List<CellSum> sums, List<CellRef> undetermined, List<DeclaredFigure> declared,
                        Optional<String> undeterminedNote, List<CellLink> links, List<CellRef> declaredCells,
                        Optional<String> declaredNote, List<SplitSums> splits, List<PrintedAmount> amounts) {
    public static final TableSums NONE = new TableSums(List.of(), List.of(), List.of());

    /**
     * A cell printing one amount of the budget alone.
     *
     * @param item    the item's id
     * @param members the amount's leaf member on each axis, as its data row names them
     * @param cell    the cell
     */
    public record PrintedAmount(String item, List<String> members, CellRef cell) {
        public PrintedAmount {
            members = List.copyOf(members);
        }
    }

    public TableSums {
        java.util.Objects.requireNonNull(undeterminedNote, "undeterminedNote: Optional.empty() without such cells");
        java.util.Objects.requireNonNull(declaredNote, "declaredNote: Optional.empty() without such cells");
        sums = List.copyOf(sums);
        undetermined = List.copyOf(undetermined);
        declared = List.copyOf(declared);
        links = List.copyOf(links);
        declaredCells = List.copyOf(declaredCells);
        splits = List.copyOf(splits);
        amounts = List.copyOf(amounts);
    }

    public TableSums(List<CellSum> sums, List<CellRef> undetermined, List<DeclaredFigure> declared) {
        this(sums, undetermined, declared, Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(),
                List.of());
    }

    public TableSums withAmounts(List<PrintedAmount> cells) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, declaredCells, declaredNote, splits,
                cells);
    }

    /** {@code links} in place of the sums of the same cells. */
    public TableSums withLinks(List<CellSum> kept, List<CellLink> links) {
        return new TableSums(kept, undetermined, declared, undeterminedNote, links, declaredCells, declaredNote, splits,
                amounts);
    }

    public TableSums withUndeterminedNote(Optional<String> note) {
        return new TableSums(sums, undetermined, declared, note, links, declaredCells, declaredNote, splits,
                amounts);
    }

    public TableSums withLinks(List<CellLink> links) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, declaredCells, declaredNote, splits,
                amounts);
    }

    public TableSums withDeclaredCells(List<CellRef> cells) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, cells, declaredNote, splits,
                amounts);
    }

    public TableSums withSplits(List<SplitSums> rows) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, declaredCells, declaredNote, rows,
                amounts);
    }

    public TableSums withDeclaredNote(Optional<String> note) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links, declaredCells, note, splits,
                amounts);
    }
}
