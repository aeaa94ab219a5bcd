package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.diagnostic.FigureArgument;
import plandoc.diagnostic.Hint;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Amount;
import plandoc.model.Cells;
import plandoc.model.Declared;
import plandoc.resolved.DeclaredFigure;

/**
 * Compares figures printed in an earlier document ({@code declared:}) with the computed ones. A
 * mismatch is an error at the declared figure naming both figures and the difference; a declared
 * 0 matches a blank cell. A figure the items do not determine (a crossed cell of items given as
 * separate breakdowns) is checked against the range the items allow (budget-shapes rule 9): outside
 * it is an error; the figures inside make one warning per declared entry, unless the cells checked
 * together ({@link CrossedCells}) cannot all hold. The figures of such cells that passed, from entries without an
 * error, are what {@code print.undetermined: declared} prints ({@link DeclaredCells}).
 */
public final class DeclaredCheck {
    /**
     * @param figures every declared figure beside the computed one, in source order, with the cell it is
     * @param cells   the figures a table may print in cells the items leave open
     */
    record Checked(List<Located> figures, DeclaredCells cells) {
    }

    /**
     * A declared figure and the cell it is, by the table's scope printing its owner's figures and the members it
     * takes: how the table finds the row printing it (BudgetTableBuilder), with no words to parse back.
     */
    record Located(DeclaredFigure figure, String scope, Selection selection) {
    }

    /** Reports every mismatch; returns every declared figure beside the computed one, and the printable ones. */
    Checked check(BudgetFigures figures, Problems problems) {
        List<Located> out = new ArrayList<>();
        DeclaredCells cells = new DeclaredCells();
        boolean printed = figures.budget().print().undetermined() == plandoc.model.UndeterminedCells.DECLARED;
        FaultyRows faulty = new FaultyRows(problems);
        boolean budgetWhole = true;
        // A summary's rows are its sources' groups and items: their declared: figures were checked with the budget
        // they are written in, at its decimals; checked again here they would be a second error for one mistake.
        boolean ownRows = !figures.budget().isSummary();
        for (GroupFigures group : figures.groups()) {
            boolean groupWhole = faulty.whole(group.group());
            for (ItemFigures item : group.items()) {
                String owner = Owners.item(figures, item.number(), item.item().id().value());
                boolean whole = faulty.whole(item.item());
                groupWhole &= whole;
                Source source = new Source(figures, s -> figures.figure(item, s), s -> item.money().range(s, figures.layout()),
                        whole, BudgetTableBuilder.itemScope(item));
                if (ownRows) {
                    item.item().declared().forEach(d -> new Entry(d, owner, source, problems, out).check(cells, printed));
                }
            }
            budgetWhole &= groupWhole;
            String owner = Owners.group(group.number(), group.group().id().map(i -> i.value()).orElse(""));
            Source source = new Source(figures, s -> figures.figure(group, s), s -> Optional.empty(), groupWhole,
                    BudgetTableBuilder.groupScope(group));
            if (ownRows) {
                group.group().declared().forEach(d -> new Entry(d, owner, source, problems, out).check(cells, printed));
            }
        }
        Source source = new Source(figures, figures::figure, figures::range, budgetWhole, BudgetTableBuilder.WHOLE);
        figures.budget().declared().forEach(d ->
                new Entry(d, Owners.budget(figures.budget().id().value()), source, problems, out).check(cells, printed));
        return new Checked(out, cells);
    }

    /**
     * Where computed figures come from for one owner (an item, a group, the budget).
     *
     * @param whole false when a row under the owner has an error of its own (an amount that is not a number, a
     *              member that is not one of the axis, an item left out): its figures are then not what the
     *              author wrote, so they are not compared — that error alone is the news (one mistake, one error)
     * @param scope the table scope printing the owner's figures (BudgetTableBuilder's "item:chung-thu-so", "group:1", "whole")
     */
    private record Source(BudgetFigures figures, Function<Selection, Figure> figure,
                          Function<Selection, Optional<BigDecimal[]>> range, boolean whole, String scope) {
    }

