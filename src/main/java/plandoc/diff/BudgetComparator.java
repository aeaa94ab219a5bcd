package plandoc.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.compute.BudgetFigures;
import plandoc.compute.Figure;
import plandoc.compute.GroupFigures;
import plandoc.compute.ItemFigures;
import plandoc.diagnostic.Nouns;
import plandoc.compute.Numbering;
import plandoc.model.Appendix;
import plandoc.model.AppendixContent;
import plandoc.model.Budget;
import plandoc.model.Plan;
import plandoc.model.Section;
import plandoc.model.Unit;

/**
 * Budget tables, item by item and total by total. Both sides are computed by {@code compute}
 * ({@link BudgetFigures}); nothing is added up here, so a comparison cannot disagree with the tables.
 */
final class BudgetComparator {
    /** A selection of money and how a reader names it; no members: the whole row. */
    private record Column(List<String> members, String label) {
    }

    private static final Column WHOLE = new Column(List.of(), "");

    List<BudgetChange> compare(PlanSnapshot before, PlanSnapshot after) {
        Set<String> ids = new LinkedHashSet<>(after.budgets().keySet());
        ids.addAll(before.budgets().keySet());
        List<BudgetChange> out = new ArrayList<>();
        for (String id : ids) {
            BudgetChange change = compare(id, Optional.ofNullable(before.budgets().get(id)),
                    Optional.ofNullable(after.budgets().get(id)), before, after);
            if (!change.isEmpty()) {
                out.add(change);
            }
        }
        return out;
    }

    private BudgetChange compare(String id, Optional<BudgetFigures> was, Optional<BudgetFigures> is,
                                 PlanSnapshot before, PlanSnapshot after) {
        BudgetFigures shown = is.or(() -> was).orElseThrow();
        Unit unit = shown.budget().unit();
        BudgetSide a = new BudgetSide(was, unit);
        BudgetSide b = new BudgetSide(is, unit);
        Status status = was.isEmpty() ? Status.ADDED : is.isEmpty() ? Status.REMOVED : Status.CHANGED;
        boolean axesChanged = a.present() && b.present() && !a.axisIds().equals(b.axisIds());
        Comparison c = new Comparison(a, b, before, after, axesChanged);
        List<GroupChange> groups = new ArrayList<>();
        List<TotalChange> totals;
        if (shown.budget().isSummary() && !shown.budget().print().rows().isEmpty() && !axesChanged) {
            // A summary printing print.rows shows none of its sources' items: only the figures it prints compare.
            totals = c.printedSummary(shown.budget());
        } else {
            Set<String> keys = new LinkedHashSet<>(b.groups().keySet());
            keys.addAll(a.groups().keySet());
            for (String key : keys) {
                c.group(key).ifPresent(groups::add);
            }
            totals = c.totals(c.totalColumns(), a::whole, b::whole);
        }
        PlanSnapshot shownIn = status == Status.REMOVED ? before : after;
        String label = shownIn.label(id);
        int decimals = Math.max(was.map(f -> f.budget().decimals()).orElse(0), is.map(f -> f.budget().decimals()).orElse(0));
        return new BudgetChange(id, status, label, title(shownIn.plan(), id), unit.label(), decimals, axesChanged,
                groups, totals, shown.budget().isSummary(), Nouns.item(shownIn.plan().itemNoun(shown.budget())));
    }

    /** The title of the appendix (else the section) that prints the table, as written. */
    private static String title(Plan plan, String tableId) {
        for (Appendix a : plan.appendices().items()) {
            if (a.content() instanceof AppendixContent.Show show && show.table().value().equals(tableId)) {
                return SourceText.of(a.title());
            }
        }
        return showing(plan.body().sections(), tableId).map(s -> SourceText.of(s.title())).orElse("");
    }

