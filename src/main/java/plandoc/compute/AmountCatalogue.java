package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every amount a plan can print with {@code {amount:…}}, in đồng, with the expression that prints
 * it: each budget's total, its axis members (and crossed cells of two, when determined), its groups
 * and items, each alone and per member. Typed figures in prose are compared with these.
 */
final class AmountCatalogue {
    /**
     * One printable amount.
     *
     * @param major a budget's, member's or group's total: what prose repeats and a near miss of
     *              which is worth a warning (items are too many and too small to warn about)
     * @param names how the table names what is selected (a member's label and short label, a group's or an item's
     *              title): a sentence that says one of them means this entry rather than an equal one. Folded only
     *              when asked ({@link #namedIn}): only a typed figure equal to several entries asks, and folding
     *              every entry's names as it was made was ~12 ms of 424's cold check (s32-cold).
     */
    record Entry(BigDecimal dong, String budget, List<String> options, BudgetFigures figures, boolean major,
                 List<String> names) {
        /** How many of the selected names {@code words} (folded) says. */
        int namedIn(String words) {
            return (int) names.stream().map(n -> plandoc.diagnostic.Folding.folded(n.strip()))
                    .filter(n -> !n.isBlank() && words.contains(n)).count();
        }
    }

    private final Iterable<BudgetFigures> budgets;
    private List<Entry> entries;

    AmountCatalogue(Iterable<BudgetFigures> budgets) {
        this.budgets = budgets;
    }

    /**
     * Made on first use: only a plan whose prose types a figure needs them, and computing every
     * selection of every item was ~8 ms of a cold check of a plan that types none (issue 17).
     */
    List<Entry> entries() {
        if (entries == null) {
            entries = new ArrayList<>();
            budgets.forEach(this::add);
        }
        return entries;
    }

    private void add(BudgetFigures f) {
        AxisLayout layout = f.layout();
        List<Map<Integer, String>> selections = new ArrayList<>();
        selections.add(Map.of());
        for (int axis = 0; axis < layout.size(); axis++) {
            for (String member : layout.memberIds(axis)) {
                selections.add(Map.of(axis, member));
            }
        }
        if (layout.size() == 2) {
            for (String a : layout.memberIds(0)) {
                for (String b : layout.memberIds(1)) {
                    selections.add(Map.of(0, a, 1, b));
                }
            }
        }
        for (Map<Integer, String> byAxis : selections) {
            Selection selection = Selection.of(layout.size(), byAxis);
            List<String> axisOptions = options(layout, byAxis);
            List<String> memberNames = memberNames(layout, byAxis);
            put(f, f.figure(selection), axisOptions, byAxis.size() <= 1, memberNames);
            for (GroupFigures g : f.groups()) {
                g.group().id().ifPresent(id -> put(f, f.figure(g, selection), with("group=" + id.value(), axisOptions),
                        byAxis.isEmpty(), with(g.group().title().map(t -> t.literalText()).orElse(""), memberNames)));
            }
            for (ItemFigures i : f.items()) {
                put(f, f.figure(i, selection), with("item=" + i.item().id().value(), axisOptions), false,
                        with(i.item().title().literalText(), memberNames));
            }
        }
    }

    private static List<String> memberNames(AxisLayout layout, Map<Integer, String> byAxis) {
        List<String> out = new ArrayList<>();
        byAxis.forEach((axis, member) -> layout.member(axis, member).ifPresent(m -> {
            out.add(m.label());
            m.shortLabel().ifPresent(out::add);
        }));
        return out;
    }

    private static List<String> options(AxisLayout layout, Map<Integer, String> byAxis) {
        List<String> out = new ArrayList<>();
        new java.util.TreeMap<>(byAxis).forEach((axis, member) -> out.add(layout.axes().get(axis).id().value() + "=" + member));
        return out;
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }

    private void put(BudgetFigures f, Figure figure, List<String> options, boolean major, List<String> names) {
        if (figure.isValue() && figure.value().signum() > 0) {
            entries.add(new Entry(figure.value().multiply(f.budget().unit().inDong()), f.budget().id().value(), options,
                    f, major, names));
        }
    }

}
