package plandoc.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import plandoc.resolved.BudgetData;
import plandoc.resolved.RowKind;

/**
 * The ids of a budget's table that "Dữ liệu" cannot give back to {@code import}, which matches the rest by the rows'
 * codes there: a member without any amount, a parent member (the data sheet names leaves only) and an item without
 * any amount (no row at all): on Quyết định 424's first table "xhh", "ns-tinh" and five items came back with ids of
 * the importer's making (s34 review). One custom document property per table, named {@link #PREFIX} and the table's
 * id, beside {@link WorkbookAxes}' one: a line per member ({@code m}, its axis's place, id, label) and per item
 * without amounts ({@code i}, its group's title, its title, id), and the table's own {@code labels.item} ({@code n},
 * the noun: without it an import called the rows by the plan's other noun), fields split by tabs.
 */
public final class WorkbookIds {
    /** The property's name before the table's id. */
    public static final String PREFIX = "plandoc-ma:";

    /**
     * What a property names: per axis (outermost first) the member ids by label, and the ids of the items without
     * amounts by {@link #key(String, String)} of their group's and their own title, in the table's order.
     */
    public record Names(Map<Integer, Map<String, String>> members, Map<String, List<String>> items,
                        java.util.Optional<String> itemNoun) {
        public static final Names NONE = new Names(Map.of(), Map.of(), java.util.Optional.empty());
    }

    private WorkbookIds() {
    }

    /** The property's value for {@code budget}. */
    public static String value(BudgetData budget) {
        List<String> lines = new ArrayList<>();
        budget.itemNoun().ifPresent(noun -> lines.add(String.join("\t", "n", flat(noun))));
        for (int x = 0; x < budget.axes().size(); x++) {
            for (BudgetData.MemberData m : budget.axes().get(x).members()) {
                lines.add(String.join("\t", "m", String.valueOf(x), m.id(), flat(m.label())));
            }
        }
        Set<String> withAmounts = budget.data().stream().flatMap(r -> r.itemId().stream()).collect(Collectors.toSet());
        budget.rows().stream().filter(r -> r.kind() == RowKind.ITEM && r.itemId().isPresent()
                && !withAmounts.contains(r.itemId().get())).forEach(r -> lines.add(String.join("\t", "i",
                flat(r.groupLabel().orElse("")), flat(r.itemTitle().orElse("")), r.itemId().get())));
        return String.join("\n", lines);
    }

    /** The names a property's value gives. */
    public static Names read(String value) {
        Map<Integer, Map<String, String>> members = new HashMap<>();
        Map<String, List<String>> items = new HashMap<>();
        String[] noun = {null};
        value.lines().map(line -> line.split("\t", -1)).forEach(f -> {
            if (f.length == 4 && f[0].equals("m") && f[1].matches("[0-9]+")) {
                members.computeIfAbsent(Integer.parseInt(f[1]), k -> new HashMap<>()).putIfAbsent(flat(f[3]), f[2]);
            } else if (f.length == 2 && f[0].equals("n") && !f[1].isBlank()) {
                noun[0] = flat(f[1]);
            } else if (f.length == 4 && f[0].equals("i")) {
                items.computeIfAbsent(key(f[1], f[2]), k -> new ArrayList<>()).add(f[3]);
            }
        });
        return new Names(members, items, java.util.Optional.ofNullable(noun[0]));
    }

    /** An item's key: its group's title and its own, spaces and line breaks as one space. */
    public static String key(String groupTitle, String itemTitle) {
        return flat(groupTitle) + "\u0000" + flat(itemTitle);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
