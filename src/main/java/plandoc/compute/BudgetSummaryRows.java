package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.model.Budget;
import plandoc.model.Member;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;

/** A summary's rows ({@code print.rows}): the grand row, one row per member of an axis. */
final class BudgetSummaryRows {
    private final BudgetFigures figures;
    private final Budget budget;
    private final AxisLayout axes;
    private final BudgetTableColumns table;
    private final MoneyCells moneyCells;

    BudgetSummaryRows(BudgetFigures figures, BudgetTableColumns table, MoneyCells moneyCells) {
        this.figures = figures;
        this.budget = figures.budget();
        this.axes = figures.layout();
        this.table = table;
        this.moneyCells = moneyCells;
    }

    List<RowView> rows() {
        List<RowView> rows = new ArrayList<>();
        for (String entry : budget.print().rows()) {
            Optional<Integer> axis = axes.indexOf(entry);
            if (entry.equals("grand")) {
                rows.add(summaryRow(RowKind.GRAND, budget.label("grand", "Tổng cộng"), Map.of()));
            } else if (axis.isPresent()) {
                for (MoneyColumns.AxisColumn c : MoneyColumns.axisColumns(axes.axes().get(axis.get()).members(), List.of())) {
                    String label = axes.member(axis.get(), c.memberId()).map(Member::label).orElse(c.memberId());
                    rows.add(summaryRow(RowKind.AXIS_TOTAL, label, Map.of(axis.get(), c.memberId())));
                }
            }
        }
        return rows;
    }

    private RowView summaryRow(RowKind kind, String label, Map<Integer, String> rowSelection) {
        List<CellView> cells = new ArrayList<>();
        cells.add(new CellView(List.of(InlineText.of(label)), Optional.empty(), false, CellRole.TITLE, 1 + table.text().size()));
        for (MoneyColumn m : table.money()) {
            if (m.isText()) {
                cells.add(MoneyCells.blank(CellRole.TEXT));
                continue;
            }
            Optional<Selection> s = merge(m.selection(), rowSelection);
            cells.add(s.map(sel -> moneyCells.moneyCell(BudgetTableBuilder.WHOLE, figures.figure(sel), sel, true)).orElse(MoneyCells.blank(CellRole.MONEY)));
        }
        return new RowView(kind, cells);
    }

    private Optional<Selection> merge(Selection column, Map<Integer, String> row) {
        List<String> members = new ArrayList<>(column.members());
        for (var e : row.entrySet()) {
            String existing = members.get(e.getKey());
            if (existing != null && !existing.equals(e.getValue())) {
                return Optional.empty();
            }
            members.set(e.getKey(), e.getValue());
        }
        return Optional.of(new Selection(members));
    }
}
