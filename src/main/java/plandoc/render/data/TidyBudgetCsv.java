package plandoc.render.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plandoc.resolved.BudgetData;

/**
 * One budget as tidy open data, {@code <budget>.data.csv}: one row per amount, for programs (CKAN's
 * DataStore, pandas, R, a Frictionless validator) rather than for Excel — the "as printed" table stays
 * in {@code <budget>.csv} for people. RFC 4180: UTF-8 without byte-order mark, comma-separated, CRLF,
 * quoted only where needed. Amounts are plain decimals with a point and no grouping, exact; every
 * column holds one kind of value; text never stands in a number column.
 *
 * <p>A row given cell by cell (the usual case) has one row per non-blank cell, {@code breakdown} =
 * {@code cell} and {@code member_ids} the leaf member on each axis joined by "/". A row given as one
 * breakdown per axis (budget-shapes rule 5: by source and by year separately) has one row per axis
 * member, {@code breakdown} = the axis id; only the first axis's rows are marked {@code in_total}, so
 * that the amounts of the rows with {@code in_total} = true always add up to the budget's total; {@code in_plan_total}
 * marks those of them the plan's total adds (the site index's figure: a summary's sources, not the summary, nor a table
 * of work outside the plan's total), so that the same sum over a plan's files gives it (s24 review M2).
 * The columns are described in {@link #COLUMNS} and in the site's {@code datapackage.json}.
 */
public final class TidyBudgetCsv {
    public static final String SUFFIX = ".data.csv";
    public static final List<String> COLUMNS = List.of("plan", "budget", "group_id", "group_label", "row_kind",
            "item_id", "item_title", "lead_agency_ids", "breakdown", "member_ids", "member_labels", "amount", "unit",
            "in_total", "computed", "declared_total", "in_plan_total");
    private static final String LINE_END = "\r\n";

    public byte[] write(String plan, BudgetData budget) {
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS);
        Map<String, String> labels = new HashMap<>();
        budget.axes().forEach(axis -> axis.members().forEach(m -> labels.put(axis.id() + "/" + m.id(), m.label())));
        String computed = Boolean.toString(budget.summary());
        for (BudgetData.Row row : budget.rows()) {
            String declared = row.declared().map(BigDecimal::toPlainString).orElse("");
            // An absent group or item is an empty field, as the format has always had it.
            List<String> common = List.of(plan, budget.id(), row.groupId().orElse(""), row.groupLabel().orElse(""),
                    row.kind().id(), row.itemId().orElse(""), row.itemTitle().orElse(""), String.join(";", row.lead()));
            if (row.crossed()) {
                for (BudgetData.Cell cell : row.cells()) {
                    if (cell.value().isEmpty()) {
                        continue;
                    }
                    List<String> memberLabels = new ArrayList<>();
                    for (int axis = 0; axis < cell.members().size(); axis++) {
                        memberLabels.add(labels.getOrDefault(budget.axes().get(axis).id() + "/" + cell.members().get(axis), ""));
                    }
                    line(csv, fields(common, "cell", String.join("/", cell.members()), String.join(" / ", memberLabels),
                            cell.value().get(), budget.unit(), true, computed, declared, budget.inPlanTotal()));
                }
            } else {
                String first = budget.axes().isEmpty() ? "" : budget.axes().get(0).id();
                for (BudgetData.Share share : row.shares()) {
                    line(csv, fields(common, share.axis(), share.member(),
                            labels.getOrDefault(share.axis() + "/" + share.member(), ""), share.value(), budget.unit(),
                            share.axis().equals(first), computed, declared,
                            budget.inPlanTotal() && share.axis().equals(first)));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> fields(List<String> common, String breakdown, String members, String memberLabels,
                                       BigDecimal amount, String unit, boolean inTotal, String computed,
                                       String declared, boolean inPlanTotal) {
        List<String> fields = new ArrayList<>(common);
        fields.addAll(List.of(breakdown, members, memberLabels, amount.toPlainString(), unit, Boolean.toString(inTotal),
                computed, declared, Boolean.toString(inPlanTotal)));
        return fields;
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields.get(i);
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0;
            csv.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        csv.append(LINE_END);
    }
}
