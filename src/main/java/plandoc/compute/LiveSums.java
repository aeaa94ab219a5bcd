package plandoc.compute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import plandoc.model.Member;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellSum;

/**
 * Finds, for each figure of a laid-out budget table, the other figures of the table it is the exact
 * sum of: a group or the whole budget adds up its rows in the same column ("vertical"); within one
 * row's money a figure adds up the finer figures that partition its selection ("horizontal": an
 * item's total its cells, a phase's "Cộng" its years, a per-member total the grand row's cells).
 * References only ever go to strictly finer figures, so no sum depends on itself. A figure with a
 * part the items do not determine has no sum: it is a given value.
 *
 * <p>A cell printing a declared figure ({@code print.undetermined: declared}) is a given value too, never a sum, and
 * no part of one: the totals over it are the items' figures, kept as live as before (a summary's year total still
 * refers to its appendices), since a constant typed from the original cannot follow an edited item. The printed
 * parts must still add up to them where every part prints a figure, else the declared figures are wrong
 * ({@link #unequal}).
 */
final class LiveSums {

    /**
     * A money cell of the table: where it is, whose money (a scope), which part of it (a selection) and the figure it
     * prints; {@code declared} the author's figure it prints for a cell the items leave open.
     */
    record Placed(CellRef at, String scope, Selection selection, Figure figure, Optional<plandoc.model.Amount> declared) {
        Placed(CellRef at, String scope, Selection selection, Figure figure) {
            this(at, scope, selection, figure, Optional.empty());
        }
    }

    /** A printed figure that its printed parts, declared figures among them, do not add up to. */
    record Unequal(Placed cell, List<Placed> parts, java.math.BigDecimal sum) {
    }

