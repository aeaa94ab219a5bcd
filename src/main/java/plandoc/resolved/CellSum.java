package plandoc.resolved;

import java.util.List;

/**
 * A computed figure of a table and the cells of the same table it adds up exactly (a group row its
 * items, an item's total its cells, the grand row its groups), so an output can keep it a live sum.
 */
public record CellSum(CellRef cell, List<CellRef> parts) {
    public CellSum {
        parts = List.copyOf(parts);
    }
}
