package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The money of one row (a budget item, or a group's unallocated part) as far as its inputs fix it.
 * Given by cells, every cell is known; given as independent breakdowns ({@code split}), the
 * per-axis shares are known and a crossed cell only when budget-shapes rule 7 determines it.
 *
 * @param cells   known cells (absent = no money in that cell); meaningful when {@code crossed}
 * @param crossed whether {@code cells} are the row's cells (given as amounts)
 * @param shares  per axis: leaf member → the row's money under it
 * @param total   the row's total, empty when it has no money at all
 */
public record RowMoney(Map<CellKey, BigDecimal> cells, boolean crossed, List<Map<String, BigDecimal>> shares,
                       Optional<BigDecimal> total) {
    public static final RowMoney NONE_ZERO_AXES = new RowMoney(Map.of(), true, List.of(), Optional.empty());

    public RowMoney {
        cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        shares = shares.stream().map(m -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))).toList();
    }

    /** A row with no money (blank cells, blank total). */
    public static RowMoney none(int axes) {
        List<Map<String, BigDecimal>> shares = new ArrayList<>();
        for (int i = 0; i < axes; i++) {
            shares.add(Map.of());
        }
        return new RowMoney(Map.of(), true, shares, Optional.empty());
    }

    /** A row given cell by cell. */
    public static RowMoney ofCells(Map<CellKey, BigDecimal> cells, int axes) {
        List<Map<String, BigDecimal>> shares = new ArrayList<>();
        for (int i = 0; i < axes; i++) {
            Map<String, BigDecimal> share = new LinkedHashMap<>();
            for (var e : cells.entrySet()) {
                share.merge(e.getKey().member(i), e.getValue(), BigDecimal::add);
            }
            shares.add(share);
        }
        Optional<BigDecimal> total = cells.values().stream().reduce(BigDecimal::add);
        return new RowMoney(cells, true, shares, total);
    }

    /** A row given as one breakdown per axis, each adding up to {@code total}. */
    public static RowMoney ofShares(List<Map<String, BigDecimal>> shares, BigDecimal total) {
        return new RowMoney(new HashMap<>(), false, shares, Optional.of(total));
    }

    /** The same money moved {@code shift} decimal places: an exact change of unit (tỷ → triệu is 3). */
    public RowMoney scaled(int shift) {
        if (shift == 0) {
            return this;
        }
        Map<CellKey, BigDecimal> movedCells = new LinkedHashMap<>();
        cells.forEach((k, v) -> movedCells.put(k, v.movePointRight(shift)));
        List<Map<String, BigDecimal>> movedShares = new ArrayList<>();
        for (Map<String, BigDecimal> share : shares) {
            Map<String, BigDecimal> moved = new LinkedHashMap<>();
            share.forEach((k, v) -> moved.put(k, v.movePointRight(shift)));
            movedShares.add(moved);
        }
        return new RowMoney(movedCells, crossed, movedShares, total.map(t -> t.movePointRight(shift)));
    }

    /**
     * The range a crossed cell can take when the inputs do not fix it (budget-shapes rule 9): with
     * shares a and b of a total T, from max(0, a+b−T) to min(a, b). Only for two constrained axes.
     */
    public Optional<BigDecimal[]> range(Selection selection, AxisLayout layout) {
        Figure exact = figure(selection, layout);
        if (exact.state() != Figure.State.UNDETERMINED) {
            BigDecimal v = exact.orZero();
            return Optional.of(new BigDecimal[] {v, v});
        }
        if (selection.constrainedAxes() != 2 || total.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal[] parts = new BigDecimal[2];
        int found = 0;
        for (int axis = 0; axis < selection.members().size(); axis++) {
            if (selection.member(axis) != null) {
                parts[found++] = shareUnder(axis, selection.member(axis), layout).orZero();
            }
        }
        BigDecimal low = parts[0].add(parts[1]).subtract(total.get()).max(BigDecimal.ZERO);
        return Optional.of(new BigDecimal[] {low, parts[0].min(parts[1])});
    }

    /** This row's part of a selection. */
    public Figure figure(Selection selection, AxisLayout layout) {
        if (total.isEmpty()) {
            return Figure.BLANK;
        }
        int constrained = selection.constrainedAxes();
        if (constrained == 0) {
            return Figure.of(total.get());
        }
        if (constrained == 1 || crossed) {
            if (constrained == 1) {
                int axis = 0;
                while (selection.member(axis) == null) {
                    axis++;
                }
                return shareUnder(axis, selection.member(axis), layout);
            }
            List<Figure> parts = new ArrayList<>();
            for (var e : cells.entrySet()) {
                if (matches(e.getKey(), selection, layout)) {
                    parts.add(Figure.of(e.getValue()));
                }
            }
            return Figure.sum(parts);
        }
        List<Figure> parts = new ArrayList<>();
        for (CellKey key : layout.cells()) {
            if (matches(key, selection, layout)) {
                parts.add(determined(key));
            }
        }
        return Figure.sum(parts);
    }

    private Figure shareUnder(int axis, String member, AxisLayout layout) {
        List<Figure> parts = new ArrayList<>();
        shares.get(axis).forEach((leaf, amount) -> {
            if (layout.covers(axis, member, leaf)) {
                parts.add(Figure.of(amount));
            }
        });
        return Figure.sum(parts);
    }

    /** Budget-shapes rule 7: a crossed cell of a split row. */
    private Figure determined(CellKey key) {
        BigDecimal t = total.orElseThrow();
        int atTotal = 0;
        BigDecimal remaining = null;
        for (int axis = 0; axis < key.members().size(); axis++) {
            BigDecimal share = shares.get(axis).get(key.member(axis));
            if (share == null || share.signum() == 0) {
                return Figure.BLANK;
            }
            if (share.compareTo(t) == 0) {
                atTotal++;
            } else {
                remaining = share;
            }
        }
        int axes = key.members().size();
        if (atTotal == axes) {
            return Figure.of(t);
        }
        return atTotal == axes - 1 ? Figure.of(remaining) : Figure.UNDETERMINED;
    }

    private static boolean matches(CellKey key, Selection selection, AxisLayout layout) {
        for (int axis = 0; axis < key.members().size(); axis++) {
            String wanted = selection.member(axis);
            if (wanted != null && !layout.covers(axis, wanted, key.member(axis))) {
                return false;
            }
        }
        return true;
    }
}
