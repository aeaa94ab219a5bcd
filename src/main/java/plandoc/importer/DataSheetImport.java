package plandoc.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import plandoc.compute.SheetLayouts;
import plandoc.diagnostic.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table of plandoc's own workbook read from its "Dữ liệu" sheet, which holds every amount of the table cell by cell
 * with the member codes, rather than from the printed sheet, whose header may print sources and years side by side
 * (uncrossed, {@code print.money: [total, source, year]}) or a text column among the money: read as a header, such a
 * sheet gave a budget that did not check (s31 tryout M5: "Đơn vị thực hiện" as an axis, sources and years as one).
 * Axes are flat (leaf members), in the order the rows give them; the figures are the plan's.
 */
final class DataSheetImport {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern WITH_PARTNERS = Pattern.compile("(.+?), phối hợp (?:với )?(.+)");

    /** One amount of the table: its item (or group's unallocated money), breakdown, members and value. */
    private record Amount(String group, String groupTitle, String item, String itemTitle, String number, String lead,
                          boolean unallocated, String breakdown, List<String> members, List<String> labels,
                          BigDecimal value, Optional<BigDecimal> declared) {
    }

    private final Messages vi = Messages.forLanguage("vi");
    private final Map<String, Integer> column = new HashMap<>();
    private String unit = "";
    private int decimals;

    /**
     * The amounts of the table printed on sheet {@code tableSheet}, as its budget's YAML tree with id {@code budgetId};
     * empty when the workbook has no data sheet or it holds no amount of that sheet typed in the plan (a summary's
     * rows are computed from other tables).
     */
    Optional<Map<String, Object>> read(Sheet data, Sheet table, String budgetId) {
        List<Amount> amounts = amounts(data, table.getSheetName());
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(budget(amounts, budgetId, table));
    }

    /** The table sheet's heading cells above its body, with their columns: where each member's column prints. */
    private static Map<String, org.apache.poi.ss.util.CellAddress> headings(Sheet table) {
        Map<String, org.apache.poi.ss.util.CellAddress> headings = new HashMap<>();
        headingCells(table).forEach(h -> headings.putIfAbsent(h.getKey(), h.getValue()));
        return headings;
    }

    /** Every text cell of the sheet's first rows (title, unit line, header), folded, with its address. */
    private static List<Map.Entry<String, org.apache.poi.ss.util.CellAddress>> headingCells(Sheet table) {
        List<Map.Entry<String, org.apache.poi.ss.util.CellAddress>> cells = new ArrayList<>();
        for (int r = 0; r <= Math.min(15, table.getLastRowNum()); r++) {
            Row row = table.getRow(r);
            if (row != null) {
                row.forEach(cell -> {
                    if (cell.getCellType() == CellType.STRING) {
                        cells.add(Map.entry(plandoc.diagnostic.Folding.folded(cell.getStringCellValue()).strip(),
                                cell.getAddress()));
                    }
                });
            }
        }
        return cells;
    }

    /**
     * The header's words for the number and title columns, and the lead column when the sheet prints it (a body cell
     * holds an item's lead): {@code columns: [lead]} and its heading ("Đơn vị thực hiện"). Put before the groups.
     */
    private static void textColumns(Sheet table, List<Amount> amounts, Map<String, Object> budget) {
        int head = -1;
        int number = -1;
        for (int r = 0; r <= Math.min(15, table.getLastRowNum()) && head < 0; r++) {
            Row row = table.getRow(r);
            for (Cell cell : row == null ? List.<Cell>of() : row) {
                String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
                if (text.equals("TT") || text.equals("STT")) {
                    head = r;
                    number = cell.getColumnIndex();
                }
            }
        }
        if (head < 0) {
            return;
        }
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("number", heading(table, head, number));
        words.put("title", heading(table, head, number + 1));
        java.util.Set<String> leads = new java.util.HashSet<>();
        amounts.forEach(a -> leads.add(a.lead()));
        leads.remove("");
        int lead = -1;
        for (int r = head + 1; r <= table.getLastRowNum() && lead < 0 && !leads.isEmpty(); r++) {
            Row row = table.getRow(r);
            for (Cell cell : row == null ? List.<Cell>of() : row) {
                if (cell.getColumnIndex() > number + 1 && cell.getCellType() == CellType.STRING
                        && leads.contains(cell.getStringCellValue().strip())) {
                    lead = cell.getColumnIndex();
                }
            }
        }
        if (lead >= 0) {
            budget.put("columns", List.of("lead"));
            words.put("lead", heading(table, head, lead));
        }
        words.values().removeIf(w -> ((String) w).isEmpty());
        if (!words.isEmpty()) {
            budget.put("labels", words);
        }
    }

