package plandoc.compute;

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
 * <p>Local search from the widths the text's share gave: move a step of width from one text column to another
 * while the table's lines fall, steps from 8 mm down to 0.5 mm. Lines are counted as {@link TextLines} wraps
 * words, with {@link #SLACK_MM} less room than the cell has, so a width chosen at a wrap point does not print
 * a line more than counted. A long table is judged on at most {@link #MOST_ROWS} rows spread over it.
 */
final class FewestLines {
    /** Room kept free in a cell: openhtmltopdf wraps a little sooner than the advance widths add up. */
    static final double SLACK_MM = 1.0;
    static final int MOST_ROWS = 200;
    private static final double[] STEPS_MM = {8, 4, 2, 1, 0.5};

    private final ColumnWidths.Needs needs;
    private final int size;
    private final int[] columns;
    private final int[] rows;
    private final List<Map<Double, int[]>> lines;

    private FewestLines(ColumnWidths.Needs needs, int size, int[] columns) {
        this.needs = needs;
        this.size = size;
        this.columns = columns;
        int stride = Math.max(1, (needs.rows + MOST_ROWS - 1) / MOST_ROWS);
        this.rows = new int[(needs.rows + stride - 1) / stride];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = r * stride;
        }
        this.lines = new java.util.ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            lines.add(new HashMap<>());
        }
    }

    /**
     * Moves width between the text columns {@code text} (indices into {@code width}, columns {@code of}) while
     * the table's lines fall, none below {@code least}.
     */
    static void share(ColumnWidths.Needs needs, int size, int[] of, double[] width, double[] least) {
        int[] text = java.util.stream.IntStream.range(0, of.length).filter(i -> ColumnWidths.isText(needs.columns.get(of[i])))
                .toArray();
        if (text.length < 2 || needs.rows == 0) {
            return;
        }
        int[] columns = new int[text.length];
        double[] w = new double[text.length];
        double[] floor = new double[text.length];
        for (int k = 0; k < text.length; k++) {
            columns[k] = of[text[k]];
            w[k] = width[text[k]];
            floor[k] = least[text[k]];
        }
        new FewestLines(needs, size, columns).climb(w, floor);
        for (int k = 0; k < text.length; k++) {
            width[text[k]] = w[k];
        }
    }

    private void climb(double[] w, double[] floor) {
        int best = total(w);
        for (double step : STEPS_MM) {
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int from = 0; from < w.length; from++) {
                    for (int to = 0; to < w.length; to++) {
                        if (from == to || w[from] - step < floor[from] - 1e-9) {
                            continue;
                        }
                        w[from] -= step;
                        w[to] += step;
                        int lines = total(w);
                        if (lines < best) {
                            best = lines;
                            moved = true;
                        } else {
                            w[from] += step;
                            w[to] -= step;
                        }
                    }
                }
            }
        }
    }

    /** The lines of the counted rows, each as many as its tallest text cell, and of the header's text cells. */
    private int total(double[] w) {
        int[][] at = new int[w.length][];
        int header = 1;
        for (int k = 0; k < w.length; k++) {
            at[k] = linesAt(k, w[k]);
            header = Math.max(header, ColumnWidths.headerTextLines(needs.labels[columns[k]], w[k], size));
        }
        int sum = header;
        for (int r = 0; r < rows.length; r++) {
            int tallest = 1;
            for (int[] column : at) {
                tallest = Math.max(tallest, column[r]);
            }
            sum += tallest;
        }
        return sum;
    }

    private int[] linesAt(int k, double widthMm) {
        return lines.get(k).computeIfAbsent(Math.round(widthMm * 1000) / 1000.0, width -> {
            int c = columns[k];
            double room = (width - ColumnWidths.PADDING_MM - SLACK_MM) / (size * TextMeasure.MM_PER_PT);
            int[] out = new int[rows.length];
            for (int r = 0; r < rows.length; r++) {
                ColumnWidths.Words words = needs.words.get(rows[r])[c];
                out[r] = words == null ? 0 : words.lines(room);
            }
            return out;
        });
    }
}
