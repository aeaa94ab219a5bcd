package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plandoc.resolved.BudgetData;
import plandoc.resolved.DataRow;

/**
 * A budget's tidy rows ({@link DataRow}), one per amount: the tidy CSV's and the workbook's "Dữ liệu" sheet's.
 *
 * <p>A row given cell by cell (the usual case) has one row per cell holding a figure, {@code breakdown} "cell" and
 * the leaf member on each axis. A row given as one breakdown per axis (budget-shapes rule 5: by source and by year
 * separately) has one row per axis member, {@code breakdown} the axis id; only the first axis's rows are marked
 * {@code inTotal}, so that the amounts of the rows with {@code inTotal} always add up to the budget's total;
 * {@code inPlanTotal} marks those of them the plan's total adds (a summary's sources, not the summary, nor a table of
 * work outside the plan's total: s24 review M2). Every amount at the budget's scale, its {@code decimals:} (s28 review
 * L6: "0.2" beside "0.35" was the scale the YAML was typed at); never fewer digits than the figure holds.
 */
final class DataRows {
    private DataRows() {
    }

    static List<DataRow> of(BudgetData budget, int decimals) {
        Map<String, String> labels = new HashMap<>();
        budget.axes().forEach(axis -> axis.members().forEach(m -> labels.put(axis.id() + "/" + m.id(), m.label())));
        String first = budget.axes().isEmpty() ? "" : budget.axes().get(0).id();
        List<DataRow> rows = new ArrayList<>();
        for (BudgetData.Row row : budget.rows()) {
            if (row.crossed()) {
                for (BudgetData.Cell cell : row.cells()) {
                    if (cell.value().isEmpty()) {
                        continue;
                    }
                    List<String> memberLabels = new ArrayList<>();
                    for (int axis = 0; axis < cell.members().size(); axis++) {
                        memberLabels.add(labels.getOrDefault(budget.axes().get(axis).id() + "/" + cell.members().get(axis), ""));
                    }
                    rows.add(row(budget, row, "cell", cell.members(), memberLabels, cell.value().get(), decimals,
                            true, budget.inPlanTotal()));
                }
            } else {
                for (BudgetData.Share share : row.shares()) {
                    boolean counted = share.axis().equals(first);
                    rows.add(row(budget, row, share.axis(), List.of(share.member()),
                            List.of(labels.getOrDefault(share.axis() + "/" + share.member(), "")),
                            share.value(), decimals, counted, budget.inPlanTotal() && counted));
                }
            }
        }
        return rows;
    }

    private static DataRow row(BudgetData budget, BudgetData.Row row, String breakdown, List<String> members,
                               List<String> memberLabels, BigDecimal amount, int decimals, boolean inTotal,
                               boolean inPlanTotal) {
        return new DataRow(budget.id(), row.groupId(), row.groupLabel(), row.kind(), row.itemId(), row.itemTitle(),
                row.lead(), breakdown, members, memberLabels, scaled(amount, decimals), budget.unit(), inTotal,
                budget.summary(), row.declared().map(d -> scaled(d, decimals)), inPlanTotal);
    }

    /** {@code value} with {@code decimals} digits after the point, or more when it holds more (never rounded). */
    static BigDecimal scaled(BigDecimal value, int decimals) {
        return value.setScale(Math.max(decimals, Math.max(0, value.stripTrailingZeros().scale())));
    }
}
