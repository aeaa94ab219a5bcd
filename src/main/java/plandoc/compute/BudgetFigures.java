package plandoc.compute;

import java.util.List;
import java.util.Optional;
import plandoc.model.Budget;

/**
 * A budget with every row's money, able to add up any selection exactly.
 *
 * @param itemNoun what the plan calls its items ({@link plandoc.model.Plan#itemNoun}), for the messages about them
 */
public record BudgetFigures(Budget budget, AxisLayout layout, List<GroupFigures> groups, Optional<String> itemNoun) {
    public BudgetFigures {
        groups = List.copyOf(groups);
    }

    /** The items' noun as a message argument ({@link plandoc.diagnostic.Nouns#item}). */
    public String noun() {
        return plandoc.diagnostic.Nouns.item(itemNoun);
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

    /** The range a selection can take (rule 9), when every row's part is exact or bounded. */
    public java.util.Optional<java.math.BigDecimal[]> range(Selection selection) {
        java.math.BigDecimal low = java.math.BigDecimal.ZERO;
        java.math.BigDecimal high = java.math.BigDecimal.ZERO;
        for (GroupFigures g : groups) {
            for (RowMoney row : g.rows()) {
                var r = row.range(selection, layout);
                if (r.isEmpty()) {
                    return java.util.Optional.empty();
                }
                low = low.add(r.get()[0]);
                high = high.add(r.get()[1]);
            }
        }
        return java.util.Optional.of(new java.math.BigDecimal[] {low, high});
    }

    /** The items whose inputs leave a selection undetermined (they give their breakdowns separately). */
    public List<ItemFigures> undeterminedItems(Selection selection) {
        return items().stream().filter(i -> i.money().figure(selection, layout).state() == Figure.State.UNDETERMINED)
                .toList();
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
