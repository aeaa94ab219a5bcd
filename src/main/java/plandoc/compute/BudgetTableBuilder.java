package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import plandoc.diagnostic.Problems;
import plandoc.model.Budget;
import plandoc.model.BudgetItem;
import plandoc.model.Id;
import plandoc.model.Member;
import plandoc.model.Text;
import plandoc.model.TotalsRow;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

/**
 * Lays a budget out as a printed table. By default: the axes crossed (one column per cell, outer
 * axis first) then the total; group rows with subtotals, item rows, the grand row and the per-axis
 * totals rows. {@code print.money} instead lists the money block's columns (the total, each axis on
 * its own, free-text columns); {@code print.rows} gives a summary's rows (the grand row, one row per
 * member of an axis). Every figure is computed here; the template only places the strings.
 */
final class BudgetTableBuilder {
    static final String UNDETERMINED = "…";
    /** From this many columns a table no longer fits the 165 mm of a portrait page legibly. */
    static final int PORTRAIT_COLUMNS = 10;

    private final Function<Text, InlineText> inline;
    private final Function<String, UndeterminedNote.NamedItem> itemLabel;
    private final Problems problems;
    /** Each built budget's cells of the budget as a whole (grand row, per-member totals, a summary's rows). */
    private final Map<String, List<LiveSums.Placed>> wholeCells = new java.util.HashMap<>();

    /**
     * @param itemLabel how a note names an item ("nhiệm vụ số 2 (Phụ lục 03)")
     */
    BudgetTableBuilder(Function<Text, InlineText> inline, Function<String, UndeterminedNote.NamedItem> itemLabel,
                       Problems problems) {
        this.inline = inline;
        this.itemLabel = itemLabel;
        this.problems = problems;
    }

    TableView build(BudgetFigures figures) {
        return build(figures, List.of(), new DeclaredCells());
    }

    /** The cells of a built budget's table that show the budget as a whole, in reading order. */
    List<LiveSums.Placed> wholeCells(String budgetId) {
        return wholeCells.getOrDefault(budgetId, List.of());
    }

    /**
     * The table, with how its figures add up and the figures earlier documents printed for it.
     *
     * @param open the declared figures of cells the items leave open, printed under {@code print.undetermined: declared}
     */
    TableView build(BudgetFigures figures, List<DeclaredCheck.Located> declared, DeclaredCells open) {
        return new Layout(figures, open).table(declared);
    }

    /** The layout of one budget table. */
    private final class Layout {
        private final BudgetFigures figures;
        private final Budget budget;
        private final AxisLayout axes;
        private final List<MoneyColumn> money;
        private final List<String> textColumns;
        private final boolean summary;
        private final OpenCells openCells;
        private final MoneyCells moneyCells;
        /** "group:1" → its items' and unallocated scopes; "whole" → the groups (or rows when ungrouped). */
        private final Map<String, List<String>> scopeParts = new java.util.HashMap<>();
        private final Map<String, java.util.function.Function<Selection, Figure>> scopeFigures = new java.util.HashMap<>();
        private boolean unequalReported;
        private List<RowView> rowViews = List.of();

        Layout(BudgetFigures figures, DeclaredCells open) {
            this.figures = figures;
            this.budget = figures.budget();
            this.axes = figures.layout();
            this.money = new MoneyColumns(budget, axes).columns();
            List<String> inBlock = money.stream().filter(MoneyColumn::isText).map(MoneyColumn::textColumn).toList();
            this.textColumns = budget.columns().stream().filter(c -> !inBlock.contains(c)).toList();
            this.summary = !budget.print().rows().isEmpty();
            this.openCells = new OpenCells(figures, itemLabel);
            this.moneyCells = new MoneyCells(figures, open, openCells, problems);
        }

        TableView table(List<DeclaredCheck.Located> declared) {
            BudgetTableHeader header = new BudgetTableHeader(budget, money, textColumns, summary);
            List<ColumnView> columns = header.columns();
            List<RowView> rows = summary ? summaryRows() : itemRows();
            List<InlineText> notes = new ArrayList<>();
            Optional<String> undeterminedNote = openCells.undeterminedNote();
            undeterminedNote.ifPresent(note -> notes.add(InlineText.of("(" + UNDETERMINED + ") " + note)));
            // Said in the workbook's comment only: the printed table shows the figure as the signed original does.
            Optional<String> declaredNote = openCells.declaredNote();
            String unit = budget.unit().label();
            return new TableView(budget.id().value(), TableKind.BUDGET, Optional.of("Đơn vị tính: "
                    + unit.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + unit.substring(1)),
                    budget.decimals(), columns, header.rows(), rows, notes, columns.size() >= PORTRAIT_COLUMNS,
                    sums(rows, declared).withUndeterminedNote(undeterminedNote).withDeclaredNote(declaredNote));
        }

