package plandoc.compute;

import java.util.Collection;
import java.util.Set;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.BudgetGroup;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;
import plandoc.model.Id;

/**
 * Which budget rows had an error of their own: read with an error ({@link BudgetItem#readWhole()}), or an
 * error reported at the row or at one of its amounts or their keys (a negative amount, a member that is not
 * one of the axis, breakdowns that disagree). Their figures are not what the author meant, so a declared
 * figure over them would report the same mistake again as a false mismatch.
 */
final class FaultyRows {
    private final Set<SourcePosition> errors;

    FaultyRows(Problems problems) {
        this.errors = problems.hasErrors() ? problems.errorPositions() : Set.of();
    }

    boolean whole(BudgetItem item) {
        return item.readWhole() && (errors.isEmpty() || !errors.contains(item.at()) && whole(item.amounts())
                && item.split().values().stream().allMatch(this::whole));
    }

    /** The group's own reading and its unallocated money; its items are asked one by one. */
    boolean whole(BudgetGroup group) {
        return group.readWhole() && (errors.isEmpty() || whole(group.unallocated()));
    }

    private boolean whole(Cells cells) {
        return !errors.contains(cells.at()) && cells.cells().stream().noneMatch(c -> errors.contains(c.amount().at())
                || hasError(c.path()));
    }

    private boolean hasError(Collection<Id> path) {
        return path.stream().anyMatch(id -> errors.contains(id.at()));
    }
}
