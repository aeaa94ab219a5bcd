package plandoc.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a table's text width among its text columns so that its rows print in the fewest lines: a row is as
 * tall as its tallest cell, so width a short column ("Đơn vị chủ trì", "Thời gian") holds beyond what its own
 * cells need beside the row's description is width the description wraps without (s22-widths,
 * docs/benchmarks.md). Each column keeps at least its need (its longest word: no word breaks); figure columns
 * are not touched.
 *
 * <p>Local search from the widths the text's share gave: move width from one text column to another while the
 * table's lines fall ({@link #climb}). Lines are counted as {@link TextLines} wraps words, with {@link #SLACK_MM} less room than the cell has, so a width chosen at a wrap point does not print
 * a line more than counted. A long table is judged on at most {@link #MOST_ROWS} rows spread over it.
 */
final class FewestLines {
    /** Room kept free in a cell: openhtmltopdf wraps a little sooner than the advance widths add up. */
    static final double SLACK_MM = 1.0;
    static final int MOST_ROWS = 200;
    private static final double STEP_MM = 0.5;
    /** The most lines a text column's header is narrowed to. */
    static final int HEADER_LINES = 3;
    /** A bound on the moves, each saving at least a line: far above what the bundled tables take. */
    private static final int MOST_MOVES = 400;
    /** Above what the cells of any table read broken ({@link #score}): the table's lines come first. */
    private static final double LINE_SCORE = 1e6;
    /** A header ending on a lone word: only to choose between widths that read alike otherwise. */
    private static final double HEADER_LONE_WORD = 0.05;

    private final ColumnWidths.Needs needs;
    private final int size;
    private final int[] columns;
    private final int[] rows;
    private final List<Map<Double, Column>> lines;
    private final int headerFloor;

    private FewestLines(ColumnWidths.Needs needs, int size, int[] columns, int headerFloor) {
        this.needs = needs;
        this.headerFloor = headerFloor;
        this.size = size;
        this.columns = columns;
        int stride = Math.max(1, (needs.rows + MOST_ROWS - 1) / MOST_ROWS);
        this.rows = new int[(needs.rows + stride - 1) / stride];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r * stride;
        }
        this.lines = new ArrayList<>();
        for (int column : columns) {
            lines.add(needs.counted.of(size, column));
        }
    }

    /**
     * The text columns of one table already counted at a width, by type size and column: what a {@link Column} holds
     * depends on nothing else, so the table's layouts (up to three a size, {@link ColumnWidths.Needs#widths}) and
     * its column parts count each width once.
     */
    static final class Counted {
        private final Map<Long, Map<Double, Column>> columns = new HashMap<>();

        private Map<Double, Column> of(int size, int column) {
            return columns.computeIfAbsent(((long) size << 32) | column, key -> new HashMap<>());
        }
    }

    /**
     * Moves width between the text columns among {@code of} (their widths in {@code width}, same order) while
     * the table's lines fall, none below {@code least}.
     */
    static void share(ColumnWidths.Needs needs, int size, int[] of, double[] width, double[] least) {
        int[] text = java.util.stream.IntStream.range(0, of.length).filter(i -> ColumnWidths.isText(needs.columns.get(of[i])))
                .toArray();
        if (text.length < 2 || needs.rows == 0) {
            return;
        }
        // The header is as tall as its figure columns' headers make it, under their group rows, whatever the
        // text columns do (a text header spans the header's rows): lines a text header saves below that are none.
        int headerFloor = needs.headerRows;
        for (int i = 0; i < of.length; i++) {
            if (!ColumnWidths.isText(needs.columns.get(of[i]))) {
                headerFloor = Math.max(headerFloor,
                        ColumnWidths.headerTextLines(needs.labels[of[i]], width[i], size) + needs.headerRows - 1);
            }
        }
        int[] columns = new int[text.length];
        double[] start = new double[text.length];
        double[] words = new double[text.length];
        double[] paired = new double[text.length];
        for (int k = 0; k < text.length; k++) {
            columns[k] = of[text[k]];
            start[k] = width[text[k]];
            words[k] = headerFloor(needs.labels[of[text[k]]], least[text[k]], start[k], size);
            paired[k] = Math.max(words[k], pairedFloor(needs, columns[k], size));
        }
        FewestLines lines = new FewestLines(needs, size, columns, headerFloor);
        // The climb is greedy, so where it starts matters: from the text's share raised to the floors, and from
        // the fewest lines without the pairs' floor raised to them (tall-last-row's short column stopped 11 mm
        // wide of its floor from the first alone, the long title two lines taller). The one in fewer lines wins.
        double[] direct = start.clone();
        double[] directFloor = paired.clone();
        raiseToFloors(direct, directFloor);
        lines.climb(direct, directFloor);
        double[] after = start.clone();
        lines.climb(after, words.clone());
        double[] afterFloor = paired.clone();
        raiseToFloors(after, afterFloor);
        lines.climb(after, afterFloor);
        boolean fromAfter = lines.total(after) < lines.total(direct);
        double[] w = fromAfter ? after : direct;
        lines.even(w, fromAfter ? afterFloor : directFloor);
        for (int k = 0; k < text.length; k++) {
            width[text[k]] = w[k];
        }
    }

    /**
     * The narrowest a text column may get: its need, and room for its header in {@link #HEADER_LINES} lines, so that
     * a short column's header does not print a word per line ("Đơn / vị / chủ / trì", s22 tryout H2), though the
     * figure columns' headers are taller anyway; never above the width the column has now.
     */
    private static double headerFloor(String label, double least, double now, int size) {
        if (headerLines(label, least, size) <= HEADER_LINES || now <= least) {
            return least;
        }
        if (headerLines(label, now, size) > HEADER_LINES) {
            return now;
        }
        double narrow = least;
        double wide = now;
        while (wide - narrow > 0.05) {
            double mid = (narrow + wide) / 2;
            if (headerLines(label, mid, size) <= HEADER_LINES) {
                wide = mid;
            } else {
                narrow = mid;
            }
        }
        return wide;
    }

    /**
     * The narrowest column {@code c} may get so that none of its cells prints a word per line
     * ({@link ColumnWidths.Words#pairedRoom}): a short column narrowed to its longest word stacked "Các / cơ / quan
     * / liên / quan" beside a taller description (s22-widths; s23-cols, docs/benchmarks.md).
     */
    private static double pairedFloor(ColumnWidths.Needs needs, int c, int size) {
        double room = 0;
        for (ColumnWidths.Words[] row : needs.words) {
            if (row[c] != null) {
                room = Math.max(room, row[c].pairedRoom());
            }
        }
        return room == 0 ? 0 : room * size * TextMeasure.MM_PER_PT + ColumnWidths.PADDING_MM + SLACK_MM;
    }

    /**
     * Widens each column below its floor with width from the others' room above theirs, in proportion to that
     * room: the text's share may have left a short column narrower than its cells' pairs of words. A floor the
     * others cannot pay for is lowered to the width the column gets.
     */
    private static void raiseToFloors(double[] w, double[] floor) {
        double lacking = 0;
        double room = 0;
        for (int k = 0; k < w.length; k++) {
            lacking += Math.max(0, floor[k] - w[k]);
            room += Math.max(0, w[k] - floor[k]);
        }
        if (lacking == 0) {
            return;
        }
        double paid = Math.min(1, room / lacking);
        double share = Math.min(1, lacking / Math.max(room, 1e-9));
        for (int k = 0; k < w.length; k++) {
            if (w[k] < floor[k]) {
                w[k] += (floor[k] - w[k]) * paid;
                floor[k] = w[k];
            } else {
                w[k] -= (w[k] - floor[k]) * share;
            }
        }
    }

    /** A header's lines at a width, with the room kept free in every cell ({@link #SLACK_MM}). */
    private static int headerLines(String label, double width, int size) {
        return ColumnWidths.headerTextLines(label, width - SLACK_MM, size);
    }

    /**
     * Greedy: the move of width from one column to another that saves the most lines per millimetre, until none
     * saves a line. Steps up to the whole spare of a column cross the plateaus where a column's cells need
     * several millimetres more before any of them loses a line (fixed steps of 8 mm down to 0.5 mm stalled
     * there: the bundled tables printed 7 lines more).
     */
    private void climb(double[] w, double[] floor) {
        descend(w, floor, this::total);
    }

    /**
     * Moves width from one column to another, the move that lowers {@code cost} the most per millimetre first, until
     * none lowers it: the one search {@link #climb} (the table's lines) and {@link #even} (how broken its cells read)
     * both make.
     */
    private void descend(double[] w, double[] floor, java.util.function.ToDoubleFunction<double[]> cost) {
        double best = cost.applyAsDouble(w);
        for (int round = 0; round < MOST_MOVES; round++) {
            double bestRate = 0;
            double bestCost = best;
            int moveFrom = -1;
            int moveTo = -1;
            double moveStep = 0;
            for (int from = 0; from < w.length; from++) {
                double spare = w[from] - floor[from];
                for (int to = 0; to < w.length; to++) {
                    if (from == to) {
                        continue;
                    }
                    for (double step : steps(spare)) {
                        w[from] -= step;
                        w[to] += step;
                        double moved = cost.applyAsDouble(w);
                        w[from] += step;
                        w[to] -= step;
                        double rate = (best - moved) / step;
                        if (moved < best - 1e-9 && rate > bestRate + 1e-9) {
                            bestRate = rate;
                            bestCost = moved;
                            moveFrom = from;
                            moveTo = to;
                            moveStep = step;
                        }
                    }
                }
            }
            if (moveFrom < 0) {
                return;
            }
            w[moveFrom] -= moveStep;
            w[moveTo] += moveStep;
            best = bestCost;
        }
    }

    /** The steps tried from a column with {@code spare} mm above its floor: from 0.5 mm, each half as large again, and all of it. */
    private static double[] steps(double spare) {
        List<Double> steps = new ArrayList<>();
        for (double step = STEP_MM; step < spare - 1e-9; step *= 1.5) {
            // Rounded to half millimetres, but never past the spare: a column keeps its longest word (s22 re-read L1).
            steps.add(Math.min(Math.round(step * 2) / 2.0, spare));
        }
        if (spare >= STEP_MM) {
            steps.add(spare);
        }
        return steps.stream().distinct().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Evens the cells out once the table's lines are fewest: moves width between the text columns while the cells'
     * own lines, and their last lines holding a lone word, fall and the table's lines do not rise. A row as tall as
     * three of its cells left every other cell's breaks to the text's share: the s23 tryout's task table printed
     * "Sở Khoa / học và Công / nghệ" and "Rà soát quy trình / xử lý văn bản điện / tử" while "Cơ quan phối hợp" had
     * room, since no single move could bring the row's three tallest cells to two lines (s24-cols, docs/benchmarks.md).
     */
    private void even(double[] w, double[] floor) {
        descend(w, floor, this::score);
    }

    /** The table's lines ({@link #total}) first, then how broken its cells read ({@link Column#broken}). */
    private double score(double[] w) {
        double broken = 0;
        for (int k = 0; k < w.length; k++) {
            broken += linesAt(k, w[k]).broken();
        }
        return total(w) * LINE_SCORE + broken;
    }

    /** The lines of the counted rows, each as many as its tallest text cell, and of the header. */
    private int total(double[] w) {
        Column[] at = new Column[w.length];
        int header = headerFloor;
        for (int k = 0; k < w.length; k++) {
            at[k] = linesAt(k, w[k]);
            header = Math.max(header, at[k].header());
        }
        int sum = header;
        for (int r = 0; r < rows.length; r++) {
            int tallest = 1;
            for (Column column : at) {
                tallest = Math.max(tallest, column.lines()[r]);
            }
            sum += tallest;
        }
        return sum;
    }

    /**
     * A text column at one width: its lines in each counted row, its header's lines, and how broken its cells read
     * (their {@link ColumnWidths.Words#breaksPerWord}, and a little for a header ending on a lone word, "Cơ quan chủ /
     * trì").
     */
    private record Column(int[] lines, int header, double broken) {
    }

    /** Column {@code k} at {@code widthMm}. */
    private Column linesAt(int k, double widthMm) {
        return lines.get(k).computeIfAbsent(Math.round(widthMm * 1000) / 1000.0, width -> {
            int c = columns[k];
            double room = ColumnWidths.Words.room(width, size);
            double slack = SLACK_MM / (size * TextMeasure.MM_PER_PT);
            int[] out = new int[rows.length];
            double broken = ColumnWidths.headerEndsOnALoneWord(needs.labels[c], width - SLACK_MM, size) ? HEADER_LONE_WORD : 0;
            for (int r = 0; r < rows.length; r++) {
                ColumnWidths.Words words = needs.words.get(rows[r])[c];
                out[r] = words == null ? 0 : words.lines(room);
                broken += words == null ? 0 : words.breaksPerWord(room, slack);
            }
            return new Column(out, ColumnWidths.headerTextLines(needs.labels[c], width, size), broken);
        });
    }
}
