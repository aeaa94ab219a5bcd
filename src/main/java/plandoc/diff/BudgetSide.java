package plandoc.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.compute.AxisLayout;
import plandoc.compute.BudgetFigures;
import plandoc.compute.CellKey;
import plandoc.compute.Figure;
import plandoc.compute.GroupFigures;
import plandoc.compute.ItemFigures;
import plandoc.compute.Selection;
import plandoc.model.Member;
import plandoc.model.Unit;

/**
 * One side of a budget comparison. Every figure comes from {@link BudgetFigures} (the code that
 * prints the table); what this side does not have is blank. Amounts are expressed in the unit
 * compared, so a budget moved from tỷ đồng to triệu đồng compares exactly.
 */
final class BudgetSide {
    private final Optional<BudgetFigures> figures;
    private final BigDecimal scale;
    private final Map<String, GroupFigures> groups = new LinkedHashMap<>();
    private final Map<String, ItemFigures> items = new LinkedHashMap<>();
    private final Map<String, String> groupOfItem = new LinkedHashMap<>();

    BudgetSide(Optional<BudgetFigures> figures, Unit comparedUnit) {
        this.figures = figures;
        this.scale = figures.map(f -> f.budget().unit().inDong().divide(comparedUnit.inDong())).orElse(BigDecimal.ONE);
        figures.ifPresent(f -> {
            int position = 0;
            for (GroupFigures g : f.groups()) {
                String key = key(g, ++position);
                groups.put(key, g);
                for (ItemFigures i : g.items()) {
                    items.put(i.item().id().value(), i);
                    groupOfItem.put(i.item().id().value(), key);
                }
            }
        });
    }

    /**
     * A group's id, or its position in the table for an untitled group (a budget written with
     * {@code items:}, or a summary's part from such a budget).
     */
    static String key(GroupFigures g, int position) {
        return g.group().id().map(id -> id.value()).orElse("#" + position);
    }

    boolean present() {
        return figures.isPresent();
    }

    Optional<BudgetFigures> figures() {
        return figures;
    }

    Map<String, GroupFigures> groups() {
        return groups;
    }

    Map<String, ItemFigures> items() {
        return items;
    }

    Optional<String> groupOf(String itemId) {
        return Optional.ofNullable(groupOfItem.get(itemId));
    }

    List<String> axisIds() {
        return figures.map(f -> f.layout().axes().stream().map(a -> a.id().value()).toList()).orElse(List.of());
    }

    /** The whole budget over a selection ({@code members} empty: everything). */
    Figure whole(List<String> members) {
        return figures.map(f -> scaled(f.figure(selection(f, members)))).orElse(Figure.BLANK);
    }

    Figure group(String key, List<String> members) {
        return figures.flatMap(f -> Optional.ofNullable(groups.get(key)).map(g -> scaled(f.figure(g, selection(f, members)))))
                .orElse(Figure.BLANK);
    }

    Figure item(String id, List<String> members) {
        return figures.flatMap(f -> Optional.ofNullable(items.get(id)).map(i -> scaled(f.figure(i, selection(f, members)))))
                .orElse(Figure.BLANK);
    }

    /** The item's money was given as one breakdown per axis, so its crossed cells may not be known. */
    boolean split(String itemId) {
        return Optional.ofNullable(items.get(itemId)).map(i -> !i.money().crossed()).orElse(false);
    }

    /** Every leaf cell of the table, outer axis slowest. */
    List<List<String>> cells() {
        if (figures.isEmpty() || figures.get().layout().size() == 0) {
            return List.of();
        }
        return figures.get().layout().cells().stream().map(CellKey::members).toList();
    }

    /** One selection per member of each axis (parents too), other axes left open. */
    List<List<String>> members() {
        List<List<String>> out = new ArrayList<>();
        figures.ifPresent(f -> {
            AxisLayout layout = f.layout();
            for (int axis = 0; axis < layout.size(); axis++) {
                for (String member : layout.memberIds(axis)) {
                    String[] selection = new String[layout.size()];
                    selection[axis] = member;
                    out.add(Arrays.asList(selection));
                }
            }
        });
        return out;
    }

    /** The label of a member as its table prints it in a row ("Giai đoạn 2012-2015"). */
    Optional<String> memberLabel(int axis, String memberId) {
        return figures.filter(f -> axis < f.layout().size())
                .flatMap(f -> f.layout().member(axis, memberId)).map(Member::label);
    }

    private Figure scaled(Figure f) {
        return f.isValue() && scale.compareTo(BigDecimal.ONE) != 0 ? Figure.of(f.value().multiply(scale)) : f;
    }

    private static Selection selection(BudgetFigures f, List<String> members) {
        return members.isEmpty() ? Selection.all(f.layout().size()) : new Selection(members);
    }
}