        private plandoc.resolved.TableSums sums(List<RowView> rows, List<DeclaredCheck.Located> declared) {
            this.rowViews = rows;
            List<LiveSums.Placed> placed = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                int column = 0;
                for (CellView cell : rows.get(r).cells()) {
                    moneyCells.placed(cell, new plandoc.resolved.CellRef(r, column)).ifPresent(placed::add);
                    column += cell.colspan();
                }
            }
            scopeFigures.put(WHOLE, figures::figure);
            wholeCells.put(budget.id().value(), placed.stream().filter(p -> p.scope().equals(WHOLE)).toList());
            LiveSums live = new LiveSums(axes, scopeParts, (scope, s) -> scopeFigures.get(scope).apply(s));
            plandoc.resolved.TableSums sums = live.find(placed, declared.stream().map(d -> printedRow(d, placed)).toList());
            live.unequal().forEach(this::reportUnequal);
            return sums;
        }

        /**
         * The declared figure with the row printing it: the row of the cell it is (a crossed cell of the whole
         * budget on its source's row, "Ngân sách Trung ương", not the total's), else the one row printing its
         * owner's figures (an item's, a group's); none when the table prints it in no row of its own.
         */
        private plandoc.resolved.DeclaredFigure printedRow(DeclaredCheck.Located declared, List<LiveSums.Placed> placed) {
            Optional<Integer> row = placed.stream().filter(p -> p.scope().equals(declared.scope())
                    && p.selection().equals(declared.selection())).map(p -> p.at().row()).findFirst();
            if (row.isEmpty()) {
                List<Integer> owners = placed.stream().filter(p -> p.scope().equals(declared.scope()))
                        .map(p -> p.at().row()).distinct().toList();
                row = owners.size() == 1 ? Optional.of(owners.get(0)) : Optional.empty();
            }
            return row.map(declared.figure()::printedOn).orElse(declared.figure());
        }

        /**
         * A printed total that the printed cells under it, some of them declared figures, do not add up to: the
         * totals are the items', so the declared figures are what is wrong. Said once per table, at the first of them.
         */
        private void reportUnequal(LiveSums.Unequal unequal) {
            if (unequalReported) {
                return;
            }
            unequalReported = true;
            // A declared total is the doubtful figure; under a computed one, the declared cells it adds up are.
            plandoc.model.Amount first = unequal.cell().declared().or(() -> unequal.parts().stream()
                    .flatMap(p -> p.declared().stream()).findFirst()).orElseThrow();
            List<String> terms = unequal.parts().stream().map(p -> p.figure().isValue()
                    ? VietnameseNumbers.format(p.figure().value(), budget.decimals()) : "0").toList();
            problems.error(first.at(), "declared.print-sum", budget.id().value(), rowTitle(unequal.cell().at().row()),
                    cellName(unequal.cell().selection()),
                    VietnameseNumbers.format(unequal.cell().figure().orZero(), budget.decimals()), String.join(" + ", terms),
                    VietnameseNumbers.format(unequal.sum(), budget.decimals()));
        }

        /** The printed title of a row of the table being built ("Tổng cộng", "Nhiệm vụ B"). */
        private String rowTitle(int row) {
            return rowViews.get(row).cells().stream().filter(c -> c.role() == CellRole.TITLE).findFirst()
                    .map(CellView::plain).orElse("");
        }

        /** "Năm 2022 / Ngân sách Trung ương"; "tổng" for the whole. */
        private String cellName(Selection selection) {
            List<String> labels = new ArrayList<>();
            for (int axis = 0; axis < axes.size(); axis++) {
                String member = selection.member(axis);
                if (member != null) {
                    labels.add(axes.member(axis, member).map(Member::label).orElse(member));
                }
            }
            return labels.isEmpty() ? budget.label("total", "Tổng") : String.join(" / ", labels);
        }

        // Rows: the default layout

