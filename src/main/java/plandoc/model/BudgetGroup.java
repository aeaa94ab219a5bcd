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
 */
public record BudgetGroup(Optional<Id> id, Optional<Text> title, List<BudgetItem> items, Cells unallocated,
                          List<Declared> declared, SourcePosition at, boolean readWhole) {
    public BudgetGroup(Optional<Id> id, Optional<Text> title, List<BudgetItem> items, Cells unallocated,
                       List<Declared> declared, SourcePosition at) {
        this(id, title, items, unallocated, declared, at, true);
    }

    public BudgetGroup {
        items = List.copyOf(items);
        declared = List.copyOf(declared);
    }
}
