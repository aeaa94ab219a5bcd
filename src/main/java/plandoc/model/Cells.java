package plandoc.model;

import java.util.List;
import plandoc.diagnostic.SourcePosition;

/**
 * Money given per cell, as nested in the source ({@code 2012-2015: { tw: 0.35 }}), flattened to
 * one path of member ids per figure. Interpreting the path against the budget's axes is
 * {@code compute}'s job.
 *
 * @param at where the {@code amounts:} (or similar) key was written; meaningless when empty
 */
public record Cells(List<Cell> cells, SourcePosition at) {
    public Cells {
        cells = List.copyOf(cells);
    }

    public static Cells none(SourcePosition at) {
        return new Cells(List.of(), at);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** One figure and the keys leading to it. */
    public record Cell(List<Id> path, Amount amount) {
        public Cell {
            path = List.copyOf(path);
        }
    }
}
