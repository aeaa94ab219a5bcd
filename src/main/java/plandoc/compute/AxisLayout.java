package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Axis;
import plandoc.model.Id;
import plandoc.model.Member;

/**
 * A budget's axes: resolves the nested keys an author wrote ({@code 2012-2015: { tw: … }}) to cells,
 * and knows which leaf members sit under a parent member.
 */
public final class AxisLayout {
    private final List<Axis> axes;
    /**
     * {@link #cells()} and, per axis, each member's descendants ({@link #covers}): asked for every row and
     * selection a table or a comparison of two versions sums (s12-history: the cross product was made again
     * at each call), so made once; the axes never change. The cells on first use (a product of the axes'
     * leaves, never needed by a budget that stops at an error); an immutable list, so a race makes it twice at worst.
     */
    private List<CellKey> cells;
    private final List<java.util.Map<String, java.util.Set<String>>> under;

    public AxisLayout(List<Axis> axes) {
        this.axes = List.copyOf(axes);
        List<java.util.Map<String, java.util.Set<String>>> descendants = new ArrayList<>();
        for (Axis axis : this.axes) {
            java.util.Map<String, java.util.Set<String>> byMember = new java.util.HashMap<>();
            descendants(axis.members(), byMember);
            descendants.add(byMember);
        }
        this.under = List.copyOf(descendants);
    }

    /** Each member's descendants' ids, the first member of an id in depth-first order (as {@link #member} finds it). */
    private static void descendants(List<Member> members, java.util.Map<String, java.util.Set<String>> out) {
        for (Member m : members) {
            out.putIfAbsent(m.id().value(), java.util.Set.copyOf(m.descendantIds()));
            descendants(m.members(), out);
        }
    }

    public List<Axis> axes() {
        return axes;
    }

    public int size() {
        return axes.size();
    }

