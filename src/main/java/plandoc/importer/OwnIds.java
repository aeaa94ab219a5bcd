package plandoc.importer;

import plandoc.compute.WorkbookAxes;
import plandoc.compute.WorkbookIds;
import plandoc.importer.DataSheetAmounts.Amount;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * plandoc's own table brought back under its own id: the ids the plan gave it put back on the budget read from the
 * workbook, so an officer round-tripping the file gets the same budget (s32 tryout L4: its items came back
 * "phu-luc-1", its members "ngan-sach-tinh", its axis "source" without its label). The table's, groups', items' and
 * members' ids are the "Dữ liệu" sheet's codes ({@link DataSheetAmounts}), the axes' ids and labels the workbook's
 * property ({@link WorkbookAxes}). An item without any amount has no row on "Dữ liệu", a parent member or one
 * without amounts no code there: their ids are a sibling property's ({@link WorkbookIds}); in a workbook without it
 * they keep the ids made for them.
 */
final class OwnIds {
    private final List<Amount> rows;
    private final List<WorkbookAxes.AxisName> axes;
    private final WorkbookIds.Names names;
    private final Map<String, String> members = new HashMap<>();
    private final Map<String, String> axisIds = new HashMap<>();

    OwnIds(DataSheetAmounts data, List<WorkbookAxes.AxisName> axes, WorkbookIds.Names names) {
        this.rows = data.amounts();
        this.axes = axes;
        this.names = names;
    }

    /** {@code budget} with its ids put back; {@code table} is its id in the plan. */
    @SuppressWarnings("unchecked")
    void restore(Map<String, Object> budget, String table) {
        budget.put("id", table);
        names.itemNoun().ifPresent(noun -> {
            Map<String, Object> labels = budget.get("labels") instanceof Map<?, ?> given
                    ? (Map<String, Object>) given : new java.util.LinkedHashMap<>();
            labels.put("item", noun);
            budget.put("labels", labels);
        });
        Map<String, String> labelled = new HashMap<>();
        rows.forEach(a -> {
            for (int x = 0; x < Math.min(a.members().size(), a.labels().size()); x++) {
                labelled.putIfAbsent(a.labels().get(x), a.members().get(x));
            }
        });
        if (budget.get("axes") instanceof List<?> list) {
            List<Object> renamed = new ArrayList<>();
            for (int x = 0; x < list.size(); x++) {
                Map<String, Object> axis = (Map<String, Object>) list.get(x);
                if (axis.get("members") instanceof List<?> ms) {
                    Map<String, String> named = names.members().getOrDefault(x, Map.of());
                    ms.forEach(m -> member((Map<String, Object>) m, named, labelled));
                }
                renamed.add(list.size() == axes.size() ? named(axis, axes.get(x)) : axis);
            }
            budget.put("axes", renamed);
        }
        Map<String, Deque<Amount>> items = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        rows.stream().filter(a -> !a.item().isEmpty()).map(a -> Map.entry(a.groupTitle() + "\u0000" + a.itemTitle(), a))
                .distinct().forEach(e -> {
                    Deque<Amount> same = items.computeIfAbsent(e.getKey(), k -> new ArrayDeque<>());
                    if (same.stream().noneMatch(a -> a.item().equals(e.getValue().item()))) {
                        same.add(e.getValue());
                    }
                });
        rows.stream().filter(a -> !a.group().isEmpty()).forEach(a -> groups.putIfAbsent(a.groupTitle(), a.group()));
        if (budget.get("groups") instanceof List<?> list) {
            for (Object g : list) {
                Map<String, Object> group = (Map<String, Object>) g;
                String title = String.valueOf(group.getOrDefault("title", ""));
                if (groups.containsKey(title)) {
                    group.put("id", groups.get(title));
                }
                items(group, title, items);
            }
        }
        items(budget, "", items);
        if (budget.get("groups") instanceof List<?> list) {
            list.forEach(g -> withoutAmounts(castMap(g), String.valueOf(castMap(g).getOrDefault("title", ""))));
        }
        withoutAmounts(budget, "");
        rename(budget);
    }

