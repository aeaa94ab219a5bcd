package plandoc.compute;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import plandoc.model.Amount;

/**
 * The declared figures a table may print in crossed cells its items do not determine ({@code print.undetermined:
 * declared}): each checked against the range the items allow, from a {@code declared:} entry that raised no error,
 * keyed by the table scope that prints it ("item:chung-thu-so", "group:1", "whole") and the cell's selection.
 */
final class DeclaredCells {
    private final Map<String, Map<Selection, Amount>> byScope = new HashMap<>();

    /** Records a figure; returns the one another entry gave the same cell before, if any. */
    Optional<Amount> put(String scope, Selection selection, Amount figure) {
        return Optional.ofNullable(byScope.computeIfAbsent(scope, s -> new HashMap<>()).putIfAbsent(selection, figure));
    }

    Optional<Amount> get(String scope, Selection selection) {
        return Optional.ofNullable(byScope.getOrDefault(scope, Map.of()).get(selection));
    }
}
