package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.model.Axis;
import plandoc.model.Budget;
import plandoc.model.BudgetColumns;
import plandoc.model.Member;

/**
 * The columns of a budget table's money block. By default the axes crossed (one column per cell, outer axis first)
 * then the total; {@code print.money} instead lists them: the total, each axis on its own, free-text columns.
 */
final class MoneyColumns {
    private final Budget budget;
    private final AxisLayout axes;

    MoneyColumns(Budget budget, AxisLayout axes) {
        this.budget = budget;
        this.axes = axes;
    }

    List<MoneyColumn> columns() {
        List<String> spec = budget.print().money();
        List<MoneyColumn> out = new ArrayList<>();
        if (spec.isEmpty()) {
            out.addAll(crossedColumns());
            out.add(totalColumn());
            return out;
        }
        for (String entry : spec) {
            Optional<Integer> axis = axes.indexOf(entry);
            if (entry.equals("total")) {
                out.add(totalColumn());
            } else if (axis.isPresent()) {
                Axis a = axes.axes().get(axis.get());
                for (AxisColumn c : axisColumns(a.members(), List.of())) {
                    List<String> path = new ArrayList<>();
                    a.label().ifPresent(path::add);
                    path.addAll(c.labels());
                    out.add(new MoneyColumn(Selection.of(axes.size(), Map.of(axis.get(), c.memberId())), null, path,
                            a.id().value() + "/" + c.memberId()));
                }
            } else if (BudgetColumns.TEXT.contains(entry)) {
                out.add(new MoneyColumn(null, entry, List.of(BudgetTableHeader.columnLabel(budget, entry)), entry));
            }
            // Anything else was reported by validation.
        }
        return out;
    }

    private MoneyColumn totalColumn() {
        return new MoneyColumn(Selection.all(axes.size()), null, List.of(budget.label("total", "Tổng")), "total");
    }

    /** The product of every axis's columns; header paths padded per axis with nulls (spanned from above). */
    private List<MoneyColumn> crossedColumns() {
        if (axes.size() == 0) {
            return List.of();
        }
        List<MoneyColumn> columns = new ArrayList<>();
        columns.add(new MoneyColumn(Selection.all(0), null, List.of(), ""));
        for (Axis axis : axes.axes()) {
            int depth = depth(axis.members());
            List<MoneyColumn> next = new ArrayList<>();
            for (MoneyColumn prefix : columns) {
                for (AxisColumn c : axisColumns(axis.members(), List.of())) {
                    List<String> members = new ArrayList<>(prefix.selection().members());
                    members.add(c.memberId());
                    List<String> path = new ArrayList<>(prefix.headerPath());
                    path.addAll(c.labels());
                    for (int pad = c.labels().size(); pad < depth; pad++) {
                        path.add(null);
                    }
                    String key = prefix.key().isEmpty() ? c.memberId() : prefix.key() + "/" + c.memberId();
                    next.add(new MoneyColumn(new Selection(members), null, path, key));
                }
            }
            columns = next;
        }
        return columns;
    }

    /** One axis's columns: leaves, each parent followed by its computed column ("Cộng") unless print_total: false. */
    record AxisColumn(String memberId, List<String> labels) {
    }

    static List<AxisColumn> axisColumns(List<Member> members, List<String> parents) {
        List<AxisColumn> out = new ArrayList<>();
        for (Member m : members) {
            List<String> path = new ArrayList<>(parents);
            path.add(m.columnLabel());
            if (m.hasMembers()) {
                out.addAll(axisColumns(m.members(), path));
                if (m.printTotal()) {
                    List<String> totalPath = new ArrayList<>(path);
                    totalPath.add("Cộng");
                    out.add(new AxisColumn(m.id().value(), totalPath));
                }
            } else {
                out.add(new AxisColumn(m.id().value(), path));
            }
        }
        return out;
    }

    private static int depth(List<Member> members) {
        int d = 1;
        for (Member m : members) {
            if (m.hasMembers()) {
                d = Math.max(d, 1 + depth(m.members()));
            }
        }
        return d;
    }
}
