package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import plandoc.model.Axis;
import plandoc.model.Budget;
import plandoc.model.BudgetItem;
import plandoc.model.Member;
import plandoc.model.Text;
import plandoc.model.TotalsRow;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * Lays a budget out as a printed table: a header with one level per axis (and per sub-member
 * level), group rows with their subtotals, item rows, the grand row and the per-axis totals rows.
 * Every figure is computed here; the template only places the strings.
 */
final class BudgetTableBuilder {
    static final Map<String, String> COLUMN_LABELS = Map.of(
            "period", "Thời gian thực hiện", "lead", "Đơn vị chủ trì", "partners", "Đơn vị phối hợp",
            "deadline", "Thời hạn hoàn thành", "outcome", "Dự kiến kết quả", "funding_type", "Loại nguồn vốn");

    private final Function<Text, InlineText> inline;

    BudgetTableBuilder(Function<Text, InlineText> inline) {
        this.inline = inline;
    }

    /** A printed money column: a selection of members (leaf or parent), and its header path. */
    private record MoneyColumn(Selection selection, List<String> headerPath, String key) {
    }

    TableView build(BudgetFigures figures) {
        Budget budget = figures.budget();
        AxisLayout layout = figures.layout();
        List<MoneyColumn> money = moneyColumns(layout);
        List<ColumnView> columns = new ArrayList<>();
        columns.add(new ColumnView("number", "number", budget.label("number", "TT")));
        columns.add(new ColumnView("title", "title", budget.label("title", "Nội dung")));
        for (String c : budget.columns()) {
            columns.add(new ColumnView(c, "text", budget.label(c, COLUMN_LABELS.getOrDefault(c, c))));
        }
        for (MoneyColumn m : money) {
            columns.add(new ColumnView(m.key(), "money", String.join(" - ",
                    m.headerPath().stream().filter(java.util.Objects::nonNull).toList())));
        }
        columns.add(new ColumnView("total", "money", budget.label("total", "Tổng")));

        List<RowView> rows = new ArrayList<>();
        int textColumns = budget.columns().size();
        int decimals = budget.decimals();
        for (GroupFigures group : figures.groups()) {
            if (budget.grouped()) {
                List<CellView> cells = new ArrayList<>();
                cells.add(CellView.text(Numbering.roman(group.number()), "number"));
                cells.add(new CellView(List.of(group.group().title().map(inline).orElse(InlineText.EMPTY)), null,
                        false, "title", 1 + textColumns));
                money.forEach(m -> cells.add(moneyCell(figures.figure(group, m.selection()), decimals, true)));
                cells.add(moneyCell(figures.figure(group, Selection.all(layout.size())), decimals, true));
                rows.add(new RowView("group", group.group().id().map(i -> i.value()).orElse(""), cells));
            }
            for (ItemFigures item : group.items()) {
                rows.add(itemRow(figures, item, money, budget));
            }
            if (group.hasUnallocated()) {
                List<CellView> cells = new ArrayList<>();
                cells.add(CellView.text("", "number"));
                cells.add(new CellView(List.of(InlineText.of(budget.label("unallocated",
                        "Kinh phí chưa phân bổ cho từng dự án"))), null, false, "title", 1 + textColumns));
                money.forEach(m -> cells.add(moneyCell(group.unallocated().figure(m.selection(), layout), decimals, false)));
                cells.add(moneyCell(group.unallocated().figure(Selection.all(layout.size()), layout), decimals, true));
                rows.add(new RowView("unallocated", "", cells));
            }
        }
        rows.add(grandRow(figures, money, budget));
        for (TotalsRow totals : budget.totals()) {
            layout.indexOf(totals.axis().value()).ifPresent(axis -> rows.addAll(axisRows(figures, totals, axis, money)));
        }
        List<List<HeaderCell>> header = header(budget, layout, money);
        String unit = budget.unit().label();
        return new TableView(budget.id().value(), "budget",
                "Đơn vị tính: " + unit.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + unit.substring(1),
                columns, header, rows, List.of(), money.size() >= 6);
    }

    private RowView itemRow(BudgetFigures figures, ItemFigures item, List<MoneyColumn> money, Budget budget) {
        BudgetItem source = item.item();
        List<CellView> cells = new ArrayList<>();
        cells.add(CellView.text(Integer.toString(item.number()), "number"));
        cells.add(new CellView(List.of(inline.apply(source.title())), null, false, "title", 1));
        for (String c : budget.columns()) {
            cells.add(new CellView(textColumn(source, c), null, false, "text", 1));
        }
        if (source.noAmount().isPresent()) {
            cells.add(new CellView(List.of(inline.apply(source.noAmount().get())), null, false, "note", money.size() + 1));
        } else {
            money.forEach(m -> cells.add(moneyCell(figures.figure(item, m.selection()), budget.decimals(), false)));
            cells.add(moneyCell(figures.figure(item, Selection.all(figures.layout().size())), budget.decimals(), true));
        }
        return new RowView("item", source.id().value(), cells);
    }

