package plandoc.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import plandoc.diagnostic.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The items (and groups) the printed sheet lists with no amount at all. plandoc's data sheet holds one row per amount,
 * so a table read from it lost them (s32 tryfix M5): each is put back where the sheet prints it, after the item above
 * it in its group, with its lead. A row it cannot place (an item before the first group) is said, with its cell.
 */
final class ItemsWithoutAmounts {
    private static final Pattern GROUP_NUMBER = Pattern.compile("[IVXLC]+\\.?");
    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d+\\.?");

    private final Sheet table;
    private final PrintedHeader header;
    private final int leadColumn;
    private final String file;

    /** @param leadColumn the column printing the items' leads, -1 when none does */
    ItemsWithoutAmounts(Sheet table, PrintedHeader header, int leadColumn, String file) {
        this.table = table;
        this.header = header;
        this.leadColumn = leadColumn;
        this.file = file;
    }

    /** Puts the missing items into {@code budget} (the data sheet's reading); the notes of the rows left out. */
    @SuppressWarnings("unchecked")
    List<TableImporter.Note> putBack(Map<String, Object> budget) {
        List<TableImporter.Note> notes = new ArrayList<>();
        int head = header.headRow();
        if (head < 0) {
            return notes;
        }
        String budgetId = (String) budget.get("id");
        List<Map<String, Object>> groups = (List<Map<String, Object>>) budget.get("groups");
        List<Object> into = groups == null ? (List<Object>) budget.get("items") : null;
        int groupAt = -1;
        int at = 0;
        boolean added = false;
        for (int r = head + 1; r <= table.getLastRowNum(); r++) {
            String number = text(r, header.numberColumn());
            String title = text(r, header.numberColumn() + 1);
            if (title.isEmpty()) {
                continue;
            }
            if (groups != null && GROUP_NUMBER.matcher(number).matches()) {
                int found = indexOfTitle(groups, title, groupAt + 1);
                if (found < 0) {
                    // A group none of whose items has an amount: after the group printed above it.
                    Map<String, Object> group = new LinkedHashMap<>();
                    group.put("id", "");
                    group.put("title", title);
                    group.put("items", new ArrayList<>());
                    found = groupAt + 1;
                    groups.add(found, group);
                    added = true;
                }
                groupAt = found;
                into = (List<Object>) groups.get(found).get("items");
                at = 0;
            } else if (ITEM_NUMBER.matcher(number).matches()) {
                if (into == null) {
                    notes.add(new TableImporter.Note(file + "!" + table.getSheetName() + "!"
                            + new CellReference(r, header.numberColumn() + 1).formatAsString(),
                            Message.of("import.item-without-group", title)));
                    continue;
                }
                int found = indexOfTitle(into, title, at);
                if (found < 0) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", "");
                    item.put("title", title);
                    if (leadColumn >= 0) {
                        DataSheetBudget.putLead(item, text(r, leadColumn));
                    }
                    found = at;
                    into.add(found, item);
                    added = true;
                }
                at = found + 1;
            }
        }
        if (added) {
            renumber(budgetId, groups, (List<Object>) budget.get("items"));
        }
        return notes;
    }

    /** Ids as {@link DataSheetBudget} gives them, in the order the sheet prints the groups and items. */
    @SuppressWarnings("unchecked")
    private static void renumber(String budgetId, List<Map<String, Object>> groups, List<Object> loose) {
        int items = 0;
        List<Object> all = new ArrayList<>();
        if (groups != null) {
            for (int g = 0; g < groups.size(); g++) {
                groups.get(g).put("id", budgetId + "-nhom-" + (g + 1));
                all.addAll((List<Object>) groups.get(g).get("items"));
            }
        } else {
            all.addAll(loose);
        }
        for (Object item : all) {
            ((Map<String, Object>) item).put("id", budgetId + "-" + ++items);
        }
    }

    /** The first entry from {@code from} on titled {@code title}, or -1. */
    @SuppressWarnings("unchecked")
    private static int indexOfTitle(List<?> entries, String title, int from) {
        for (int i = Math.max(from, 0); i < entries.size(); i++) {
            if (title.equals(((Map<String, Object>) entries.get(i)).get("title"))) {
                return i;
            }
        }
        return -1;
    }

    private String text(int r, int c) {
        Row row = table.getRow(r);
        Cell cell = row == null || c < 0 ? null : row.getCell(c);
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }
}
