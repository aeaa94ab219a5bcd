package plandoc.compute;

import java.util.List;
import java.util.Optional;
import plandoc.model.Budget;

/** A budget with every row's money, able to add up any selection exactly. */
public record BudgetFigures(Budget budget, AxisLayout layout, List<GroupFigures> groups) {
    public BudgetFigures {
        groups = List.copyOf(groups);
    }

    public List<ItemFigures> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    public Figure figure(Selection selection) {
        return Figure.sum(groups.stream().map(g -> figure(g, selection)).toList());
    }

    public Figure figure(GroupFigures group, Selection selection) {
        return Figure.sum(group.rows().stream().map(r -> r.figure(selection, layout)).toList());
    }

    public Figure figure(ItemFigures item, Selection selection) {
        return item.money().figure(selection, layout);
    }

    public Figure total() {
        return figure(Selection.all(layout.size()));
    }

    public Optional<GroupFigures> group(String id) {
        return groups.stream().filter(g -> g.group().id().map(i -> i.value().equals(id)).orElse(false)).findFirst();
    }

    public Optional<ItemFigures> item(String id) {
        return items().stream().filter(i -> i.item().id().value().equals(id)).findFirst();
    }
}