    private List<InlineText> textColumn(BudgetItem item, String column) {
        var a = item.assignment();
        return switch (column) {
            case "period" -> item.period().map(inline).map(List::of).orElse(List.of());
            case "lead" -> a.lead().map(inline).map(List::of).orElse(List.of());
            case "partners" -> a.partners().isEmpty() ? List.of()
                    : List.of(joined(a.partners()));
            case "deadline" -> a.deadline().map(d -> InlineText.of(d.date().map(VietnameseDates::short_).orElse(d.text())))
                    .map(List::of).orElse(List.of());
            case "outcome" -> a.outcome().map(inline).map(List::of).orElse(List.of());
            case "funding_type" -> item.fundingType().map(inline).map(List::of).orElse(List.of());
            default -> List.of();
        };
    }

    private InlineText joined(List<Text> texts) {
        List<plandoc.resolved.Span> spans = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                spans.add(plandoc.resolved.Span.text(", "));
            }
            spans.addAll(inline.apply(texts.get(i)).spans());
        }
        return new InlineText(spans);
    }

    private RowView grandRow(BudgetFigures figures, List<MoneyColumn> money, Budget budget) {
        List<CellView> cells = new ArrayList<>();
        cells.add(new CellView(List.of(InlineText.of(budget.label("grand", "Tổng cộng"))), null, false, "title",
                2 + budget.columns().size()));
        money.forEach(m -> cells.add(moneyCell(figures.figure(m.selection()), budget.decimals(), true)));
        cells.add(moneyCell(figures.total(), budget.decimals(), true));
        return new RowView("grand", "", cells);
    }

    /**
     * Per-member totals of an axis. For the outermost axis each member's total spans that member's
     * columns, as the published tables print them; for inner axes (whose columns are interleaved)
     * each member gets a row with its total in the total column.
     */
    private List<RowView> axisRows(BudgetFigures figures, TotalsRow totals, int axis, List<MoneyColumn> money) {
        Budget budget = figures.budget();
        AxisLayout layout = figures.layout();
        int labelSpan = 2 + budget.columns().size();
        InlineText label = inline.apply(totals.label());
        if (axis == 0) {
            List<CellView> cells = new ArrayList<>();
            cells.add(new CellView(List.of(label), null, false, "title", labelSpan));
            for (Member member : layout.axes().get(0).members()) {
                long span = money.stream().filter(m -> m.selection().member(0) != null
                        && layout.covers(0, member.id().value(), m.selection().member(0))).count();
                Figure f = figures.figure(Selection.of(layout.size(), Map.of(0, member.id().value())));
                CellView cell = moneyCell(f, budget.decimals(), true);
                cells.add(new CellView(cell.lines(), cell.value(), true, "money", (int) Math.max(1, span)));
            }
            cells.add(new CellView(List.of(), null, false, "money", 1));
            return List.of(new RowView("axis-total", "", cells));
        }
        List<RowView> rows = new ArrayList<>();
        rows.add(new RowView("axis-total", "", List.of(new CellView(List.of(label), null, false, "title",
                labelSpan + money.size() + 1))));
        for (String leaf : layout.leaves(axis)) {
            Member member = layout.member(axis, leaf).orElseThrow();
            List<CellView> cells = new ArrayList<>();
            cells.add(new CellView(List.of(InlineText.of("- " + member.label())), null, false, "title",
                    labelSpan + money.size()));
            cells.add(moneyCell(figures.figure(Selection.of(layout.size(), Map.of(axis, leaf))), budget.decimals(), true));
            rows.add(new RowView("axis-total", "", cells));
        }
        return rows;
    }

    private static CellView moneyCell(Figure figure, int decimals, boolean computed) {
        return switch (figure.state()) {
            case BLANK -> new CellView(List.of(), null, computed, "money", 1);
            case UNDETERMINED -> new CellView(List.of(InlineText.of("…")), null, computed, "money", 1);
            case VALUE -> new CellView(List.of(InlineText.of(VietnameseNumbers.format(figure.value(), decimals))),
                    figure.value(), computed, "money", 1);
        };
    }

    // Columns and header

    /**
     * Money columns: the product of each axis's columns. Header paths are padded per axis to the
     * axis's depth with nulls, meaning "spanned by the label above".
     */
    private List<MoneyColumn> moneyColumns(AxisLayout layout) {
        if (layout.size() == 0) {
            return List.of();
        }
        List<MoneyColumn> columns = new ArrayList<>();
        columns.add(new MoneyColumn(Selection.all(0), List.of(), ""));
        for (Axis axis : layout.axes()) {
            int depth = depth(axis.members());
            List<MoneyColumn> next = new ArrayList<>();
            for (MoneyColumn prefix : columns) {
                for (AxisColumn c : axisColumns(axis.members(), List.of())) {
                    List<String> members = new ArrayList<>(prefix.selection().members());
                    members.add(c.memberId());
                    List<String> path = new ArrayList<>(prefix.headerPath());
                    path.addAll(c.labels());
                    for (int pad = c.labels().size(); pad < depth; pad++) {
                        path.add(null);
                    }
                    String key = prefix.key().isEmpty() ? c.memberId() : prefix.key() + "/" + c.memberId();
                    next.add(new MoneyColumn(new Selection(members), path, key));
                }
            }
            columns = next;
        }
        return columns;
    }

    /** One axis's columns: leaves, each parent followed by its computed column ("Cộng") unless print_total: false. */
    private record AxisColumn(String memberId, List<String> labels) {
    }

    private static List<AxisColumn> axisColumns(List<Member> members, List<String> parents) {
        List<AxisColumn> out = new ArrayList<>();
        for (Member m : members) {
            List<String> path = new ArrayList<>(parents);
            path.add(m.columnLabel());
            if (m.hasMembers()) {
                out.addAll(axisColumns(m.members(), path));
                if (m.printTotal()) {
                    List<String> totalPath = new ArrayList<>(path);
                    totalPath.add("Cộng");
                    out.add(new AxisColumn(m.id().value(), totalPath));
                }
            } else {
                out.add(new AxisColumn(m.id().value(), path));
            }
        }
        return out;
    }

    private static int depth(List<Member> members) {
        int d = 1;
        for (Member m : members) {
            if (m.hasMembers()) {
                d = Math.max(d, 1 + depth(m.members()));
            }
        }
        return d;
    }

    /**
     * Header rows: fixed columns span the whole header; money labels merge across equal runs and
     * span down over the padding below them; an optional "Kinh phí" label spans the money block.
     */
    private List<List<HeaderCell>> header(Budget budget, AxisLayout layout, List<MoneyColumn> money) {
        List<Integer> depths = layout.axes().stream().map(a -> depth(a.members())).toList();
        int levels = depths.stream().mapToInt(Integer::intValue).sum();
        boolean moneyLabel = budget.labels().containsKey("money") && !money.isEmpty();
        int height = Math.max(1, levels + (moneyLabel ? 1 : 0));
        List<List<HeaderCell>> rows = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            rows.add(new ArrayList<>());
        }
        rows.get(0).add(new HeaderCell(budget.label("number", "TT"), 1, height));
        rows.get(0).add(new HeaderCell(budget.label("title", "Nội dung"), 1, height));
        for (String c : budget.columns()) {
            rows.get(0).add(new HeaderCell(budget.label(c, COLUMN_LABELS.getOrDefault(c, c)), 1, height));
        }
        int top = moneyLabel ? 1 : 0;
        if (moneyLabel) {
            rows.get(0).add(new HeaderCell(budget.label("money", ""), money.size(), 1));
        }
        int axisEnd = 0;
        int level = 0;
        for (int depth : depths) {
            axisEnd += depth;
            for (; level < axisEnd; level++) {
                int c = 0;
                while (c < money.size()) {
                    List<String> path = money.get(c).headerPath();
                    if (path.get(level) == null) {
                        c++;
                        continue;
                    }
                    int end = c + 1;
                    while (end < money.size() && money.get(end).headerPath().subList(0, level + 1)
                            .equals(path.subList(0, level + 1))) {
                        end++;
                    }
                    int rowspan = 1;
                    while (level + rowspan < axisEnd && path.get(level + rowspan) == null) {
                        rowspan++;
                    }
                    rows.get(top + level).add(new HeaderCell(path.get(level), end - c, rowspan));
                    c = end;
                }
            }
        }
        rows.get(0).add(new HeaderCell(budget.label("total", "Tổng"), 1, height));
        return rows.stream().map(List::copyOf).toList();
    }
}
