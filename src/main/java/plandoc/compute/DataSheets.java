package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.diagnostic.Messages;
import plandoc.resolved.BudgetData;
import plandoc.resolved.DataRow;
import plandoc.resolved.DataSheetView;
import plandoc.resolved.DataSheetView.Column;
import plandoc.resolved.OpenDataLabels;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.TableView;

/**
 * The workbook's flat data sheet ({@link DataSheetView}): the tidy CSV's rows in a finance officer's words, in
 * Vietnamese whatever the site's language as the whole workbook ({@link CheckSheets#of}). The columns a reader filters
 * and adds come first: the table's sheet (the appendix), the row's TT as the table prints it, the group, the item, what
 * kind of row, the lead agencies as the table prints them, how the amount is broken down, the amount, its unit, then
 * the flags as "Có"/"Không" (the plan's total's first, the one the filter is set on), and last the codes the tidy CSV
 * keys its rows by (the open data keeps its codes: s28 tryout F6, re-read M4). The plan's folder, the same on every row
 * of a workbook that is the plan's own, is left out.
 */
final class DataSheets {
    /** A column's message key ({@code xlsx.data.head.*}, {@code xlsx.data.about.*}) and width in digits. */
    private record Spec(String key, int digits) {
    }

    private static final Map<Column, Spec> SPECS = new java.util.EnumMap<>(Map.ofEntries(
            Map.entry(Column.SHEET, new Spec("sheet", 14)), Map.entry(Column.NUMBER, new Spec("number", 6)),
            Map.entry(Column.GROUP, new Spec("group", 30)), Map.entry(Column.ITEM, new Spec("item", 45)),
            Map.entry(Column.KIND, new Spec("kind", 14)), Map.entry(Column.LEAD, new Spec("lead", 30)),
            Map.entry(Column.BREAKDOWN, new Spec("breakdown", 14)), Map.entry(Column.MEMBERS, new Spec("members", 32)),
            Map.entry(Column.AMOUNT, new Spec("amount", 16)), Map.entry(Column.UNIT, new Spec("unit", 12)),
            Map.entry(Column.IN_PLAN_TOTAL, new Spec("in-plan-total", 14)),
            Map.entry(Column.IN_TOTAL, new Spec("in-total", 12)), Map.entry(Column.COMPUTED, new Spec("computed", 12)),
            Map.entry(Column.DECLARED, new Spec("declared", 16)), Map.entry(Column.BUDGET, new Spec("budget", 12)),
            Map.entry(Column.GROUP_ID, new Spec("group-id", 12)), Map.entry(Column.ITEM_ID, new Spec("item-id", 18)),
            Map.entry(Column.LEAD_IDS, new Spec("lead-ids", 18)),
            Map.entry(Column.MEMBER_IDS, new Spec("member-ids", 16))));
    /** The tidy CSV's column whose open data description a sheet column shares, when the two hold the same. */
    private static final Map<Column, String> PACKAGE_FIELDS = Map.ofEntries(Map.entry(Column.GROUP, "group_label"),
            Map.entry(Column.ITEM, "item_title"), Map.entry(Column.MEMBERS, "member_labels"),
            Map.entry(Column.AMOUNT, "amount"), Map.entry(Column.UNIT, "unit"),
            Map.entry(Column.DECLARED, "declared_total"), Map.entry(Column.BUDGET, "budget"),
            Map.entry(Column.GROUP_ID, "group_id"), Map.entry(Column.ITEM_ID, "item_id"),
            Map.entry(Column.LEAD_IDS, "lead_agency_ids"), Map.entry(Column.MEMBER_IDS, "member_ids"));

    /** The breakdown of a row given cell by cell ({@link DataRow#breakdown}), and the key of its word. */
    static final String CELL = "cell";
    /** Between a row's members in its "Mã thành phần" cell: {@code ns-tinh/2026}. */
    static final String MEMBER_SEPARATOR = "/";

    private final Messages messages = Messages.forLanguage("vi");

    private DataSheets() {
    }

    static DataSheetView of(ResolvedPlan plan, List<SheetLayout> sheets) {
        return new DataSheets().view(plan, sheets);
    }

