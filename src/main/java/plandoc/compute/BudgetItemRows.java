package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.model.Budget;
import plandoc.model.BudgetItem;
import plandoc.model.Id;
import plandoc.model.Text;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;

/**
 * The body of a budget table in its default layout: per group, its row with the subtotals (when the budget is
 * grouped), its items' rows and its unallocated row. Tells, as it lays them out, whose money adds up to whose (for
 * {@link LiveSums}).
 */
final class BudgetItemRows {
    private final BudgetFigures figures;
    private final Budget budget;
    private final AxisLayout axes;
    private final BudgetTableColumns table;
    private final MoneyCells moneyCells;
    private final Function<Text, InlineText> inline;
    private final Map<String, List<String>> scopeParts;
    private final Map<String, Function<Selection, Figure>> scopeFigures;

    /**
     * @param scopeParts   filled with each group's scope → its items' and unallocated scopes; the whole's → the
     *                     groups (or the rows when ungrouped)
     * @param scopeFigures filled with each scope's figures
     */
    BudgetItemRows(BudgetFigures figures, BudgetTableColumns table, MoneyCells moneyCells,
                   Function<Text, InlineText> inline, Map<String, List<String>> scopeParts,
                   Map<String, Function<Selection, Figure>> scopeFigures) {
        this.figures = figures;
        this.budget = figures.budget();
        this.axes = figures.layout();
        this.table = table;
        this.moneyCells = moneyCells;
        this.inline = inline;
        this.scopeParts = scopeParts;
        this.scopeFigures = scopeFigures;
    }

    List<RowView> rows() {
        List<RowView> rows = new ArrayList<>();
        int labelSpan = 1 + table.text().size();
        List<String> whole = new ArrayList<>();
        for (GroupFigures group : figures.groups()) {
            String groupScope = BudgetTableBuilder.groupScope(group);
            List<String> groupParts = new ArrayList<>();
            group.items().forEach(i -> {
                groupParts.add(BudgetTableBuilder.itemScope(i));
                scopeFigures.put(BudgetTableBuilder.itemScope(i), s -> figures.figure(i, s));
            });
            groupParts.add(BudgetTableBuilder.unallocatedScope(group));
            scopeFigures.put(BudgetTableBuilder.unallocatedScope(group), s -> group.unallocated().figure(s, axes));
            scopeFigures.put(groupScope, s -> figures.figure(group, s));
            if (budget.grouped()) {
                scopeParts.put(groupScope, groupParts);
                whole.add(groupScope);
            } else {
                whole.addAll(groupParts);
            }
            if (budget.grouped()) {
                List<CellView> cells = new ArrayList<>();
                cells.add(CellView.text(Numbering.roman(group.number()), CellRole.NUMBER));
                cells.add(new CellView(List.of(group.group().title().map(inline).orElse(InlineText.EMPTY)), Optional.empty(),
                        false, CellRole.TITLE, labelSpan));
                table.money().forEach(m -> cells.add(m.isText() ? MoneyCells.blank(CellRole.TEXT)
                        : moneyCells.moneyCell(groupScope, figures.figure(group, m.selection()), m.selection(), true)));
                rows.add(new RowView(RowKind.GROUP, group.group().id().map(Id::value), cells));
            }
            BudgetItem previous = null;
            for (ItemFigures item : group.items()) {
                rows.add(itemRow(item, previous));
                previous = item.item();
            }
            if (group.hasUnallocated()) {
                List<CellView> cells = new ArrayList<>();
                cells.add(CellView.text("", CellRole.NUMBER));
                cells.add(new CellView(List.of(InlineText.of(budget.label("unallocated", unallocatedLabel()))),
                        Optional.empty(), false, CellRole.TITLE, labelSpan));
                table.money().forEach(m -> cells.add(m.isText() ? MoneyCells.blank(CellRole.TEXT)
                        : moneyCells.moneyCell(BudgetTableBuilder.unallocatedScope(group), group.unallocated().figure(m.selection(), axes),
                                m.selection(),
                                m.selection().constrainedAxes() == 0)));
                rows.add(new RowView(RowKind.UNALLOCATED, cells));
            }
        }
        scopeParts.put(BudgetTableBuilder.WHOLE, whole);
        return rows;
    }

    /**
     * A group's unallocated row without {@code labels.unallocated}: money not yet given to any of the
     * table's items, named by their noun ("… cho từng nhiệm vụ" in a table of tasks), "dự án" when the
     * plan names none (what the bundled plans print).
     */
    private String unallocatedLabel() {
        return "Kinh phí chưa phân bổ cho từng " + figures.itemNoun().orElse(ItemNouns.DEFAULT);
    }

