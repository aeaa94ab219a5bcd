package plandoc.model;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * A group of budget items (numbered I, II …). A budget written with {@code items:} directly has
 * one untitled group.
 *
 * @param unallocated money the group holds without splitting it among its items
 */
public record BudgetGroup(Optional<Id> id, Optional<Text> title, List<BudgetItem> items, Cells unallocated,
                          List<Declared> declared, SourcePosition at) {
    public BudgetGroup {
        items = List.copyOf(items);
        declared = List.copyOf(declared);
    }
}