    /** The member's id: the property's for its label on its axis, else the data sheet's code for a leaf. */
    private void member(Map<String, Object> member, Map<String, String> named, Map<String, String> labelled) {
        String label = String.valueOf(member.get("label"));
        String code = named.getOrDefault(label.replaceAll("\\s+", " ").strip(),
                member.get("members") == null ? labelled.get(label) : null);
        if (code != null) {
            members.put(String.valueOf(member.get("id")), code);
            member.put("id", code);
        }
        if (member.get("members") instanceof List<?> subs) {
            subs.forEach(s -> member(castMap(s), named, labelled));
        }
    }

    /** The ids of the holder's items without amounts, matched by title in the table's order (no row on "Dữ liệu"). */
    private void withoutAmounts(Map<String, Object> holder, String groupTitle) {
        Map<String, Deque<String>> left = new HashMap<>();
        names.items().forEach((k, ids) -> left.put(k, new ArrayDeque<>(ids)));
        if (holder.get("items") instanceof List<?> list) {
            for (Object i : list) {
                Map<String, Object> item = castMap(i);
                Deque<String> ids = left.get(WorkbookIds.key(groupTitle, String.valueOf(item.get("title"))));
                if (item.get("amounts") == null && item.get("split") == null && ids != null && !ids.isEmpty()) {
                    item.put("id", ids.poll());
                }
            }
        }
    }

    /** The axis with the plan's id and label, its other keys as read. */
    private Map<String, Object> named(Map<String, Object> axis, WorkbookAxes.AxisName name) {
        axisIds.put(String.valueOf(axis.get("id")), name.id());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", name.id());
        name.label().ifPresent(l -> out.put("label", l));
        axis.forEach((k, v) -> {
            if (!k.equals("id") && !k.equals("label")) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static void items(Map<String, Object> holder, String groupTitle, Map<String, Deque<Amount>> items) {
        if (holder.get("items") instanceof List<?> list) {
            for (Object i : list) {
                Map<String, Object> item = castMap(i);
                Deque<Amount> same = items.get(groupTitle + "\u0000" + item.get("title"));
                if (same != null && !same.isEmpty()) {
                    item.put("id", same.poll().item());
                }
            }
        }
    }

    /** Member and axis ids renamed wherever the budget's money and print settings name them. */
    @SuppressWarnings("unchecked")
    private void rename(Object node) {
        if (node instanceof List<?> list) {
            list.forEach(this::rename);
        } else if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            for (String key : List.of("amounts", "unallocated")) {
                if (m.get(key) instanceof Map<?, ?> money) {
                    m.put(key, keys((Map<String, Object>) money, members));
                }
            }
            if (m.get("split") instanceof Map<?, ?> split) {
                Map<String, Object> out = keys((Map<String, Object>) split, axisIds);
                out.replaceAll((k, v) -> v instanceof Map<?, ?> by ? keys((Map<String, Object>) by, members) : v);
                m.put("split", out);
            }
            if (m.get("declared") instanceof Map<?, ?> declared) {
                Map<String, Object> out = keys((Map<String, Object>) declared, axisIds);
                out.replaceAll((k, v) -> !k.equals("total") && !k.equals("in") && v instanceof Map<?, ?> by
                        ? keys((Map<String, Object>) by, members) : v);
                m.put("declared", out);
            }
            if (m.get("print") instanceof Map<?, ?> print && print.get("money") instanceof List<?> money) {
                ((Map<String, Object>) print).put("money", money.stream()
                        .map(c -> axisIds.getOrDefault(String.valueOf(c), String.valueOf(c))).toList());
            }
            if (m.get("axis") instanceof String axis && axisIds.containsKey(axis)) {
                m.put("axis", axisIds.get(axis));
            }
            m.forEach((k, v) -> {
                if (!List.of("amounts", "unallocated", "split", "declared", "axes").contains(k)) {
                    rename(v);
                }
            });
        }
    }

    /** {@code map} with its keys renamed through {@code names}, nested maps too (amounts nest in axis order). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> keys(Map<String, Object> map, Map<String, String> names) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(names.getOrDefault(k, k),
                v instanceof Map<?, ?> nested ? keys((Map<String, Object>) nested, names) : v));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