    private static Optional<Section> showing(List<Section> sections, String tableId) {
        for (Section s : sections) {
            if (s.show().map(i -> i.value().equals(tableId)).orElse(false)) {
                return Optional.of(s);
            }
            Optional<Section> inner = showing(s.sections(), tableId);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /** One budget compared. */
    private static final class Comparison {
        private final BudgetSide a;
        private final BudgetSide b;
        private final PlanSnapshot before;
        private final PlanSnapshot after;
        private final List<Column> cells;
        private final List<Column> members;

        Comparison(BudgetSide a, BudgetSide b, PlanSnapshot before, PlanSnapshot after, boolean axesChanged) {
            this.a = a;
            this.b = b;
            this.before = before;
            this.after = after;
            // With other axes, cells and members of one side mean nothing on the other: only whole totals compare.
            this.cells = axesChanged ? List.of() : columns(b.cells(), a.cells());
            this.members = axesChanged ? List.of() : columns(b.members(), a.members());
        }

        /** Every computed total a table prints: the whole, each member of each axis, and each cell. */
        List<Column> totalColumns() {
            List<Column> out = new ArrayList<>();
            out.add(WHOLE);
            out.addAll(members);
            cells.stream().filter(c -> !out.contains(c)).forEach(out::add);
            return out;
        }

        /**
         * The figures a summary's table prints: each of its {@code print.rows} (the grand row, a row per member)
         * under each money column, named "Ngân sách trung ương, Năm 2026" (the grand row and the total column
         * unnamed, so the grand total is the whole).
         */
        List<TotalChange> printedSummary(Budget budget) {
            BudgetSide side = b.present() ? b : a;
            int size = side.figures().orElseThrow().layout().size();
            List<Column> rows = new ArrayList<>();
            for (String entry : budget.print().rows()) {
                if (entry.equals("grand")) {
                    rows.add(WHOLE);
                } else {
                    axisColumns(entry, size).forEach(rows::add);
                }
            }
            List<Column> money = new ArrayList<>();
            if (budget.print().money().isEmpty()) {
                money.addAll(cells);
                money.add(WHOLE);
            } else {
                for (String entry : budget.print().money()) {
                    if (entry.equals("total")) {
                        money.add(WHOLE);
                    } else {
                        money.addAll(axisColumns(entry, size));
                    }
                }
            }
            List<TotalChange> out = new ArrayList<>();
            for (Column row : rows) {
                for (Column column : money) {
                    merge(row, column, size).ifPresent(cell -> change(cell, a.whole(cell.members()), b.whole(cell.members()))
                            .ifPresent(out::add));
                }
            }
            return out;
        }

        /** One column per member of the axis (parents too), as {@link BudgetSide#members()} gives them. */
        private List<Column> axisColumns(String axisId, int size) {
            BudgetSide side = b.present() ? b : a;
            int axis = side.axisIds().indexOf(axisId);
            if (axis < 0) {
                return List.of();
            }
            return side.members().stream().filter(m -> m.get(axis) != null).map(m -> new Column(m, label(m))).toList();
        }

        /** A row's selection crossed with a column's; empty where they pick two members of one axis (a blank cell). */
        private Optional<Column> merge(Column row, Column column, int size) {
            if (row.members().isEmpty()) {
                return Optional.of(column);
            }
            if (column.members().isEmpty()) {
                return Optional.of(row);
            }
            List<String> members = new ArrayList<>(java.util.Collections.nCopies(size, (String) null));
            for (int i = 0; i < size; i++) {
                String x = row.members().get(i);
                String y = column.members().get(i);
                if (x != null && y != null && !x.equals(y)) {
                    return Optional.empty();
                }
                members.set(i, x != null ? x : y);
            }
            return Optional.of(new Column(members, row.label() + ", " + column.label()));
        }

        Optional<GroupChange> group(String key) {
            Optional<GroupFigures> was = Optional.ofNullable(a.groups().get(key));
            Optional<GroupFigures> is = Optional.ofNullable(b.groups().get(key));
            List<ItemChange> items = new ArrayList<>();
            is.ifPresent(g -> g.items().forEach(i -> item(i.item().id().value()).ifPresent(items::add)));
            was.ifPresent(g -> g.items().stream().map(i -> i.item().id().value())
                    .filter(id -> !b.items().containsKey(id))
                    .forEach(id -> item(id).ifPresent(items::add)));
            // A budget written with items: only has one untitled group: its totals are the table's, shown once.
            boolean wholeTable = key.startsWith("#") && a.groups().size() <= 1 && b.groups().size() <= 1;
            List<TotalChange> totals = wholeTable ? List.of()
                    : totals(totalColumns(), m -> a.group(key, m), m -> b.group(key, m));
            Status status = was.isEmpty() ? Status.ADDED : is.isEmpty() ? Status.REMOVED : Status.CHANGED;
            String titleBefore = was.map(g -> SourceText.of(g.group().title())).orElse("");
            String titleAfter = is.map(g -> SourceText.of(g.group().title())).orElse("");
            GroupChange change = new GroupChange(key.startsWith("#") ? "" : key, status,
                    was.map(g -> Numbering.roman(g.number())).orElse(""), is.map(g -> Numbering.roman(g.number())).orElse(""),
                    titleBefore, titleAfter, items, totals);
            boolean changed = status != Status.CHANGED || !items.isEmpty() || !totals.isEmpty() || change.renamed();
            return changed ? Optional.of(change) : Optional.empty();
        }

        Optional<ItemChange> item(String id) {
            Optional<ItemFigures> was = Optional.ofNullable(a.items().get(id));
            Optional<ItemFigures> is = Optional.ofNullable(b.items().get(id));
            List<Column> columns = new ArrayList<>(cells);
            if (a.split(id) || b.split(id)) {
                // Given as breakdowns, its crossed cells may be unknown: compare its breakdowns too.
                members.stream().filter(m -> !columns.contains(m)).forEach(columns::add);
            }
            List<CellChange> cellChanges = new ArrayList<>();
            for (Column column : columns) {
                Figure x = a.item(id, column.members());
                Figure y = b.item(id, column.members());
                if (!Figures.same(x, y)) {
                    cellChanges.add(new CellChange(column.members(), column.label(), x, y));
                }
            }
            Optional<TotalChange> total = change(WHOLE, a.item(id, List.of()), b.item(id, List.of()));
            Status status = was.isEmpty() ? Status.ADDED : is.isEmpty() ? Status.REMOVED : Status.CHANGED;
            boolean moved = status == Status.CHANGED && !a.groupOf(id).equals(b.groupOf(id));
            List<FieldChange> printed = status == Status.CHANGED ? printedColumns(id) : List.of();
            ItemChange change = new ItemChange(id, status, was.isPresent() ? before.label(id) : "",
                    is.isPresent() ? after.label(id) : "", was.map(i -> SourceText.of(i.item().title())).orElse(""),
                    is.map(i -> SourceText.of(i.item().title())).orElse(""), moved, printed, cellChanges, total);
            boolean changed = status != Status.CHANGED || moved || change.renamed() || !printed.isEmpty()
                    || !cellChanges.isEmpty() || total.isPresent();
            return changed ? Optional.of(change) : Optional.empty();
        }

        /** The item's text columns (period, lead …) whose printed text differs. */
        private List<FieldChange> printedColumns(String itemId) {
            String table = a.figures().orElseThrow().budget().id().value();
            Map<String, PrintedColumns.Column> x = PrintedColumns.of(before.resolved(), table, itemId);
            Map<String, PrintedColumns.Column> y = PrintedColumns.of(after.resolved(), table, itemId);
            return PrintedColumns.changes(x, y);
        }

        List<TotalChange> totals(List<Column> columns, java.util.function.Function<List<String>, Figure> x,
                                 java.util.function.Function<List<String>, Figure> y) {
            List<TotalChange> out = new ArrayList<>();
            for (Column column : columns) {
                change(column, x.apply(column.members()), y.apply(column.members())).ifPresent(out::add);
            }
            return out;
        }

        private static Optional<TotalChange> change(Column column, Figure x, Figure y) {
            return Figures.same(x, y) ? Optional.empty() : Optional.of(new TotalChange(column.members(), column.label(), x, y));
        }

        /** The selections of the side after, then those only the side before has. */
        private List<Column> columns(List<List<String>> after, List<List<String>> before) {
            Set<List<String>> all = new LinkedHashSet<>(after);
            all.addAll(before);
            return all.stream().map(m -> new Column(m, label(m))).toList();
        }

        private String label(List<String> selection) {
            List<String> parts = new ArrayList<>();
            for (int axis = 0; axis < selection.size(); axis++) {
                String member = selection.get(axis);
                if (member != null) {
                    int i = axis;
                    parts.add(b.memberLabel(i, member).or(() -> a.memberLabel(i, member)).orElse(member));
                }
            }
            return String.join(", ", parts);
        }
    }
}
