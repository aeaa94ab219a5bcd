package plandoc.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * A budget table.
 *
 * @param columns        free-text columns printed before the money ({@code period}, {@code lead} …)
 * @param labels         header and row labels by key ({@code title}, {@code total}, {@code grand} …)
 * @param grouped        false when written with {@code items:} directly (no group headings)
 * @param allowNegative  the budget opts in to negative amounts (e.g. reductions)
 * @param from           a summary: the budgets whose items it adds up (it has none of its own)
 * @param print          the table layout
 * @param decimalsAt     where the value of {@code decimals:} is written; empty when left to the default 0
 * @param decimalsValid  false when {@code decimals:} is written but is no whole number 0–6 (that error is reported, and
 *                       {@code decimals} is then 0): checks that judge amounts by it must not run
 * @param columnsAt      where each name of {@code columns} is typed, so that a misspelt one is reported at it
 */
public record Budget(Id id, Unit unit, int decimals, List<Axis> axes, List<String> columns,
                     Map<String, String> labels, List<TotalsRow> totals, List<BudgetGroup> groups, boolean grouped,
                     boolean allowNegative, List<Declared> declared, List<Id> from, PrintSpec print,
                     Optional<SourcePosition> decimalsAt, boolean decimalsValid, SourcePosition at,
                     Map<String, SourcePosition> columnsAt) {
    public Budget {
        columnsAt = Map.copyOf(columnsAt);
        axes = List.copyOf(axes);
        columns = List.copyOf(columns);
        labels = Map.copyOf(labels);
        totals = List.copyOf(totals);
        groups = List.copyOf(groups);
        declared = List.copyOf(declared);
        from = List.copyOf(from);
    }

    /** A budget of its own items, laid out the default way. */
    public Budget(Id id, Unit unit, int decimals, List<Axis> axes, List<String> columns, Map<String, String> labels,
                  List<TotalsRow> totals, List<BudgetGroup> groups, boolean grouped, boolean allowNegative,
                  List<Declared> declared, SourcePosition at) {
        this(id, unit, decimals, axes, columns, labels, totals, groups, grouped, allowNegative, declared, List.of(),
                PrintSpec.defaults(at), Optional.empty(), true, at, Map.of());
    }

    /** Where the column name {@code column} is typed in {@code columns:}; the budget's position if not known. */
    public SourcePosition columnAt(String column) {
        return columnsAt.getOrDefault(column, at);
    }

    public boolean isSummary() {
        return !from.isEmpty();
    }

    public List<BudgetItem> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    public String label(String key, String fallback) {
        return labels.getOrDefault(key, fallback);
    }
}