    private static String heading(Sheet table, int row, int column) {
        Cell cell = table.getRow(row).getCell(column);
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }

    /** How many heading cells of the table sheet print the member labelled {@code label} (crossed: more than one). */
    private static int timesHeaded(String label, Sheet table) {
        int times = 0;
        for (Map.Entry<String, org.apache.poi.ss.util.CellAddress> heading : headingCells(table)) {
            times += columnOf(label, Map.of(heading.getKey(), heading.getValue())).isPresent() ? 1 : 0;
        }
        return times;
    }

    /** The text of the heading cell over {@code at} (the merged cell's, when it spans), if any. */
    private static Optional<String> above(Sheet table, org.apache.poi.ss.util.CellAddress at) {
        int row = at.getRow() - 1;
        int col = at.getColumn();
        for (org.apache.poi.ss.util.CellRangeAddress region : table.getMergedRegions()) {
            if (region.isInRange(row, col)) {
                row = region.getFirstRow();
                col = region.getFirstColumn();
            }
        }
        Row r = row < 0 ? null : table.getRow(row);
        Cell cell = r == null ? null : r.getCell(col);
        return cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()
                ? Optional.of(cell.getStringCellValue().strip()) : Optional.empty();
    }

    /**
     * The column a member's heading prints in: its label, or the table's short form of it ("NSTW", "NS tỉnh" for
     * "Ngân sách trung ương", "Ngân sách tỉnh": each word a word of the label or the initials of a run of them).
     */
    private static Optional<org.apache.poi.ss.util.CellAddress> columnOf(String label,
            Map<String, org.apache.poi.ss.util.CellAddress> headings) {
        List<String> words = List.of(plandoc.diagnostic.Folding.folded(label).strip().split("\\s+"));
        return headings.entrySet().stream().filter(h -> shortFor(List.of(h.getKey().split("\\s+")), 0, words, 0))
                .map(Map.Entry::getValue).min(java.util.Comparator.comparingInt(a -> a.getColumn()));
    }

    private static boolean shortFor(List<String> heading, int h, List<String> words, int w) {
        if (h == heading.size() || w == words.size()) {
            return h == heading.size() && w == words.size();
        }
        if (heading.get(h).equals(words.get(w)) && shortFor(heading, h + 1, words, w + 1)) {
            return true;
        }
        return initials(heading, h, 0, words, w);
    }

    /** Whether the heading word {@code h} from its {@code at}-th letter is the initials of words from {@code w} on. */
    private static boolean initials(List<String> heading, int h, int at, List<String> words, int w) {
        String word = heading.get(h);
        if (at == word.length()) {
            return at > 0 && shortFor(heading, h + 1, words, w);
        }
        if (w == words.size() || words.get(w).isEmpty()) {
            return false;
        }
        char letter = word.charAt(at);
        // "TW" for "Trung ương": ương is written W in the usual short forms (NSTW, NS TW).
        boolean same = letter == words.get(w).charAt(0) || letter == 'w' && words.get(w).startsWith("uo");
        return same && initials(heading, h, at + 1, words, w + 1);
    }

    /** Every amount of the data sheet's table {@code tableSheet} the plan types (not computed from another table). */
    List<BigDecimal> values(Sheet data, String tableSheet) {
        return amounts(data, tableSheet).stream().map(a -> a.value().stripTrailingZeros()).sorted().toList();
    }