    private DataSheetView view(ResolvedPlan plan, List<SheetLayout> sheets) {
        Map<String, BudgetData> budgets = new HashMap<>();
        plan.budgets().forEach(b -> budgets.put(b.id(), b));
        List<DataSheetView.Sheet> listed = new ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        BigDecimal inPlan = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        int scale = 0;
        for (SheetLayout sheet : sheets) {
            BudgetData budget = budgets.get(sheet.tableId());
            if (budget == null) {
                continue; // a table that is no budget's (none yet): nothing of it is open data
            }
            Map<String, String> axes = new HashMap<>();
            budget.axes().forEach(a -> axes.put(a.id(), messages.text("xlsx.data.breakdown.axis", a.noun())));
            TableView table = plan.table(sheet.tableId()).orElseThrow();
            Map<String, plandoc.resolved.SheetCell> cells = new HashMap<>();
            table.sums().links().amounts().forEach(a -> cells.put(DataSheetTexts.key(a.item(), a.members()),
                    new plandoc.resolved.SheetCell(sheet.name(), sheet.firstBody() + a.cell().row(), a.cell().column())));
            listed.add(new DataSheetView.Sheet(budget.id(), sheet.name(), printed(table, "number"), axes, cells));
            for (DataRow row : budget.data()) {
                all = all.add(row.amount());
                scale = Math.max(scale, row.amount().scale());
                if (row.inPlanTotal()) {
                    units.add(row.unit());
                    inPlan = inPlan.add(row.amount());
                }
            }
        }
        if (listed.isEmpty()) {
            return DataSheetView.NONE;
        }
        // The lead as a table prints it, by the item: a summary's table, which has no such column, takes its source's.
        Map<String, String> leads = new HashMap<>();
        plan.tables().forEach(table -> printed(table, "lead").forEach(leads::putIfAbsent));
        Map<String, String> agencies = new HashMap<>();
        plan.agencyWork().forEach(work -> agencies.putIfAbsent(work.agencyId(), work.agencyName()));
        Map<String, String> words = Map.of(RowKind.ITEM.id(), messages.text("xlsx.data.kind.item"),
                RowKind.UNALLOCATED.id(), messages.text("xlsx.data.kind.unallocated"),
                CELL, messages.text("xlsx.data.breakdown.cell"), "true", text("yes"), "false", text("no"));
        String note = units.isEmpty() ? messages.text("xlsx.data.note.all")
                : units.size() == 1 ? messages.text("xlsx.data.note.filtered")
                : messages.text("xlsx.data.note.units", String.join(", ", units));
        return new DataSheetView(SheetLayouts.DATA_SHEET, columns(), note,
                units.size() == 1 ? Optional.of(units.iterator().next()) : Optional.empty(),
                units.isEmpty() ? Optional.empty() : Optional.of(text("yes")), units.isEmpty() ? all : inPlan,
                scale, headPt(), words, leads, agencies, listed);
    }

    private List<DataSheetView.ColumnView> columns() {
        OpenDataLabels words = PortalLabelling.openData();
        List<DataSheetView.ColumnView> columns = new ArrayList<>();
        for (Column column : Column.values()) {
            String field = PACKAGE_FIELDS.get(column);
            // The package's words name its CSV's columns ("đơn vị ở cột unit"): here the column's heading.
            String description = field == null ? text("about." + key(column))
                    : words.field(field).replace("cột unit", "cột " + messages.text("xlsx.data.head.unit"));
            columns.add(new DataSheetView.ColumnView(text("head." + key(column)), description, digits(column) * 256,
                    column));
        }
        return columns;
    }

    /** The headings wrap: their row as tall as the longest, else LibreOffice prints them over each other. */
    private double headPt() {
        List<String> heads = new ArrayList<>();
        List<Double> widthsMm = new ArrayList<>();
        for (Column column : Column.values()) {
            heads.add(text("head." + key(column)));
            widthsMm.add(digits(column) * SheetLayouts.CHAR_MM);
        }
        return SheetLayouts.height(SheetLayouts.lines(heads, widthsMm, true), SheetLayouts.BODY_PT);
    }

    private static String key(Column column) {
        return SPECS.get(column).key();
    }

    private static int digits(Column column) {
        return SPECS.get(column).digits();
    }

    /**
     * What {@code table} prints in its column {@code key} ("number": the TT, "lead": the lead agencies) on each item's
     * row, by the item's id; none when it has no such column.
     */
    private static Map<String, String> printed(TableView table, String key) {
        Map<String, String> texts = new HashMap<>();
        int at = -1;
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).key().equals(key)) {
                at = c;
            }
        }
        for (RowView row : table.rows()) {
            if (at < 0 || row.kind() != RowKind.ITEM || row.sourceId().isEmpty()) {
                continue;
            }
            int c = 0;
            for (var cell : row.cells()) {
                if (c == at && !cell.plain().isEmpty()) {
                    texts.putIfAbsent(row.sourceId().get(), cell.plain());
                }
                c += cell.colspan();
            }
        }
        return texts;
    }

    private String text(String key) {
        return messages.text("xlsx.data." + key);
    }
}
