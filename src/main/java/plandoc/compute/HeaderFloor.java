package plandoc.compute;

/**
 * The paper's header floor (docs/format.md, "Tables"): a figure column's header of {@link ColumnWidths.Words#PAIRED_WORDS}
 * words or more prints in at most half as many lines, as a text cell's words do ({@link ColumnWidths.Words#pairedRoom}):
 * 424's Phụ lục 01 printed its empty "Xã hội hóa" a word a line, "Xã / hội / hóa", beside a roomy "Dự kiến kết quả đạt
 * được" (s34 pages review 5); with the floor "Xã hội / hóa".
 *
 * <p>Bounded, as s36's unbounded floor was not: it narrowed tall-last-row's prose column from 34.8 % to 14.6 % of the
 * width to hold four money headers in two lines each, a row 143 mm tall (s37-pages). So a text column never gives
 * the floor more than its {@link #hold}, the width at which its tallest cell prints in the lines it prints without
 * the floor, and the table takes the floor only when it then prints in at most {@link #MOST_LINES_PER_HUNDRED}
 * lines more per hundred of its lines (header and body, {@link ColumnWidths.Needs#printedLines}).
 */
final class HeaderFloor {
    /** No floor: the widths the search gives (and the workbook's sheet takes). */
    static final HeaderFloor NONE = new HeaderFloor(new double[0]);
    /**
     * What the floor may cost a table, in lines per hundred it prints without it (counted as the PDF wraps). 424's
     * Phụ lục 01 pays 4 of its 89 counted lines for "Xã hội / hóa" (its PDF 107 lines to 111, the header's saved line
     * on each page set against the body's); tall-last-row's money headers would cost 8 of its 23 even with the
     * columns held, summary-by-year's "Ngân sách Trung ương" 4 of 8 (s37-pages).
     */
    static final int MOST_LINES_PER_HUNDRED = 5;

    /** The lines more a text column's tallest cell may print for the floor ({@link #hold}). */
    static final int LINES_MORE = 1;

    /** By column: the least a text column keeps under the floor (0 for a figure column); empty for {@link #NONE}. */
    private final double[] hold;

    private HeaderFloor(double[] hold) {
        this.hold = hold;
    }

    /**
     * The widths the PDF and the Word copy print: {@code width} (the search's, all the columns) with the floor
     * where a header needs it and the table can afford it, else {@code width} itself.
     */
    static double[] printed(ColumnWidths.Needs needs, int size, boolean wide, double available, double[] width) {
        int stacked = stacked(needs, size, width);
        if (stacked == 0) {
            return width;
        }
        int[] all = needs.allColumns();
        // The lines the table prints without the floor, its cells as the PDF wraps them: FewestLines counts a cell
        // in a little less room than it has, so that a width it chooses holds on paper, and at a width it did not
        // choose counts a line that the PDF does not print (summary-by-year's "Tổng cộng" in 22.7 mm).
        int[] printed = needs.printedLines(size, all, width, FewestLines.SLACK_MM);
        int lines = printed[0] + printed[1];
        for (int more : new int[] {LINES_MORE, 0}) {
            double[] hold = new double[width.length];
            for (int c : all) {
                hold[c] = ColumnWidths.isText(needs.columns.get(c)) ? hold(needs, c, size, wide, width[c], more) : 0;
            }
            double[] floored = needs.widths(size, wide, available, all, new HeaderFloor(hold));
            int[] after = needs.printedLines(size, all, floored, FewestLines.SLACK_MM);
            if (stacked(needs, size, floored) < stacked
                    && (after[0] + after[1] - lines) * 100 <= MOST_LINES_PER_HUNDRED * lines) {
                return floored;
            }
        }
        return width;
    }

    /**
     * The figure columns whose header of {@link ColumnWidths.Words#PAIRED_WORDS} words or more prints about a word a
     * line, more than {@link #give} allows it, at {@code width} (all the columns).
     */
    static int stacked(ColumnWidths.Needs needs, int size, double[] width) {
        int stacked = 0;
        for (int c = 0; c < needs.columns.size(); c++) {
            int words = ColumnWidths.words(needs.labels[c]);
            if (!ColumnWidths.isText(needs.columns.get(c)) && words >= ColumnWidths.Words.PAIRED_WORDS
                    && ColumnWidths.headerTextLines(needs.labels[c], width[c] - ColumnWidths.PRINT_WRAP_MM, size)
                    > (words + 1) / 2) {
                stacked++;
            }
        }
        return stacked;
    }

