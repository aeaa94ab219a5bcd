package plandoc.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * The text columns of a budget item or a task as its table prints them (thời gian, đơn vị chủ trì …). Compared
 * as printed, so a change in how the source is written that prints the same is no change.
 */
final class PrintedColumns {
    private PrintedColumns() {
    }

    /** A text column's heading and the item's text in it. */
    record Column(String heading, String text) {
    }

    /** Column key → heading and text, for the row of {@code itemId} in the table {@code budgetId}. */
    static Map<String, Column> of(ResolvedPlan plan, String budgetId, String itemId) {
        Map<String, Column> out = new LinkedHashMap<>();
        for (TableView table : plan.tables()) {
            if (!table.id().equals(budgetId)) {
                continue;
            }
            for (RowView row : table.rows()) {
                if (row.kind() == plandoc.resolved.RowKind.ITEM && row.anchor().equals(itemId)) {
                    collect(table.columns(), row.cells(), out);
                }
            }
        }
        return out;
    }

    /** Column key → heading and text, for one row of {@code table}. */
    static Map<String, Column> of(TableView table, RowView row) {
        Map<String, Column> out = new LinkedHashMap<>();
        collect(table.columns(), row.cells(), out);
        return out;
    }

    /** The columns whose text differs, by key (after's order, then before's); named by their heading after. */
    static List<FieldChange> changes(Map<String, Column> before, Map<String, Column> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String key : keys) {
            String was = before.containsKey(key) ? before.get(key).text() : "";
            String is = after.containsKey(key) ? after.get(key).text() : "";
            if (!was.equals(is)) {
                String heading = after.containsKey(key) ? after.get(key).heading() : before.get(key).heading();
                out.add(new FieldChange(heading, was, is));
            }
        }
        return out;
    }

    private static void collect(List<ColumnView> columns, List<CellView> cells, Map<String, Column> out) {
        int column = 0;
        for (CellView cell : cells) {
            if (column >= columns.size()) {
                return;
            }
            ColumnView view = columns.get(column);
            if (cell.colspan() == 1 && view.role() == CellRole.TEXT) {
                out.put(view.key(), new Column(view.label(), cell.plain()));
            }
            column += Math.max(1, cell.colspan());
        }
    }
}