    /** The check of one declared entry. */
    private static final class Entry {
        private final Declared declared;
        private final String owner;
        private final Source source;
        private final Problems problems;
        private final AxisLayout layout;
        private final int decimals;
        private final List<Located> out;
        private int withinRange;
        /** The table prints the open cells' figures (print.undetermined: declared). */
        private boolean printed;
        /** The figures of open cells found within their range, each with the phrase naming it. */
        private final java.util.Map<Selection, Amount> open = new java.util.LinkedHashMap<>();
        private final java.util.Map<Selection, String> openWhat = new java.util.HashMap<>();

        Entry(Declared declared, String owner, Source source, Problems problems, List<Located> out) {
            this.out = out;
            this.declared = declared;
            this.owner = declared.in().map(in -> owner + " [" + in + "]").orElse(owner);
            this.source = source;
            this.problems = problems;
            this.layout = source.figures().layout();
            this.decimals = source.figures().budget().decimals();
        }

        /**
         * Checks the entry; when {@code printed} and it raised no error, adds its open cells' figures to {@code cells}.
         * Two entries giving one cell different figures (the annex and the body each as printed) cannot both be
         * printed in the one table: an error at the second.
         */
        void check(DeclaredCells cells, boolean printed) {
            this.printed = printed;
            long errors = problems.errorCount();
            check();
            if (!printed || problems.errorCount() > errors) {
                return;
            }
            open.forEach((selection, figure) -> cells.put(source.scope(), selection, figure)
                    .filter(other -> other.value().compareTo(figure.value()) != 0)
                    .ifPresent(other -> problems.error(figure.at(), "declared.print-conflict", owner,
                            openWhat.get(selection), FigureArgument.of(figure.value(), decimals),
                            FigureArgument.of(other.value(), decimals), other.at().line())));
        }

        private void check() {
            declared.total().ifPresent(total -> compare(total, Selection.all(layout.size()), "@declared.total"));
            List<CrossedCells.Declared> crossed = new ArrayList<>();
            for (Cells.Cell cell : declared.amounts().cells()) {
                layout.resolve(cell.path(), 0, layout.size(), cell.amount().at(), owner, problems).ifPresent(leaves -> {
                    if (!source.whole()) {
                        return;
                    }
                    Selection selection = Selection.of(new CellKey(leaves));
                    boolean determined = source.figure().apply(selection).state() != Figure.State.UNDETERMINED;
                    boolean passed = compare(cell.amount(), selection, "@declared.cell|" + cellLabel(leaves));
                    crossed.add(new CrossedCells.Declared(new CellKey(leaves), cell.amount(), determined, passed));
                });
            }
            declared.perAxis().forEach(this::checkAxis);
            int jointErrors = new CrossedCells(owner, source.figures().noun(), layout, decimals, source.figure(),
                    source.range(), problems)
                    .check(crossed);
            // "all within range" would mislead once the cells are shown not to hold together; and where the table prints
            // them the author has chosen them as given, so a warning there could never be silenced (check --strict).
            // Nor beside a mistyped print.undetermined (read as mark): the warning would answer a value already in error.
            plandoc.model.PrintSpec print = source.figures().budget().print();
            if (withinRange > 0 && jointErrors == 0 && !printed && !print.undeterminedInError()) {
                // Under mark the table prints "…" in those cells: the warning says what would print the figures.
                problems.warning(declared.at(), print.undetermined() == plandoc.model.UndeterminedCells.MARK
                        ? "declared.unverifiable-mark" : "declared.unverifiable", owner, withinRange,
                        source.figures().noun());
            }
        }

