package plandoc.compute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The check sheet's column widths, from what its cells say: the table's sheet ("Phụ lục 03") and the unit ("Triệu
 * đồng") on one line, the figures as wide as the widest figure, and the rest of the landscape page shared between the
 * row ("3. Triển khai mạng truyền số liệu chuyên dùng …"), the figure's words and the result, the share that makes
 * the rows least tall in all. With fixed widths (a 20-digit row column, a 19-digit result holding "Khớp") 424's long
 * item titles wrapped into 6–9 lines and its 63 rows took 18 printed pages, 3 rows on some (s27 tryout 6). The
 * headings read whole ({@link #headingDigits}).
 */
final class CheckColumns {
    /**
     * The widths in all, in digits of the default font: within the landscape page's 252 mm with a digit to spare, so
     * the sheet prints at full size as the others do (at 152 it was fitted to the page's width at about 78 %, its
     * 12 pt type under 10 pt: s22 tryout M1).
     */
    static final int PAGE_DIGITS = 118;
    /** The columns whose share of the page is chosen: the row, the figure's words and the result. */
    private static final int[] SHARED = {1, 2, 7};
    /** The title's row, one line of 13 pt bold that the viewer sizes itself. */
    private static final double TITLE_PT = SheetLayouts.ONE_LINE_PT * SheetLayouts.BANNER_PT / SheetLayouts.BODY_PT;

    private final List<String> heads;
    private final List<List<String>> rows;
    /** Each column's distinct texts, measured once: many rows print the same sheet, unit, figure words, result. */
    private final List<Map<String, TextLines.Measured>> measured = new ArrayList<>();

    private CheckColumns(List<String> heads, List<List<String>> rows) {
        this.heads = heads;
        this.rows = rows;
        for (int c = 0; c < heads.size(); c++) {
            Map<String, TextLines.Measured> texts = new HashMap<>();
            for (List<String> row : rows) {
                texts.computeIfAbsent(row.get(c), t -> TextLines.measured(t, SheetLayouts.BODY_PT, false));
            }
            measured.add(texts);
        }
    }

    /**
     * Each column's width in digits: {@code rows} the texts of each row's eight cells as printed, {@code figureMm}
     * the widest figure with its room.
     */
    static List<Integer> of(List<String> heads, List<List<String>> rows, double figureMm) {
        return new CheckColumns(heads, rows).widths(figureMm);
    }

    private List<Integer> widths(double figureMm) {
        int[] widths = new int[heads.size()];
        for (int c = 0; c < widths.length; c++) {
            int heading = headingDigits(c);
            // The sheet and the unit are a few words a reader takes in at a glance: whole, on one line.
            widths[c] = c == 0 || c == 3 ? Math.max(heading, digits(widestText(c)))
                    // The figure's room holds the cell's padding already.
                    : c >= 4 && c <= 6 ? Math.max(heading, (int) Math.ceil(figureMm / SheetLayouts.CHAR_MM))
                    : Math.max(heading, digits(widestWord(c)));
        }
        int fixed = 0;
        for (int c = 0; c < widths.length; c++) {
            fixed += isShared(c) ? 0 : widths[c];
        }
        int room = PAGE_DIGITS - fixed;
        int[] least = {widths[1], widths[2], widths[7]};
        int[] most = new int[SHARED.length];
        for (int s = 0; s < SHARED.length; s++) {
            // No wider than its longest text on one line, or its heading where that is longer: room left over
            // stays off the page rather than widening a column of short words.
            most[s] = Math.max(least[s], digits(Math.max(widestText(SHARED[s]),
                    TextMeasure.mm(heads.get(SHARED[s]), SheetLayouts.BODY_PT, true))));
        }
        if (rows.isEmpty()) {
            // Only the sentence saying there is nothing to check, across the sheet: the page's width for it.
            most[0] = Math.max(least[0], room - least[1] - least[2]);
        }
        int[] best = least.clone();
        long bestScore = Long.MAX_VALUE;
        Search search = new Search(widths, least, most, room);
        // Every share in whole digits, at most the page's width squared over two (some thousands): each scored from
        // line counts made once per distinct text and width, and given up once it scores worse than the best.
        for (int row = least[0]; row <= most[0]; row++) {
            for (int words = least[1]; words <= most[1]; words++) {
                int result = Math.min(most[2], room - row - words);
                if (result < least[2]) {
                    break;
                }
                long score = search.score(new int[] {row, words, result}, bestScore);
                // Ties go to the wider row column, then the wider words: the longest texts read on fewer lines.
                if (score <= bestScore) {
                    bestScore = score;
                    best = new int[] {row, words, result};
                }
            }
        }
        widths[1] = best[0];
        widths[2] = best[1];
        widths[7] = best[2];
        List<Integer> digits = new ArrayList<>();
        for (int w : widths) {
            digits.add(w);
        }
        return digits;
    }

    /**
     * The rows' line counts at every width the search tries: for each row, the most lines of its cells in the fixed
     * columns, and per shared column the lines at each width from its least to its most (an array shared by the rows
     * printing the same text).
     */
    private final class Search {
        private final int[] fixedLines;
        private final int[][][] sharedLines;
        private final int[] least;

        Search(int[] widths, int[] least, int[] most, int room) {
            this.least = least;
            fixedLines = new int[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                int tallest = 1;
                for (int c = 0; c < widths.length; c++) {
                    tallest = isShared(c) ? tallest : Math.max(tallest, lines(c, rows.get(r).get(c), widths[c]));
                }
                fixedLines[r] = tallest;
            }
            sharedLines = new int[SHARED.length][rows.size()][];
            for (int s = 0; s < SHARED.length; s++) {
                Map<String, int[]> byText = new HashMap<>();
                for (int r = 0; r < rows.size(); r++) {
                    int column = SHARED[s];
                    int from = least[s];
                    // No wider than the others at their least leave it: the search never tries more.
                    int to = Math.min(most[s], Math.max(from, room - least[0] - least[1] - least[2] + from));
                    sharedLines[s][r] = byText.computeIfAbsent(rows.get(r).get(column), text -> {
                        int[] counts = new int[to - from + 1];
                        for (int d = 0; d < counts.length; d++) {
                            counts[d] = lines(column, text, from + d);
                        }
                        return counts;
                    });
                }
            }
        }

        /**
         * The printed pages, then the lines in all, of the rows at the shared columns' {@code shares}: each row as
         * tall as its tallest cell, rows filling a page under the title and the headings, which repeat, as a
         * spreadsheet breaks them. Fewest lines alone gave 424 a page more than it needed. Above {@code bound} (the
         * best so far, which it cannot come back under) it stops counting and says so with the largest score.
         */
        long score(int[] shares, long bound) {
            double room = PageBreaks.PRINTABLE_PT - PageBreaks.SLACK_PT - TITLE_PT
                    - SheetLayouts.height(2, SheetLayouts.BODY_PT);
            long total = 0;
            int pages = 1;
            double used = 0;
            for (int r = 0; r < rows.size(); r++) {
                int tallest = fixedLines[r];
                for (int s = 0; s < SHARED.length; s++) {
                    tallest = Math.max(tallest, sharedLines[s][r][shares[s] - least[s]]);
                }
                total += tallest;
                double pt = tallest > 1 ? SheetLayouts.height(tallest, SheetLayouts.BODY_PT) : SheetLayouts.ONE_LINE_PT;
                if (used > 0 && used + pt > room) {
                    pages++;
                    used = 0;
                }
                used += pt;
                if (pages * 1_000_000L + total > bound) {
                    return Long.MAX_VALUE;
                }
            }
            return pages * 1_000_000L + total;
        }
    }

    /** The lines of {@code text}, one of the column's, at {@code digits}. */
    private int lines(int column, String text, int digits) {
        return measured.get(column).get(text).lines(digits * SheetLayouts.CHAR_MM - SheetLayouts.CELL_PADDING_MM);
    }

    /**
     * The fewest digits in which the column's heading reads whole: a heading of up to three syllables on one line
     * ("Chênh lệch", "Đơn vị tính": "Chênh / lệch" splits a word, s23 tryout L4), a longer one in two lines ("Số ghi
     * trong / văn bản"), which the header row takes in any case.
     */
    private int headingDigits(int column) {
        String heading = heads.get(column);
        int digits = digits(widestWord(List.of(heading), true));
        int lines = heading.strip().split("\\s+").length <= 3 ? 1 : 2;
        while (count(heading, digits, true) > lines) {
            digits++;
        }
        return digits;
    }

    private double widestText(int column) {
        double widest = 0;
        for (String text : measured.get(column).keySet()) {
            widest = Math.max(widest, TextMeasure.mm(text, SheetLayouts.BODY_PT, false));
        }
        return widest;
    }

    private double widestWord(int column) {
        return widestWord(measured.get(column).keySet(), false);
    }

    private static double widestWord(java.util.Collection<String> texts, boolean bold) {
        double widest = 0;
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                widest = Math.max(widest, TextMeasure.mm(word, SheetLayouts.BODY_PT, bold));
            }
        }
        return widest;
    }

    private static boolean isShared(int column) {
        for (int s : SHARED) {
            if (s == column) {
                return true;
            }
        }
        return false;
    }

    /** The digits a column needs to hold {@code mm} of text besides its padding. */
    private static int digits(double mm) {
        return (int) Math.ceil((mm + SheetLayouts.CELL_PADDING_MM) / SheetLayouts.CHAR_MM);
    }

    private static int count(String text, int digits, boolean bold) {
        return SheetLayouts.lines(List.of(text), List.of(digits * SheetLayouts.CHAR_MM), bold);
    }
}
