package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.diagnostic.FigureArgument;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Amount;

/**
 * The declared crossed cells of a two-axis table checked together rather than one at a time
 * (issue 14): each complete row and column of declared cells must add up to the computed margin
 * exactly, a partial one must not exceed it, and the whole table must be feasible — the cells not
 * declared, each within the range the items allow (budget-shapes rule 9), must be able to make up
 * what every row and column still needs. That last test is a transportation problem on the
 * row × column network, decided exactly by a maximum flow over BigDecimal ({@link ExactMaxFlow});
 * when it fails, the minimum cut names the rows and columns that cannot all hold.
 */
final class CrossedCells {
    /**
     * A declared figure of one leaf cell.
     *
     * @param determined the items fix the cell, so it was compared with its computed value
     * @param passed     it passed the check of the cell alone (equal, or within its range)
     */
    record Declared(CellKey key, Amount amount, boolean determined, boolean passed) {
    }

    private final String owner;
    private final String noun;
    private final AxisLayout layout;
    private final int decimals;
    private final Function<Selection, Figure> figure;
    private final Function<Selection, Optional<BigDecimal[]>> range;
    private final Problems problems;

    /** @param noun the items' noun as a message argument ({@link BudgetFigures#noun}) */
    CrossedCells(String owner, String noun, AxisLayout layout, int decimals, Function<Selection, Figure> figure,
                 Function<Selection, Optional<BigDecimal[]>> range, Problems problems) {
        this.owner = owner;
        this.noun = noun;
        this.layout = layout;
        this.decimals = decimals;
        this.figure = figure;
        this.range = range;
        this.problems = problems;
    }

    /** Reports what cannot hold; returns the number of errors reported. */
    int check(List<Declared> declared) {
        // Cells the items determine were compared one by one: only undetermined ones need the joint view.
        if (layout.size() != 2 || declared.stream().allMatch(Declared::determined)) {
            return 0;
        }
        Map<CellKey, Declared> cells = new LinkedHashMap<>();
        declared.forEach(d -> cells.put(d.key(), d));
        List<String> rows = layout.leaves(0);
        List<String> columns = layout.leaves(1);
        int errors = 0;
        for (String row : rows) {
            errors += line(0, row, columns.stream().map(c -> cells.get(new CellKey(List.of(row, c)))).toList());
        }
        for (String column : columns) {
            errors += line(1, column, rows.stream().map(r -> cells.get(new CellKey(List.of(r, column)))).toList());
        }
        boolean allPassed = declared.stream().allMatch(Declared::passed);
        return errors > 0 || !allPassed ? errors : feasibility(rows, columns, cells);
    }

    /** One row (axis 0) or column (axis 1): its declared cells against its computed total. */
    private int line(int axis, String member, List<Declared> line) {
        List<Declared> given = line.stream().filter(java.util.Objects::nonNull).toList();
        Figure margin = figure.apply(Selection.of(2, Map.of(axis, member)));
        // A line whose cells were all computed, or one holding a cell already reported, adds nothing.
        if (given.isEmpty() || margin.state() == Figure.State.UNDETERMINED || given.stream().allMatch(Declared::determined)
                || !given.stream().allMatch(Declared::passed)) {
            return 0;
        }
        BigDecimal sum = given.stream().map(d -> d.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = margin.orZero();
        boolean complete = given.size() == line.size();
        if (complete ? sum.compareTo(total) == 0 : sum.compareTo(total) <= 0) {
            return 0;
        }
        String terms = FigureArgument.joined(given.stream().map(d -> d.amount().value()).toList(), decimals, " + ");
        problems.error(given.get(0).amount().at(), complete ? "crossed.line-sum" : "crossed.line-exceeds", owner,
                (axis == 0 ? "@crossed.axis0|" : "@crossed.axis1|") + label(axis, member), terms, format(sum), format(total),
                FigureArgument.signed(sum.subtract(total), decimals), noun);
        return 1;
    }

    /**
     * Whether the undeclared cells, each within its range, can make up every row's and column's
     * remainder. Lower bounds are taken out first, so the flow only moves what lies above them.
     */
    private int feasibility(List<String> rows, List<String> columns, Map<CellKey, Declared> cells) {
        int m = rows.size();
        int n = columns.size();
        BigDecimal[] rowNeed = new BigDecimal[m];
        BigDecimal[] columnNeed = new BigDecimal[n];
        for (int i = 0; i < m; i++) {
            Figure f = figure.apply(Selection.of(2, Map.of(0, rows.get(i))));
            if (!f.isValue() && f.state() != Figure.State.BLANK) {
                return 0;
            }
            rowNeed[i] = f.orZero();
        }
        for (int j = 0; j < n; j++) {
            Figure f = figure.apply(Selection.of(2, Map.of(1, columns.get(j))));
            if (!f.isValue() && f.state() != Figure.State.BLANK) {
                return 0;
            }
            columnNeed[j] = f.orZero();
        }
        BigDecimal[][] spare = new BigDecimal[m][n];
        boolean open = false;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                CellKey key = new CellKey(List.of(rows.get(i), columns.get(j)));
                Declared d = cells.get(key);
                BigDecimal low;
                BigDecimal high;
                if (d != null) {
                    low = d.amount().value();
                    high = low;
                } else {
                    Optional<BigDecimal[]> r = range.apply(Selection.of(key));
                    if (r.isEmpty()) {
                        return 0; // a cell with no known bounds: nothing exact to say
                    }
                    low = r.get()[0];
                    high = r.get()[1];
                    open = true;
                }
                rowNeed[i] = rowNeed[i].subtract(low);
                columnNeed[j] = columnNeed[j].subtract(low);
                spare[i][j] = high.subtract(low);
            }
        }
        if (!open) {
            return 0; // every cell declared: the lines above and the per-cell ranges said it all
        }
        ExactMaxFlow.Cut cut = ExactMaxFlow.transport(rowNeed, columnNeed, spare);
        if (cut.feasible()) {
            return 0;
        }
        List<String> rowLabels = new ArrayList<>();
        cut.rows().forEach(i -> rowLabels.add(label(0, rows.get(i))));
        SourcePosition at = cells.values().iterator().next().amount().at();
        for (Declared d : cells.values()) {
            if (cut.rows().contains(rows.indexOf(d.key().member(0)))) {
                at = d.amount().at();
                break;
            }
        }
        problems.error(at, "crossed.infeasible", owner, String.join(", ", rowLabels), format(cut.needed()),
                format(cut.possible()), noun);
        return 1;
    }

    private String label(int axis, String member) {
        return layout.member(axis, member).map(x -> x.label()).orElse(member);
    }

    private String format(BigDecimal value) {
        return FigureArgument.of(value, decimals);
    }
}