        private void checkAxis(String axisId, Cells cells) {
            Optional<Integer> axis = layout.indexOf(axisId);
            if (axis.isEmpty() && memberOf(axisId).isPresent()) {
                // "ns-tinh: 4500" straight under declared: the member is known, and so is the axis it goes under.
                Cells.Cell only = cells.cells().size() == 1 ? cells.cells().get(0) : null;
                String value = only != null && only.path().isEmpty() ? only.amount().typed() : "…";
                problems.error(cells.at(), "declared.member-key", owner, axisId,
                        layout.axes().get(memberOf(axisId).get()).id().value(), value);
                return;
            }
            if (axis.isEmpty()) {
                List<String> keys = new ArrayList<>(List.of("in", "total", "amounts"));
                layout.axes().forEach(a -> keys.add(a.id().value()));
                problems.error(cells.at(), "declared.unknown-key", owner, axisId,
                        Hint.nearest(Suggestions.nearest(axisId, keys)), String.join(", ", keys));
                return;
            }
            for (Cells.Cell cell : cells.cells()) {
                String member = cell.path().get(cell.path().size() - 1).value();
                if (layout.member(axis.get(), member).isEmpty() || cell.path().size() > 2) {
                    layout.resolve(cell.path(), axis.get(), 1, cell.amount().at(), owner, problems);
                    continue;
                }
                compare(cell.amount(), Selection.of(layout.size(), Map.of(axis.get(), member)),
                        "@declared.member|" + memberLabel(axis.get(), member));
            }
        }

        /** The axis that has a member {@code id}, if one has. */
        private Optional<Integer> memberOf(String id) {
            return java.util.stream.IntStream.range(0, layout.axes().size())
                    .filter(a -> layout.member(a, id).isPresent()).boxed().findFirst();
        }

        /** "Giai đoạn 2012-2015 / NS địa phương": how the table heads the cell. */
        private String cellLabel(List<String> leaves) {
            List<String> labels = new ArrayList<>();
            for (int axis = 0; axis < leaves.size(); axis++) {
                labels.add(memberLabel(axis, leaves.get(axis)));
            }
            return String.join(" / ", labels);
        }

        private String memberLabel(int axis, String member) {
            return layout.member(axis, member).map(m -> m.label()).orElse(member);
        }

        /** Reports a declared figure that does not hold on its own; returns whether it holds. */
        private boolean compare(Amount declaredFigure, Selection selection, String what) {
            if (!source.whole()) {
                return true;
            }
            Figure computed = source.figure().apply(selection);
            String printed = VietnameseNumbers.format(declaredFigure.value(), decimals);
            boolean undetermined = computed.state() == Figure.State.UNDETERMINED;
            Optional<BigDecimal[]> range = undetermined ? source.range().apply(selection) : Optional.empty();
            out.add(new Located(new DeclaredFigure(owner, what, declaredFigure.value(),
                    undetermined ? Optional.empty() : Optional.of(computed.orZero()),
                    printed, undetermined ? BudgetTableBuilder.UNDETERMINED
                            : VietnameseNumbers.format(computed.orZero(), decimals),
                    range.map(List::of).orElse(List.of()), Optional.empty(), Optional.empty(), declared.in()),
                    source.scope(), selection));
            if (undetermined) {
                if (range.isEmpty()) {
                    problems.warning(declaredFigure.at(), "declared.undetermined", owner, what, printed,
                            source.figures().noun());
                    return true;
                } else if (declaredFigure.value().compareTo(range.get()[0]) < 0
                        || declaredFigure.value().compareTo(range.get()[1]) > 0) {
                    problems.error(declaredFigure.at(), this.printed ? "declared.out-of-range-printed" : "declared.out-of-range",
                            owner, what, FigureArgument.of(declaredFigure.value(), decimals),
                            FigureArgument.of(range.get()[0], decimals),
                            FigureArgument.of(range.get()[1], decimals), source.figures().noun());
                    return false;
                }
                withinRange++;
                open.put(selection, declaredFigure);
                openWhat.put(selection, what);
                return true;
            }
            BigDecimal value = computed.orZero();
            if (declaredFigure.value().compareTo(value) != 0) {
                problems.error(declaredFigure.at(), "declared.mismatch", owner, what,
                        FigureArgument.of(declaredFigure.value(), decimals), FigureArgument.of(value, decimals),
                        FigureArgument.signed(declaredFigure.value().subtract(value), decimals));
                return false;
            }
            return true;
        }
    }
}
