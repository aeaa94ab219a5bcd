package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.model.Member;
import plandoc.model.Text;
import plandoc.model.TotalsRow;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;

/** The rows closing a budget table in its default layout: the grand row, then the per-axis totals rows. */
final class BudgetTotalRows {
    private final BudgetFigures figures;
    private final AxisLayout axes;
    private final BudgetTableColumns table;
    private final MoneyCells moneyCells;
    private final Function<Text, InlineText> inline;

    BudgetTotalRows(BudgetFigures figures, BudgetTableColumns table, MoneyCells moneyCells,
                    Function<Text, InlineText> inline) {
        this.figures = figures;
        this.axes = figures.layout();
        this.table = table;
        this.moneyCells = moneyCells;
        this.inline = inline;
    }

    /** @param labelSpan the columns a row's label spans: the number, the title and the free-text columns */
    List<RowView> rows(int labelSpan) {
        List<RowView> rows = new ArrayList<>();
        rows.add(grandRow(labelSpan));
        for (TotalsRow totals : figures.budget().totals()) {
            axes.indexOf(totals.axis().value()).ifPresent(axis -> rows.addAll(axisTotalRows(totals, axis, labelSpan)));
        }
        return rows;
    }

    private RowView grandRow(int labelSpan) {
        List<CellView> cells = new ArrayList<>();
        cells.add(new CellView(List.of(InlineText.of(figures.budget().label("grand", "Tổng cộng"))), Optional.empty(), false, CellRole.TITLE,
                labelSpan));
        table.money().forEach(m -> cells.add(m.isText() ? MoneyCells.blank(CellRole.TEXT) : moneyCells.moneyCell(BudgetTableBuilder.WHOLE, figures.figure(m.selection()),
                m.selection(), true)));
        return new RowView(RowKind.GRAND, cells);
    }

    /**
     * Per-member totals of an axis. For the outermost axis in the crossed layout each member's total
     * spans that member's columns, as the published tables print them; otherwise each member gets a
     * row with its total in the total column.
     */
    private List<RowView> axisTotalRows(TotalsRow totals, int axis, int labelSpan) {
        InlineText label = inline.apply(totals.label());
        if (axis == 0 && figures.budget().print().money().isEmpty()) {
            List<CellView> cells = new ArrayList<>();
            cells.add(new CellView(List.of(label), Optional.empty(), false, CellRole.TITLE, labelSpan));
            for (Member member : axes.axes().get(0).members()) {
                long span = table.money().stream().filter(m -> m.selection().member(0) != null
                        && axes.covers(0, member.id().value(), m.selection().member(0))).count();
                Selection s = Selection.of(axes.size(), Map.of(0, member.id().value()));
                CellView cell = moneyCells.moneyCell(BudgetTableBuilder.WHOLE, figures.figure(s), s, true);
                cells.add(moneyCells.spanning(cell, (int) Math.max(1, span)));
            }
            cells.add(MoneyCells.blank(CellRole.MONEY));
            return List.of(new RowView(RowKind.AXIS_TOTAL, cells));
        }
        List<RowView> rows = new ArrayList<>();
        rows.add(new RowView(RowKind.AXIS_TOTAL, List.of(new CellView(List.of(label), Optional.empty(), false, CellRole.TITLE,
                labelSpan + table.money().size()))));
        for (String leaf : axes.leaves(axis)) {
            Member member = axes.member(axis, leaf).orElseThrow();
            Selection s = Selection.of(axes.size(), Map.of(axis, leaf));
            rows.add(new RowView(RowKind.AXIS_TOTAL, List.of(
                    new CellView(List.of(InlineText.of("- " + member.label())), Optional.empty(), false, CellRole.TITLE,
                            labelSpan + table.money().size() - 1),
                    moneyCells.moneyCell(BudgetTableBuilder.WHOLE, figures.figure(s), s, true))));
        }
        return rows;
    }
}
