package plandoc.render.data;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import plandoc.resolved.BudgetData;
import plandoc.resolved.DataRow;

/**
 * One budget as tidy open data, {@code <budget>.data.csv}: one row per amount, for programs (CKAN's
 * DataStore, pandas, R, a Frictionless validator) rather than for Excel — the "as printed" table stays
 * in {@code <budget>.csv} for people. RFC 4180: UTF-8 without byte-order mark, comma-separated, CRLF,
 * quoted only where needed. Amounts are plain decimals with a point and no grouping, exact, each budget's at one
 * scale (its {@code decimals:}); every column holds one kind of value; text never stands in a number column.
 *
 * <p>The rows are compute's ({@link BudgetData#data()}, which says which rows there are); {@code member_ids} joins the
 * members by "/", {@code member_labels} their labels by " / ". The columns are described in {@link #COLUMNS} and in the
 * site's {@code datapackage.json}.
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
        // The rows compute made (compute.DataRows), the workbook's "Dữ liệu" sheet's too; an absent group or item is an
        // empty field, as the format has always had it.
        for (DataRow row : budget.data()) {
            line(csv, List.of(plan, row.budget(), row.groupId().orElse(""), row.groupLabel().orElse(""), row.kind().id(),
                    row.itemId().orElse(""), row.itemTitle().orElse(""), String.join(";", row.lead()), row.breakdown(),
                    String.join("/", row.members()), String.join(" / ", row.memberLabels()), row.amount().toPlainString(),
                    row.unit(), Boolean.toString(row.inTotal()), Boolean.toString(row.computed()),
                    row.declaredTotal().map(BigDecimal::toPlainString).orElse(""), Boolean.toString(row.inPlanTotal())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
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