    /**
     * A text column's own need under the floor: the narrowest width, from its need up to {@code now}, at which its
     * tallest cell prints in no more lines than at {@code now}, so that the row it sets grows no taller for a header.
     */
    static double hold(ColumnWidths.Needs needs, int c, int size, boolean wide, double now, int more) {
        double narrow = Math.min(now, Math.max(needs.least(c, size), needs.need(c, size, wide)));
        // Its lines at {@code now} as the PDF prints them (FewestLines#SLACK_MM counted back), held as counted.
        int most = tallest(needs, c, size, now + FewestLines.SLACK_MM) + more;
        if (tallest(needs, c, size, narrow) <= most) {
            return narrow;
        }
        double wideEnough = now;
        while (wideEnough - narrow > 0.05) {
            double mid = (narrow + wideEnough) / 2;
            if (tallest(needs, c, size, mid) <= most) {
                wideEnough = mid;
            } else {
                narrow = mid;
            }
        }
        return wideEnough;
    }

    /** The lines of column {@code c}'s tallest body cell at {@code widthMm}. */
    private static int tallest(ColumnWidths.Needs needs, int c, int size, double widthMm) {
        int most = 0;
        double room = ColumnWidths.Words.room(widthMm, size);
        for (ColumnWidths.Words[] row : needs.words) {
            if (row[c] != null) {
                most = Math.max(most, row[c].lines(room));
            }
        }
        return most;
    }

    /**
     * Raises the figure columns among {@code of} whose header of {@link ColumnWidths.Words#PAIRED_WORDS} words or more
     * needs it to the width that prints it in at most half as many lines, each only while every text column can still
     * keep its {@link #hold} (and every column its need): {@code width}, the need and the fullest width with it.
     * Returns the width given; none for {@link #NONE}.
     */
    double give(ColumnWidths.Needs needs, int size, double available, int[] of, double[] width, double[] need,
                double[] full) {
        if (hold.length == 0) {
            return 0;
        }
        double needed = 0;
        for (int i = 0; i < of.length; i++) {
            needed += ColumnWidths.isText(needs.columns.get(of[i])) ? Math.max(width[i], Math.max(need[i], hold[of[i]]))
                    : width[i];
        }
        double given = 0;
        // A header's columns together ("Ngân sách Trung ương" under each year): all of them in fewer lines, or none,
        // so that the same header does not print in two ways side by side.
        java.util.Set<String> tried = new java.util.HashSet<>();
        for (int i = 0; i < of.length; i++) {
            String label = needs.labels[of[i]];
            int words = ColumnWidths.words(label);
            if (ColumnWidths.isText(needs.columns.get(of[i])) || words < ColumnWidths.Words.PAIRED_WORDS
                    || !tried.add(label)) {
                continue;
            }
            double[] paired = new double[of.length];
            double more = 0;
            for (int j = i; j < of.length; j++) {
                if (label.equals(needs.labels[of[j]]) && !ColumnWidths.isText(needs.columns.get(of[j]))) {
                    paired[j] = Math.max(width[j], needs.emptyWidth(of[j], size, (words + 1) / 2));
                    more += paired[j] - width[j];
                }
            }
            if (more == 0 || needed + more > available) {
                continue;
            }
            needed += more;
            given += more;
            for (int j = i; j < of.length; j++) {
                if (paired[j] > width[j]) {
                    width[j] = paired[j];
                    need[j] = Math.max(need[j], paired[j]);
                    full[j] = Math.max(full[j], paired[j]);
                }
            }
        }
        if (given > 0) {
            // The text columns keep their hold: the share never takes them below it (ColumnWidths.Needs#laidOut).
            for (int i = 0; i < of.length; i++) {
                if (ColumnWidths.isText(needs.columns.get(of[i]))) {
                    need[i] = Math.max(need[i], hold[of[i]]);
                }
            }
        }
        return given;
    }
}