    private List<Amount> amounts(Sheet data, String tableSheet) {
        List<Amount> amounts = new ArrayList<>();
        int head = headRow(data);
        if (head < 0) {
            return amounts;
        }
        String cellWord = vi.text("xlsx.data.breakdown.cell");
        String unallocatedWord = vi.text("xlsx.data.kind.unallocated");
        String yes = vi.text("xlsx.data.yes");
        for (int r = head + 1; r <= data.getLastRowNum(); r++) {
            Row row = data.getRow(r);
            if (row == null || !tableSheet.equals(text(row, "sheet")) || yes.equals(text(row, "computed"))) {
                continue;
            }
            Cell amount = row.getCell(column.get("amount"));
            if (amount == null || !(amount.getCellType() == CellType.NUMERIC || amount.getCellType() == CellType.FORMULA
                    && amount.getCachedFormulaResultType() == CellType.NUMERIC)) {
                continue;
            }
            unit = text(row, "unit");
            decimals = Math.max(decimals, decimals(amount));
            String breakdown = text(row, "breakdown");
            Cell declared = row.getCell(column.get("declared"));
            boolean typed = declared != null && (declared.getCellType() == CellType.NUMERIC
                    || declared.getCellType() == CellType.FORMULA
                    && declared.getCachedFormulaResultType() == CellType.NUMERIC);
            amounts.add(new Amount(text(row, "group-id"), text(row, "group"), text(row, "item-id"), text(row, "item"),
                    text(row, "number"), text(row, "lead"), unallocatedWord.equals(text(row, "kind")),
                    breakdown.equals(cellWord) ? "" : breakdown, List.of(text(row, "member-ids").split("/")),
                    List.of(text(row, "members").split(" / ")), number(amount),
                    typed ? Optional.of(number(declared)) : Optional.empty()));
        }
        return amounts;
    }