    /**
     * A cell's place in the index. equals and hashCode are written out: a record's own link an
     * invokedynamic bootstrap on their first call (~8 ms of a cold build's check, issue 17).
     */
    private record Key(int row, String scope, Selection selection) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && row == k.row && Objects.equals(scope, k.scope)
                    && Objects.equals(selection, k.selection);
        }

        @Override
        public int hashCode() {
            return (31 * row + Objects.hashCode(scope)) * 31 + Objects.hashCode(selection); // as the record's own
        }
    }

    /** The row of a key that finds a cell in whichever row shows it first. */
    private static final int ANY_ROW = -1;

    /**
     * Row, then column. Written out: {@code Comparator.comparingInt(…).thenComparingInt(…)} links the JDK's
     * own lambdas at run time, which the AOT cache does not hold (~4 ms of a cold check, issue 17).
     */
    private static final Comparator<CellRef> READING_ORDER = (a, b) -> a.row() != b.row()
            ? Integer.compare(a.row(), b.row()) : Integer.compare(a.column(), b.column());

    private final AxisLayout axes;
    private final Map<String, List<String>> scopeParts;
    private final BiFunction<String, Selection, Figure> figureOf;
    private final List<Unequal> unequal = new ArrayList<>();

    /**
     * @param scopeParts the scopes a scope is made of ("group:1" → its items and unallocated row)
     * @param figureOf   a scope's figure for a selection, for parts that have no cell in the table
     */
    LiveSums(AxisLayout axes, Map<String, List<String>> scopeParts, BiFunction<String, Selection, Figure> figureOf) {
        this.axes = axes;
        this.scopeParts = scopeParts;
        this.figureOf = figureOf;
    }

    /**
     * The sums of the cells that add up others, in the cells' order; the printed figures that do not add up with declared
     * ones among them are kept for {@link #unequal}. Open cells (undetermined, declared) add up nothing.
     */
    List<CellSum> find(List<Placed> cells) {
        // A summary's per-member rows repeat the grand row's scope and selections: a lookup by (scope, selection)
        // alone finds the grand row's cell first, and a row's "Cộng" would add up another row (s17-review).
        Map<Key, Placed> index = new HashMap<>();
        cells.forEach(c -> index.putIfAbsent(new Key(c.at().row(), c.scope(), c.selection()), c));
        cells.forEach(c -> index.putIfAbsent(new Key(ANY_ROW, c.scope(), c.selection()), c));
        List<CellSum> sums = new ArrayList<>();
        // Without a declared cell the printed parts are the live ones and nothing is compared: one search a cell.
        boolean anyDeclared = cells.stream().anyMatch(c -> c.declared().isPresent());
        for (Placed cell : cells) {
            if (cell.figure().state() == Figure.State.UNDETERMINED) {
                continue;
            }
            if (anyDeclared) {
                Optional<List<Placed>> printed = vertical(cell, index, true).or(() -> horizontal(cell, index, true));
                printed.filter(p -> cell.declared().isPresent() || p.stream().anyMatch(x -> x.declared().isPresent()))
                        .ifPresent(p -> compare(cell, p));
            }
            if (cell.declared().isPresent()) {
                continue; // typed as the original prints it, not a formula
            }
            Optional<List<Placed>> parts = vertical(cell, index, false).or(() -> horizontal(cell, index, false));
            parts.ifPresent(p -> sums.add(new CellSum(cell.at(), p.stream().map(Placed::at).sorted(READING_ORDER).toList())));
        }
        return sums;
    }

    /** The printed figures that do not add up once declared ones are among them, in reading order. */
    List<Unequal> unequal() {
        return List.copyOf(unequal);
    }

    private void compare(Placed cell, List<Placed> parts) {
        java.math.BigDecimal sum = parts.stream().map(p -> p.figure().orZero()).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add);
        if (sum.compareTo(cell.figure().orZero()) != 0) {
            unequal.add(new Unequal(cell, parts.stream().sorted((a, b) -> READING_ORDER.compare(a.at(), b.at())).toList(),
                    sum));
        }
    }

    /** The same selection in each part of the scope; a part without a cell must hold no money there. */
    private Optional<List<Placed>> vertical(Placed cell, Map<Key, Placed> index, boolean declared) {
        List<String> parts = scopeParts.getOrDefault(cell.scope(), List.of());
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<Placed> found = new ArrayList<>();
        for (String part : parts) {
            Placed p = index.get(new Key(ANY_ROW, part, cell.selection()));
            if (p != null) {
                found.add(p);
            } else if (figureOf.apply(part, cell.selection()).state() != Figure.State.BLANK) {
                return Optional.empty();
            }
        }
        return usable(found, declared);
    }

    /**
     * Finer selections of the same scope covering the cell's selection exactly: first one axis split
     * into its next members, then one axis into its leaves, then every open axis into leaves.
     */
    private Optional<List<Placed>> horizontal(Placed cell, Map<Key, Placed> index, boolean declared) {
        Selection s = cell.selection();
        List<List<Selection>> candidates = new ArrayList<>();
        for (int axis = 0; axis < axes.size(); axis++) {
            List<String> children = children(axis, s.member(axis));
            if (!children.isEmpty()) {
                candidates.add(replace(s, axis, children));
            }
        }
        for (int axis = 0; axis < axes.size(); axis++) {
            List<String> leaves = leavesUnder(axis, s.member(axis));
            if (!leaves.isEmpty()) {
                candidates.add(replace(s, axis, leaves));
            }
        }
        List<Selection> crossed = List.of(s);
        for (int axis = 0; axis < axes.size(); axis++) {
            List<String> leaves = leavesUnder(axis, s.member(axis));
            if (!leaves.isEmpty()) {
                List<Selection> next = new ArrayList<>();
                for (Selection prefix : crossed) {
                    next.addAll(replace(prefix, axis, leaves));
                }
                crossed = next;
            }
        }
        candidates.add(crossed);
        for (List<Selection> candidate : candidates) {
            if (candidate.size() == 1 && candidate.get(0).equals(s)) {
                continue;
            }
            // The parts in the cell's own row first (a row's "Cộng" adds up that row), else wherever the table shows
            // them first (a per-member totals row adds up the grand row's cells of that member).
            Optional<List<Placed>> usable = parts(index, cell.at().row(), cell.scope(), candidate)
                    .or(() -> parts(index, ANY_ROW, cell.scope(), candidate)).flatMap(p -> usable(p, declared));
            if (usable.isPresent()) {
                return usable;
            }
        }
        return Optional.empty();
    }

    /** The cells of every part, looked up in one row (or {@link #ANY_ROW}); empty when one has no cell. */
    private static Optional<List<Placed>> parts(Map<Key, Placed> index, int row, String scope, List<Selection> candidate) {
        List<Placed> found = new ArrayList<>();
        for (Selection part : candidate) {
            Placed p = index.get(new Key(row, scope, part));
            if (p == null) {
                return Optional.empty();
            }
            found.add(p);
        }
        return Optional.of(found);
    }

    /**
     * A sum is only live when none of its parts is undetermined, nor (unless {@code declared}: the check of what is
     * printed) a declared figure.
     */
    private static Optional<List<Placed>> usable(List<Placed> parts, boolean declared) {
        boolean determined = parts.stream().noneMatch(p -> p.figure().state() == Figure.State.UNDETERMINED
                || !declared && p.declared().isPresent());
        return determined && !parts.isEmpty() ? Optional.of(parts) : Optional.empty();
    }

    private static List<Selection> replace(Selection s, int axis, List<String> members) {
        List<Selection> out = new ArrayList<>();
        for (String m : members) {
            List<String> next = new ArrayList<>(s.members());
            next.set(axis, m);
            out.add(new Selection(next));
        }
        return out;
    }

    /** The next level under a member (the axis's top level for "all"); empty for a leaf. */
    private List<String> children(int axis, String member) {
        List<Member> members = member == null ? axes.axes().get(axis).members()
                : axes.member(axis, member).map(Member::members).orElse(List.of());
        return members.stream().map(m -> m.id().value()).toList();
    }

    private List<String> leavesUnder(int axis, String member) {
        if (member == null) {
            return axes.leaves(axis);
        }
        return axes.leaves(axis).stream().filter(leaf -> !leaf.equals(member) && axes.covers(axis, member, leaf))
                .toList();
    }
}
