package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import plandoc.model.BudgetGroup;

/**
 * A budget group with its number (I, II …), its items, and the money it holds without splitting it
 * among them; its figures add up both.
 */
public record GroupFigures(BudgetGroup group, int number, List<ItemFigures> items, RowMoney unallocated) {
    public GroupFigures {
        items = List.copyOf(items);
    }

    public List<RowMoney> rows() {
        List<RowMoney> rows = new ArrayList<>();
        items.forEach(i -> rows.add(i.money()));
        rows.add(unallocated);
        return rows;
    }

    public boolean hasUnallocated() {
        return unallocated.total().isPresent();
    }
}
