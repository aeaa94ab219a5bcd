package plandoc.resolved;

import java.util.List;

/**
 * How a budget table's figures arise from one another, for outputs that keep totals live (XLSX):
 * every figure with a {@link CellSum} adds up the cells it names; a figure without one was given by
 * the items; {@code undetermined} cells are those the items do not fix (printed "…").
 *
 * @param declared the figures earlier documents printed for this budget, with the computed ones
 * @param links    a summary's figures with no sum inside the table that add up cells of the tables it sums
 * @param undeterminedNote why the {@code undetermined} cells cannot be computed, naming the rows ("Không tính được:
 *                 các dòng …"), the sentence of the note under the printed table; empty when there are none
 */
public record TableSums(List<CellSum> sums, List<CellRef> undetermined, List<DeclaredFigure> declared,
                        String undeterminedNote, List<CellLink> links) {
    public static final TableSums NONE = new TableSums(List.of(), List.of(), List.of(), "");

    public TableSums {
        sums = List.copyOf(sums);
        undetermined = List.copyOf(undetermined);
        declared = List.copyOf(declared);
        links = List.copyOf(links);
    }

    public TableSums(List<CellSum> sums, List<CellRef> undetermined, List<DeclaredFigure> declared,
                     String undeterminedNote) {
        this(sums, undetermined, declared, undeterminedNote, List.of());
    }

    public TableSums(List<CellSum> sums, List<CellRef> undetermined, List<DeclaredFigure> declared) {
        this(sums, undetermined, declared, "");
    }

    public TableSums withUndeterminedNote(String note) {
        return new TableSums(sums, undetermined, declared, note, links);
    }

    public TableSums withLinks(List<CellLink> links) {
        return new TableSums(sums, undetermined, declared, undeterminedNote, links);
    }
}
