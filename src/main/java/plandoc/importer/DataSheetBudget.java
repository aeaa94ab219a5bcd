package plandoc.importer;

import plandoc.importer.DataSheetAmounts.Amount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget's YAML tree made from the amounts of plandoc's data sheet ({@link DataSheetAmounts}) and the header of the
 * sheet the table prints on ({@link PrintedHeader}): axes flat (leaf members) in the order the rows give them, groups
 * and items as the rows name them, the figures the plan's.
 */
final class DataSheetBudget {
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern WITH_PARTNERS = Pattern.compile("(.+?), phối hợp (?:với )?(.+)");

    private final DataSheetAmounts read;
    private final PrintedHeader header;

    DataSheetBudget(DataSheetAmounts read, PrintedHeader header) {
        this.read = read;
        this.header = header;
    }

    Map<String, Object> budget(String budgetId) {
        List<Amount> amounts = read.amounts();
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
            Arrays.fill(previous, -1);
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
            } else if (members.stream().allMatch(m -> header.columnOf(named.get(m)).isPresent())) {
                // Members no item relates (one item's NS huyện, another's XHH) take the order the header prints them in.
                members.sort(Comparator.comparingInt(m -> header.columnOf(named.get(m)).orElseThrow().getColumn()));
            }
            Optional<String> label = members.isEmpty() ? Optional.empty()
                    : header.columnOf(named.get(members.get(0))).flatMap(header::above);
            String id = axisId(members, labels.get(x), x, axisIds);
            axisIds.add(id);
            List<Object> list = new ArrayList<>();
            for (String m : members) {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("id", m);
                member.put("label", named.get(m));
                // The table's own short heading ("NSTW" for "Ngân sách trung ương") is the member's short.
                header.shortOf(named.get(m)).ifPresent(h -> member.put("short", h));
                list.add(member);
                once &= header.timesHeaded(named.get(m)) == 1;
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
        budget.put("unit", read.unit());
        budget.put("decimals", Math.min(read.decimals(), 3));
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
            putLead(item, first.lead());
            item.putAll(money);
            first.declared().ifPresent(total -> item.put("declared", new LinkedHashMap<>(Map.of("total", total))));
            into.add(item);
        }
        header.textColumns(leads(), budget);
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

    /** Every item's lead as the data sheet gives it. */
    Set<String> leads() {
        Set<String> leads = new HashSet<>();
        read.amounts().forEach(a -> leads.add(a.lead()));
        return leads;
    }

    /** An item's lead; a table without a partners column prints "<lead>, phối hợp <partners>" in its lead column. */
    static void putLead(Map<String, Object> item, String lead) {
        Matcher partners = WITH_PARTNERS.matcher(lead);
        if (partners.matches()) {
            item.put("lead", partners.group(1));
            item.put("partners", List.of(partners.group(2).split("\\s*[,;]\\s*")));
        } else if (!lead.isEmpty()) {
            item.put("lead", lead);
        }
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
}