    /** The data sheet's heading row (its columns found by their headings), or -1. */
    private int headRow(Sheet data) {
        Map<String, String> heads = new HashMap<>();
        for (String key : List.of("sheet", "number", "group", "item", "kind", "lead", "breakdown", "members", "amount",
                "unit", "computed", "declared", "group-id", "item-id", "member-ids")) {
            heads.put(vi.text("xlsx.data.head." + key), key);
        }
        for (int r = 0; r <= Math.min(5, data.getLastRowNum()); r++) {
            Row row = data.getRow(r);
            if (row == null) {
                continue;
            }
            column.clear();
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && heads.containsKey(cell.getStringCellValue())) {
                    column.put(heads.get(cell.getStringCellValue()), cell.getColumnIndex());
                }
            }
            if (column.size() == heads.size()) {
                return r;
            }
        }
        return -1;
    }

    private String text(Row row, String key) {
        Cell cell = row.getCell(column.get(key));
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> number(cell).toPlainString();
            case FORMULA -> cell.getCachedFormulaResultType() == CellType.STRING ? cell.getStringCellValue().strip()
                    : cell.getCachedFormulaResultType() == CellType.NUMERIC ? number(cell).toPlainString() : "";
            default -> "";
        };
    }

    /** The value: the double's shortest decimal form (0.35, not 0.34999…), as the plan typed it. */
    private static BigDecimal number(Cell cell) {
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The digits after the point the cell's number format prints ({@code #,##0.00} → 2). */
    private static int decimals(Cell cell) {
        String format = cell.getCellStyle().getDataFormatString();
        int point = format == null ? -1 : format.split(";")[0].indexOf('.');
        int n = 0;
        while (point >= 0 && point + 1 + n < format.length() && format.charAt(point + 1 + n) == '0') {
            n++;
        }
        return n;
    }

    private Map<String, Object> budget(List<Amount> amounts, String budgetId, Sheet table) {
        Map<String, org.apache.poi.ss.util.CellAddress> headings = headings(table);
        List<List<String>> order = new ArrayList<>();
        List<Map<String, String>> labels = new ArrayList<>();
        Map<String, Integer> splitAxis = new LinkedHashMap<>();
        int width = amounts.stream().filter(a -> a.breakdown().isEmpty()).mapToInt(a -> a.members().size()).max()
                .orElse(0);
        for (int x = 0; x < width; x++) {
            order.add(new ArrayList<>());
            labels.add(new HashMap<>());
        }
        // Members in the order the rows give them: each item's cells follow the table's columns, so a member first met
        // on a later item goes after the one before it on that item.
        Map<String, List<Amount>> byItem = new LinkedHashMap<>();
        amounts.forEach(a -> byItem.computeIfAbsent(a.unallocated() ? "#" + a.group() : a.item(),
                k -> new ArrayList<>()).add(a));
        for (List<Amount> item : byItem.values()) {
            int[] previous = new int[width];
            java.util.Arrays.fill(previous, -1);
            for (Amount a : item) {
                if (!a.breakdown().isEmpty() || a.members().size() != width) {
                    continue;
                }
                for (int x = 0; x < width; x++) {
                    String member = a.members().get(x);
                    List<String> members = order.get(x);
                    int at = members.indexOf(member);
                    if (at < 0) {
                        at = previous[x] < 0 ? members.size() : previous[x] + 1;
                        members.add(at, member);
                        labels.get(x).put(member, a.labels().size() > x ? a.labels().get(x) : member);
                    }
                    previous[x] = at;
                }
            }
        }
        // A breakdown given per axis ("Theo nguồn kinh phí"): the axis whose members it names, else one of its own.
        for (Amount a : amounts) {
            if (a.breakdown().isEmpty() || splitAxis.containsKey(a.breakdown())) {
                continue;
            }
            int axis = -1;
            for (int x = 0; x < order.size(); x++) {
                if (order.get(x).contains(a.members().get(0))) {
                    axis = x;
                }
            }
            if (axis < 0) {
                order.add(new ArrayList<>());
                labels.add(new HashMap<>());
                axis = order.size() - 1;
            }
            splitAxis.put(a.breakdown(), axis);
        }
        for (Amount a : amounts) {
            if (!a.breakdown().isEmpty()) {
                int x = splitAxis.get(a.breakdown());
                if (!order.get(x).contains(a.members().get(0))) {
                    order.get(x).add(a.members().get(0));
                    labels.get(x).put(a.members().get(0), a.labels().isEmpty() ? a.members().get(0) : a.labels().get(0));
                }
            }
        }
        List<String> axisIds = new ArrayList<>();
        List<Object> axes = new ArrayList<>();
        boolean once = true;
        for (int x = 0; x < order.size(); x++) {
            List<String> members = new ArrayList<>(order.get(x));
            Map<String, String> named = labels.get(x);
            if (members.stream().allMatch(m -> YEAR.matcher(m).matches())) {
                members.sort(null);
            } else if (members.stream().allMatch(m -> columnOf(named.get(m), headings).isPresent())) {
                // Members no item relates (one item's NS huyện, another's XHH) take the order the header prints them in.
                members.sort(java.util.Comparator.comparingInt(m -> columnOf(named.get(m), headings).orElseThrow()
                        .getColumn()));
            }
            Optional<String> label = members.isEmpty() ? Optional.empty()
                    : columnOf(named.get(members.get(0)), headings).flatMap(at -> above(table, at));
            String id = axisId(members, labels.get(x), x, axisIds);
            axisIds.add(id);
            List<Object> list = new ArrayList<>();
            for (String m : members) {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("id", m);
                member.put("label", named.get(m));
                // The table's own short heading ("NSTW" for "Ngân sách trung ương") is the member's short.
                columnOf(named.get(m), headings).map(at -> table.getRow(at.getRow()).getCell(at.getColumn())
                        .getStringCellValue().strip()).filter(h -> !h.equals(named.get(m)))
                        .ifPresent(h -> member.put("short", h));
                list.add(member);
                once &= timesHeaded(named.get(m), table) == 1;
            }
            Map<String, Object> axis = new LinkedHashMap<>();
            axis.put("id", id);
            // The heading over the members' columns ("Nguồn kinh phí"), unless it is a member of another axis (a phase
            // over the sources it crosses).
            label.filter(l -> labels.stream().noneMatch(other -> other.containsValue(l)))
                    .ifPresent(l -> axis.put("label", l));
            axis.put("members", list);
            axes.add(axis);
        }

        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("id", budgetId);
        budget.put("unit", unit);
        budget.put("decimals", Math.min(decimals, 3));
        budget.put("axes", axes);
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, Map<String, Object>> groupsById = new LinkedHashMap<>();
        List<Object> loose = new ArrayList<>();
        boolean perGroup = false;
        int items = 0;
        for (List<Amount> rows : byItem.values()) {
            Amount first = rows.get(0);
            Map<String, Object> money = money(rows, axisIds, splitAxis);
            List<Object> into = loose;
            boolean grouped = !first.group().isEmpty() || !first.groupTitle().isEmpty();
            if (grouped) {
                String key = first.group() + "\u0000" + first.groupTitle();
                Map<String, Object> group = groupsById.get(key);
                if (group == null) {
                    group = new LinkedHashMap<>();
                    group.put("id", budgetId + "-nhom-" + (groupsById.size() + 1));
                    group.put("title", first.groupTitle());
                    group.put("items", new ArrayList<>());
                    groupsById.put(key, group);
                    groups.add(group);
                    // A later group's first item numbered 1 again: the table numbers its items per group.
                    perGroup |= groups.size() > 1 && "1".equals(first.number());
                }
                if (first.unallocated()) {
                    group.put("unallocated", money.get("amounts"));
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) group.get("items");
                into = list;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", budgetId + "-" + ++items);
            item.put("title", first.itemTitle());
            // A table without a partners column prints "<lead>, phối hợp <partners>" in its lead column.
            java.util.regex.Matcher partners = WITH_PARTNERS.matcher(first.lead());
            if (partners.matches()) {
                item.put("lead", partners.group(1));
                item.put("partners", List.of(partners.group(2).split("\\s*[,;]\\s*")));
            } else if (!first.lead().isEmpty()) {
                item.put("lead", first.lead());
            }
            item.putAll(money);
            first.declared().ifPresent(total -> item.put("declared", new LinkedHashMap<>(Map.of("total", total))));
            into.add(item);
        }
        textColumns(table, amounts, budget);
        Map<String, Object> print = new LinkedHashMap<>();
        if (once && axisIds.size() > 1 && splitAxis.isEmpty()) {
            // Each member headed once: the sheet prints the axes side by side, uncrossed, after the total.
            List<String> money = new ArrayList<>(List.of("total"));
            money.addAll(axisIds);
            print.put("money", money);
        }
        if (perGroup) {
            print.put("numbering", "per-group");
        }
        if (!print.isEmpty()) {
            budget.put("print", print);
        }
        if (groups.isEmpty()) {
            budget.put("items", loose);
        } else {
            budget.put("groups", groups);
        }
        return budget;
    }

    /** An item's {@code amounts:} (nested in axis order) or {@code split:} (one breakdown per axis). */
    private static Map<String, Object> money(List<Amount> rows, List<String> axisIds, Map<String, Integer> splitAxis) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> cells = new LinkedHashMap<>();
        Map<String, Object> split = new LinkedHashMap<>();
        for (Amount a : rows) {
            if (a.breakdown().isEmpty()) {
                Map<String, Object> at = cells;
                for (int x = 0; x < a.members().size() - 1; x++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> next = (Map<String, Object>) at.computeIfAbsent(a.members().get(x),
                            k -> new LinkedHashMap<String, Object>());
                    at = next;
                }
                at.put(a.members().get(a.members().size() - 1), a.value());
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> axis = (Map<String, Object>) split.computeIfAbsent(
                        axisIds.get(splitAxis.get(a.breakdown())), k -> new LinkedHashMap<String, Object>());
                axis.put(a.members().get(0), a.value());
            }
        }
        if (!cells.isEmpty()) {
            out.put("amounts", cells);
        }
        if (!split.isEmpty()) {
            out.put("split", split);
        }
        return out;
    }

    /** As {@link HeaderLayout} names an axis: "year" for years, "source" for budgets and sources, else "truc-N". */
    private static String axisId(List<String> members, Map<String, String> labels, int index, List<String> taken) {
        String all = String.join(" ", labels.values()).toLowerCase(VI);
        String id = members.stream().allMatch(m -> YEAR.matcher(m).matches()) ? "year"
                : all.contains("giai đoạn") ? "phase"
                : all.contains("nguồn") || all.contains("ngân sách") || all.contains("vốn") ? "source"
                : "truc-" + (index + 1);
        String unique = id;
        for (int n = 2; taken.contains(unique); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    /** Whether {@code workbook} has plandoc's data sheet. */
    static Optional<Sheet> dataSheet(org.apache.poi.ss.usermodel.Workbook workbook) {
        return Optional.ofNullable(workbook.getSheet(SheetLayouts.DATA_SHEET));
    }
}