    public Optional<Integer> indexOf(String axisId) {
        for (int i = 0; i < axes.size(); i++) {
            if (axes.get(i).id().value().equals(axisId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** A member of an axis at any depth. */
    public Optional<Member> member(int axis, String memberId) {
        return find(axes.get(axis).members(), memberId);
    }

    private static Optional<Member> find(List<Member> members, String id) {
        for (Member m : members) {
            if (m.id().value().equals(id)) {
                return Optional.of(m);
            }
            Optional<Member> inner = find(m.members(), id);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    /** Every member id of an axis at any depth, for suggestions. */
    public List<String> memberIds(int axis) {
        return axes.get(axis).memberIds();
    }

    /** Whether leaf {@code leafId} is {@code memberId} or lies under it. */
    public boolean covers(int axis, String memberId, String leafId) {
        if (memberId.equals(leafId)) {
            return true;
        }
        java.util.Set<String> descendants = under.get(axis).get(memberId);
        return descendants != null && descendants.contains(leafId);
    }

    /** Every cell of the budget in print order (outer axis slowest). */
    public List<CellKey> cells() {
        List<CellKey> made = cells;
        if (made == null) {
            made = crossed(axes);
            cells = made;
        }
        return made;
    }

    private static List<CellKey> crossed(List<Axis> axes) {
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of());
        for (Axis axis : axes) {
            List<String> leaves = leaves(axis.members());
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : keys) {
                for (String leaf : leaves) {
                    List<String> k = new ArrayList<>(prefix);
                    k.add(leaf);
                    next.add(k);
                }
            }
            keys = next;
        }
        return keys.stream().map(CellKey::new).toList();
    }

    public List<String> leaves(int axis) {
        return leaves(axes.get(axis).members());
    }

    private static List<String> leaves(List<Member> members) {
        List<String> out = new ArrayList<>();
        for (Member m : members) {
            if (m.hasMembers()) {
                out.addAll(leaves(m.members()));
            } else {
                out.add(m.id().value());
            }
        }
        return out;
    }

    /**
     * Resolves an author's key path, starting at axis {@code firstAxis}, to leaf member ids (one per
     * axis from {@code firstAxis} on, {@code axisCount} of them). Reports and returns empty on a
     * member the axis does not declare, a parent given money directly, or a path of the wrong depth.
     */
    public Optional<List<String>> resolve(List<Id> path, int firstAxis, int axisCount, SourcePosition at,
                                          String owner, Problems problems) {
        return resolve(path, firstAxis, axisCount, at, at, owner, problems);
    }

    /**
     * As above, a path too short said at {@code shortAt}: where the row's amounts begin, so that a row whose every
     * cell lacks the same axis (one added to the table since) is told once, not once per cell.
     */
    public Optional<List<String>> resolve(List<Id> path, int firstAxis, int axisCount, SourcePosition at,
                                          SourcePosition shortAt, String owner, Problems problems) {
        List<String> leaves = new ArrayList<>();
        int k = 0;
        for (int a = firstAxis; a < firstAxis + axisCount; a++) {
            Axis axis = axes.get(a);
            if (k >= path.size()) {
                problems.error(shortAt, "budget.path-short", owner, axisNames(firstAxis, axisCount),
                        axis.id().value());
                return Optional.empty();
            }
            Id key = path.get(k++);
            List<Member> level = axis.members();
            Optional<Member> member = level.stream().filter(m -> m.id().value().equals(key.value())).findFirst();
            if (member.isEmpty()) {
                reportUnknown(key, columnsOf(axis), level, owner, problems);
                return Optional.empty();
            }
            Member m = member.get();
            while (m.hasMembers()) {
                List<String> subIds = m.members().stream().map(s -> s.id().value()).toList();
                if (k >= path.size()) {
                    problems.error(key.at(), "budget.parent-typed", owner, m.id().value(), String.join(", ", subIds));
                    return Optional.empty();
                }
                Id sub = path.get(k);
                Optional<Member> child = m.members().stream().filter(s -> s.id().value().equals(sub.value())).findFirst();
                if (child.isEmpty()) {
                    // The next key may belong to the next axis: then the parent was given money directly.
                    if (a + 1 < firstAxis + axisCount && member(a + 1, sub.value()).isPresent()) {
                        problems.error(key.at(), "budget.parent-typed", owner, m.id().value(), String.join(", ", subIds));
                    } else {
                        reportUnknown(sub, phrase("axis.columns.under", m.id().value(), m.label()), m.members(), owner,
                                problems);
                    }
                    return Optional.empty();
                }
                k++;
                m = child.get();
            }
            leaves.add(m.id().value());
        }
        if (k < path.size() && axisCount == 0 && firstAxis == 0) {
            // A budget without axes holds one amount per item: "amounts: 1447", not a mapping.
            problems.error(path.get(k).at(), "budget.no-axes-path", owner, path.get(k).value());
            return Optional.empty();
        }
        if (k < path.size()) {
            problems.error(path.get(k).at(), "budget.path-long", owner, axisNames(firstAxis, axisCount),
                    path.get(k).value());
            return Optional.empty();
        }
        return Optional.of(leaves);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

    private void reportUnknown(Id key, String axisName, List<Member> level, String owner, Problems problems) {
        List<String> ids = level.stream().map(m -> m.id().value()).toList();
        Optional<String> nearest = Suggestions.nearest(key.value(), ids);
        if (YEAR.matcher(key.value()).matches() && !ids.isEmpty() && ids.stream().allMatch(id -> YEAR.matcher(id).matches())) {
            // A year outside a years axis: the nearest year would be a silent wrong fix (s23 tryout L3); the axis's
            // range may be what is short.
            String first = ids.get(0);
            String last = ids.get(ids.size() - 1);
            String low = key.value().compareTo(first) < 0 ? key.value() : first;
            String high = key.value().compareTo(last) > 0 ? key.value() : last;
            problems.error(key.at(), "budget.year-outside", owner, key.value(), axisName, first, last, low, high);
        } else if (printedName(key.value(), level).isPresent()) {
            // "xã hội hóa", "NS tỉnh": the column as the table prints it, copied from it (s31 tryout M1).
            Member named = printedName(key.value(), level).get();
            problems.error(key.at(), "budget.member-printed-name", owner, key.value(), axisName, named.id().value(),
                    named.label(), String.join(", ", ids));
        } else if (nearest.isPresent()) {
            problems.error(key.at(), "budget.member-unknown-suggest", owner, key.value(), axisName, nearest.get(),
                    String.join(", ", ids));
        } else {
            problems.error(key.at(), "budget.member-unknown", owner, key.value(), axisName, String.join(", ", ids));
        }
    }

    /** The member {@code typed} names by its label or short label, in any case and with or without its marks. */
    private static Optional<Member> printedName(String typed, List<Member> level) {
        String wanted = plandoc.diagnostic.Folding.folded(typed.strip());
        return level.stream().filter(m -> plandoc.diagnostic.Folding.folded(m.label().strip()).equals(wanted)
                || m.shortLabel().map(s -> plandoc.diagnostic.Folding.folded(s.strip()).equals(wanted)).orElse(false))
                .findFirst();
    }

    /**
     * An axis's columns as a message names them, in an officer's words with the axis's id quoted after them
     * ("các cột nguồn vốn (trục "source")"): the id alone read as a word ("trục source", tryout s18 finding 11).
     */
    private static String columnsOf(Axis axis) {
        String id = axis.id().value();
        if (axis.label().filter(l -> !l.isBlank()).isPresent()) {
            return phrase("axis.columns.labelled", id, axis.label().get().strip());
        }
        return phrase("axis.columns." + AgencyWorkCollector.kind(axis).id(), id);
    }

    /** A phrase argument ({@code Messages#format}); a "|" typed in a label would split it. */
    private static String phrase(String key, String... args) {
        StringBuilder s = new StringBuilder("@").append(key);
        for (String arg : args) {
            s.append('|').append(arg.replace('|', '/'));
        }
        return s.toString();
    }

    private String axisNames(int first, int count) {
        return String.join(" → ", axes.subList(first, first + count).stream().map(a -> a.id().value()).toList());
    }
}