    private RowView itemRow(ItemFigures item, BudgetItem previous) {
        BudgetItem source = item.item();
        List<CellView> cells = new ArrayList<>();
        cells.add(CellView.text(Integer.toString(item.number()), CellRole.NUMBER));
        cells.add(new CellView(List.of(inline.apply(source.title())), Optional.empty(), false, CellRole.TITLE, 1));
        table.text().forEach(c -> cells.add(new CellView(text(source, c, previous), Optional.empty(), false, CellRole.TEXT, 1)));
        if (source.noAmount().isPresent()) {
            // The text stands across the money columns, and in a funding-type column the item leaves empty.
            for (MoneyColumn m : table.money()) {
                if (m.isText() && !text(source, m.textColumn(), previous).isEmpty()) {
                    cells.add(new CellView(text(source, m.textColumn(), previous), Optional.empty(), false, CellRole.TEXT, 1));
                }
            }
            int span = (int) table.money().stream().filter(m -> !m.isText() || text(source, m.textColumn(), previous).isEmpty())
                    .count();
            cells.add(new CellView(List.of(inline.apply(source.noAmount().get())), Optional.empty(), false, CellRole.NOTE, span));
        } else {
            for (MoneyColumn m : table.money()) {
                cells.add(m.isText() ? new CellView(text(source, m.textColumn(), previous), Optional.empty(), false, CellRole.TEXT, 1)
                        : moneyCells.moneyCell(BudgetTableBuilder.itemScope(item), figures.figure(item, m.selection()), m.selection(),
                                m.selection().constrainedAxes() == 0));
            }
        }
        return new RowView(RowKind.ITEM, Optional.of(source.id().value()), cells);
    }

    /**
     * The item whose text {@code row} prints in {@code column}: itself, or the end of its {@code same_as} chain; none for
     * a loop (reported by validate) or an unknown id.
     */
    private Optional<BudgetItem> writing(BudgetItem row, String column) {
        java.util.Set<String> followed = new java.util.HashSet<>(List.of(row.id().value()));
        BudgetItem item = row;
        for (Id next = item.sameAs().get(column); next != null; next = item.sameAs().get(column)) {
            Optional<BudgetItem> other = figures.item(next.value()).map(ItemFigures::item);
            if (!followed.add(next.value()) || other.isEmpty()) {
                return Optional.empty();
            }
            item = other.get();
        }
        return Optional.of(item);
    }

    /** A free-text column; {@code same_as} prints the other item's text, or "Như trên" right under it. */
    private List<InlineText> text(BudgetItem row, String column, BudgetItem previous) {
        Id sameAs = row.sameAs().get(column);
        if (sameAs != null && previous != null && previous.id().value().equals(sameAs.value())) {
            return List.of(InlineText.of("Như trên"));
        }
        Optional<BudgetItem> writing = writing(row, column);
        if (writing.isEmpty()) {
            return List.of();
        }
        BudgetItem item = writing.get();
        var a = item.assignment();
        List<InlineText> written = switch (column) {
            case "period" -> item.period().map(inline).map(List::of).orElse(List.of());
            case "lead" -> a.lead().map(lead -> List.of(printsPartners() || a.partners().isEmpty() ? inline.apply(lead)
                    : withPartners(inline.apply(lead), a.partners()))).orElse(List.of());
            case "partners" -> a.partners().isEmpty() ? List.of() : List.of(joined(a.partners()));
            case "deadline" -> a.deadline().map(d -> InlineText.of(d.date().map(VietnameseDates::short_).orElse(d.text())))
                    .map(List::of).orElse(List.of());
            case "outcome" -> a.outcome().map(inline).map(List::of).orElse(List.of());
            case "funding_type" -> item.fundingType().map(inline).map(List::of).orElse(List.of());
            default -> List.of();
        };
        // A cell written on several lines prints them as lines in every output (s22 review M1).
        return CellLines.of(written);
    }

    private boolean printsPartners() {
        return budget.columns().contains("partners") || budget.print().money().contains("partners");
    }

    /** Without a partners column, the lead cell names them: "Sở TT&TT, phối hợp Sở Nội vụ". */
    private InlineText withPartners(InlineText lead, List<Text> partners) {
        List<plandoc.resolved.Span> spans = new ArrayList<>(lead.spans());
        spans.add(plandoc.resolved.Span.text(", phối hợp "));
        spans.addAll(joined(partners).spans());
        return new InlineText(spans);
    }

    private InlineText joined(List<Text> texts) {
        return InlineText.join(texts.stream().map(inline).toList(), ", ");
    }
}
