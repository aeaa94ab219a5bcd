package plandoc.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import plandoc.compute.Figure;

/**
 * One money cell of a budget item that differs.
 *
 * @param members the leaf member per axis, outermost axis first; for an item given as breakdowns, the one
 *                member of its breakdown and null for the other axes
 * @param column  the cell's column as a reader names it: "Giai đoạn 2012-2015, NS TƯ"
 * @param before  the figure before ({@link Figure#BLANK} when there was none)
 * @param after   the figure after
 */
public record CellChange(List<String> members, String column, Figure before, Figure after) {
    public CellChange {
        members = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(members));
    }

    /** After minus before, a blank counting as nothing; empty when either side is undetermined. */
    public Optional<BigDecimal> difference() {
        return Figures.difference(before, after);
    }
}