        private List<RowView> itemRows() {
            List<RowView> rows = new ArrayList<>();
            int labelSpan = 1 + textColumns.size();
            List<String> whole = new ArrayList<>();
            for (GroupFigures group : figures.groups()) {
                String groupScope = groupScope(group);
                List<String> groupParts = new ArrayList<>();
                group.items().forEach(i -> {
                    groupParts.add(itemScope(i));
                    scopeFigures.put(itemScope(i), s -> figures.figure(i, s));
                });
                groupParts.add(unallocatedScope(group));
                scopeFigures.put(unallocatedScope(group), s -> group.unallocated().figure(s, axes));
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
                    money.forEach(m -> cells.add(m.isText() ? MoneyCells.blank(CellRole.TEXT)
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
                    money.forEach(m -> cells.add(m.isText() ? MoneyCells.blank(CellRole.TEXT)
                            : moneyCells.moneyCell(unallocatedScope(group), group.unallocated().figure(m.selection(), axes),
                                    m.selection(),
                                    m.selection().constrainedAxes() == 0)));
                    rows.add(new RowView(RowKind.UNALLOCATED, cells));
                }
            }
            scopeParts.put(WHOLE, whole);
            rows.add(grandRow(1 + labelSpan));
            for (TotalsRow totals : budget.totals()) {
                axes.indexOf(totals.axis().value()).ifPresent(axis -> rows.addAll(axisTotalRows(totals, axis, 1 + labelSpan)));
            }
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
            textColumns.forEach(c -> cells.add(new CellView(text(source, c, previous), Optional.empty(), false, CellRole.TEXT, 1)));
            if (source.noAmount().isPresent()) {
                // The text stands across the money columns, and in a funding-type column the item leaves empty.
                for (MoneyColumn m : money) {
                    if (m.isText() && !text(source, m.textColumn(), previous).isEmpty()) {
                        cells.add(new CellView(text(source, m.textColumn(), previous), Optional.empty(), false, CellRole.TEXT, 1));
                    }
                }
                int span = (int) money.stream().filter(m -> !m.isText() || text(source, m.textColumn(), previous).isEmpty())
                        .count();
                cells.add(new CellView(List.of(inline.apply(source.noAmount().get())), Optional.empty(), false, CellRole.NOTE, span));
            } else {
                for (MoneyColumn m : money) {
                    cells.add(m.isText() ? new CellView(text(source, m.textColumn(), previous), Optional.empty(), false, CellRole.TEXT, 1)
                            : moneyCells.moneyCell(itemScope(item), figures.figure(item, m.selection()), m.selection(),
                                    m.selection().constrainedAxes() == 0));
                }
            }
            return new RowView(RowKind.ITEM, Optional.of(source.id().value()), cells);
        }

        /** A free-text column; {@code same_as} prints the other item's text, or "Như trên" right under it. */
        private List<InlineText> text(BudgetItem item, String column, BudgetItem previous) {
            Id sameAs = item.sameAs().get(column);
            if (sameAs != null) {
                if (previous != null && previous.id().value().equals(sameAs.value())) {
                    return List.of(InlineText.of("Như trên"));
                }
                return figures.item(sameAs.value()).map(other -> text(other.item(), column, null)).orElse(List.of());
            }
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

        private RowView grandRow(int labelSpan) {
            List<CellView> cells = new ArrayList<>();
            cells.add(new CellView(List.of(InlineText.of(budget.label("grand", "Tổng cộng"))), Optional.empty(), false, CellRole.TITLE,
                    labelSpan));
            money.forEach(m -> cells.add(m.isText() ? MoneyCells.blank(CellRole.TEXT) : moneyCells.moneyCell(WHOLE, figures.figure(m.selection()),
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
            if (axis == 0 && budget.print().money().isEmpty()) {
                List<CellView> cells = new ArrayList<>();
                cells.add(new CellView(List.of(label), Optional.empty(), false, CellRole.TITLE, labelSpan));
                for (Member member : axes.axes().get(0).members()) {
                    long span = money.stream().filter(m -> m.selection().member(0) != null
                            && axes.covers(0, member.id().value(), m.selection().member(0))).count();
                    Selection s = Selection.of(axes.size(), Map.of(0, member.id().value()));
                    CellView cell = moneyCells.moneyCell(WHOLE, figures.figure(s), s, true);
                    cells.add(moneyCells.spanning(cell, (int) Math.max(1, span)));
                }
                cells.add(MoneyCells.blank(CellRole.MONEY));
                return List.of(new RowView(RowKind.AXIS_TOTAL, cells));
            }
            List<RowView> rows = new ArrayList<>();
            rows.add(new RowView(RowKind.AXIS_TOTAL, List.of(new CellView(List.of(label), Optional.empty(), false, CellRole.TITLE,
                    labelSpan + money.size()))));
            for (String leaf : axes.leaves(axis)) {
                Member member = axes.member(axis, leaf).orElseThrow();
                Selection s = Selection.of(axes.size(), Map.of(axis, leaf));
                rows.add(new RowView(RowKind.AXIS_TOTAL, List.of(
                        new CellView(List.of(InlineText.of("- " + member.label())), Optional.empty(), false, CellRole.TITLE,
                                labelSpan + money.size() - 1),
                        moneyCells.moneyCell(WHOLE, figures.figure(s), s, true))));
            }
            return rows;
        }

        // Rows: a summary

        private List<RowView> summaryRows() {
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
            cells.add(new CellView(List.of(InlineText.of(label)), Optional.empty(), false, CellRole.TITLE, 1 + textColumns.size()));
            for (MoneyColumn m : money) {
                if (m.isText()) {
                    cells.add(MoneyCells.blank(CellRole.TEXT));
                    continue;
                }
                Optional<Selection> s = merge(m.selection(), rowSelection);
                cells.add(s.map(sel -> moneyCells.moneyCell(WHOLE, figures.figure(sel), sel, true)).orElse(MoneyCells.blank(CellRole.MONEY)));
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

    /** The scope of the cells that show the budget as a whole (grand row, per-member totals, a summary's rows). */
    static final String WHOLE = "whole";

    /** By the item's id, not its printed number: with {@code numbering: per-group} two items print "1". */
    static String itemScope(ItemFigures item) {
        return "item:" + item.item().id().value();
    }

    static String groupScope(GroupFigures group) {
        return "group:" + group.number();
    }

    private static String unallocatedScope(GroupFigures group) {
        return "unallocated:" + group.number();
    }
}
