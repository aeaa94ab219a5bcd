package plandoc.compute;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Amount;
import plandoc.model.Cells;
import plandoc.model.Declared;

/**
 * Compares figures printed in an earlier document ({@code declared:}) with the computed ones. A
 * mismatch is an error at the declared figure naming both figures and the difference; a declared
 * 0 matches a blank cell.
 */
public final class DeclaredCheck {
    public void check(BudgetFigures figures, Problems problems) {
        int decimals = figures.budget().decimals();
        for (GroupFigures group : figures.groups()) {
            for (ItemFigures item : group.items()) {
                String owner = Owners.item(item.number(), item.item().id().value());
                for (Declared d : item.item().declared()) {
                    compare(d, owner, s -> figures.figure(item, s), figures.layout(), decimals, problems);
                }
            }
            String owner = Owners.group(group.number(), group.group().id().map(i -> i.value()).orElse(""));
            for (Declared d : group.group().declared()) {
                compare(d, owner, s -> figures.figure(group, s), figures.layout(), decimals, problems);
            }
        }
        for (Declared d : figures.budget().declared()) {
            compare(d, Owners.budget(figures.budget().id().value()), figures::figure, figures.layout(), decimals,
                    problems);
        }
    }

    private void compare(Declared declared, String owner, java.util.function.Function<Selection, Figure> computed,
                         AxisLayout layout, int decimals, Problems problems) {
        String where = declared.in().map(in -> owner + " [" + in + "]").orElse(owner);
        declared.total().ifPresent(total -> report(total, computed.apply(Selection.all(layout.size())),
                where, "@declared.total", decimals, problems));
        for (Cells.Cell cell : declared.amounts().cells()) {
            layout.resolve(cell.path(), 0, layout.size(), cell.amount().at(), where, problems).ifPresent(leaves ->
                    report(cell.amount(), computed.apply(Selection.of(new CellKey(leaves))), where,
                            "@declared.cell|" + String.join(" / ", leaves), decimals, problems));
        }
        declared.perAxis().forEach((axisId, cells) -> {
            Optional<Integer> axis = layout.indexOf(axisId);
            if (axis.isEmpty()) {
                List<String> keys = new java.util.ArrayList<>(List.of("in", "total", "amounts"));
                layout.axes().forEach(a -> keys.add(a.id().value()));
                problems.error(cells.at(), "declared.unknown-key", where, axisId,
                        plandoc.diagnostic.Hint.nearest(plandoc.load.Suggestions.nearest(axisId, keys)), String.join(", ", keys));
                return;
            }
            for (Cells.Cell cell : cells.cells()) {
                String member = cell.path().get(cell.path().size() - 1).value();
                if (layout.member(axis.get(), member).isEmpty() || cell.path().size() > 2) {
                    layout.resolve(cell.path(), axis.get(), 1, cell.amount().at(), where, problems);
                    continue;
                }
                java.util.Map<Integer, String> byAxis = java.util.Map.of(axis.get(), member);
                report(cell.amount(), computed.apply(Selection.of(layout.size(), byAxis)), where,
                        "@declared.member|" + axisId + "|" + member, decimals, problems);
            }
        });
    }

    private void report(Amount declared, Figure computed, String owner, String what, int decimals, Problems problems) {
        SourcePosition at = declared.at();
        if (computed.state() == Figure.State.UNDETERMINED) {
            problems.warning(at, "declared.undetermined", owner, what, VietnameseNumbers.format(declared.value(), decimals));
            return;
        }
        BigDecimal value = computed.orZero();
        if (declared.value().compareTo(value) != 0) {
            problems.error(at, "declared.mismatch", owner, what,
                    VietnameseNumbers.format(declared.value(), decimals),
                    VietnameseNumbers.format(value, decimals),
                    VietnameseNumbers.signed(declared.value().subtract(value), decimals));
        }
    }
}
