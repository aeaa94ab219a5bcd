package plandoc.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import plandoc.compute.Figure;

/**
 * A computed total that differs: of an item, a group or the whole budget, over everything or over
 * the members of some axes.
 *
 * @param members the members selected per axis (null: all members); empty for the whole row
 * @param column  the selection as a reader names it: "" for the whole, "Giai đoạn 2012-2015", "… , NS TƯ"
 */
public record TotalChange(List<String> members, String column, Figure before, Figure after) {
    public TotalChange {
        members = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(members));
    }

    public boolean whole() {
        return column.isEmpty();
    }

    public Optional<BigDecimal> difference() {
        return Figures.difference(before, after);
    }
}
