package plandoc.model;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * A group of budget items (numbered I, II …). A budget written with {@code items:} directly has
 * one untitled group.
 *
 * @param unallocated money the group holds without splitting it among its items
 * @param readWhole   false when an item of it was left out or read with an error, or its unallocated money was
 *                    not read whole: no declared figure over the group is compared until that error is fixed
 * @param leftOut     where the author wrote the items left out for an error of their own (no {@code title:}): they
 *                    keep their numbers, so a message names an item by the number it has in the source ("dự án số
 *                    5" is the fifth entry, as printed once the error is fixed)
 */
public record BudgetGroup(Optional<Id> id, Optional<Text> title, List<BudgetItem> items, Cells unallocated,
                          List<Declared> declared, SourcePosition at, boolean readWhole, List<SourcePosition> leftOut) {
    public BudgetGroup(Optional<Id> id, Optional<Text> title, List<BudgetItem> items, Cells unallocated,
                       List<Declared> declared, SourcePosition at) {
        this(id, title, items, unallocated, declared, at, true, List.of());
    }

    public BudgetGroup {
        items = List.copyOf(items);
        declared = List.copyOf(declared);
        leftOut = List.copyOf(leftOut);
    }
}
