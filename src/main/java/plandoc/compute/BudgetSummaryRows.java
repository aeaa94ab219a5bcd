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
                memberRows(axis.get(), axes.axes().get(axis.get()).members(), 0, rows);
            }
        }
        return rows;
    }

    /**
     * A row per member in reading order: a member with sub-members first, with its sum, then its parts marked as parts
     * ("- Đầu tư", "+ …" a level further), as Vietnamese budget tables write them; the table's column order (the
     * parts, then the parent's "Cộng") read as rows made the parts seem sources of their own (s26 review M1). A parent
     * with {@code print_total: false} keeps its row as a heading, its figures blank.
     */
    private void memberRows(int axis, List<Member> members, int depth, List<RowView> rows) {
        for (Member m : members) {
            String label = PART_MARKS[Math.min(depth, PART_MARKS.length - 1)] + m.label();
            if (m.hasMembers() && !m.printTotal()) {
                rows.add(headingRow(label));
            } else {
                rows.add(summaryRow(RowKind.AXIS_TOTAL, label, Map.of(axis, m.id().value())));
            }
            memberRows(axis, m.members(), depth + 1, rows);
        }
    }

    private static final String[] PART_MARKS = {"", "- ", "+ "};

    private RowView headingRow(String label) {
        List<CellView> cells = new ArrayList<>();
        cells.add(new CellView(List.of(InlineText.of(label)), Optional.empty(), false, CellRole.TITLE, 1 + table.text().size()));
        table.money().forEach(m -> cells.add(MoneyCells.blank(m.isText() ? CellRole.TEXT : CellRole.MONEY)));
        return new RowView(RowKind.AXIS_TOTAL, cells);
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
