package plandoc.compute;

import java.util.regex.Pattern;

/**
 * The lines a cell's text takes in a column of a given width, wrapped at its spaces with Liberation Serif's
 * advance widths ({@link TextMeasure}, the metrics of Times New Roman), as a spreadsheet wraps a cell: a word
 * longer than the line breaks between its letters. For the rows that must be sized before any
 * layout engine has seen it (the workbook's row heights, {@link SheetLayouts}), from the same widths the columns were
 * made with.
 */
final class TextLines {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextLines() {
    }

    /**
     * The lines of {@code text} (each line break starting a new one) in {@code roomMm} of text width at
     * {@code sizePt}, bold or regular; at least one.
     */
    static int count(String text, double roomMm, double sizePt, boolean bold) {
        return measured(text, sizePt, bold).lines(roomMm);
    }

    /** {@code text}'s words measured once, to be wrapped at many widths (the check sheet's search, CheckColumns). */
    static Measured measured(String text, double sizePt, boolean bold) {
        String[] paragraphs = text.split("\n", -1);
        double[][] words = new double[paragraphs.length][];
        for (int p = 0; p < paragraphs.length; p++) {
            // Arrays, not a stream: once per table cell on every check (issue 17).
            String[] split = SPACES.split(paragraphs[p].strip());
            double[] measured = new double[split.length];
            int n = 0;
            for (String w : split) {
                if (!w.isEmpty()) {
                    measured[n++] = TextMeasure.mm(w, sizePt, bold);
                }
            }
            words[p] = n == measured.length ? measured : java.util.Arrays.copyOf(measured, n);
        }
        return new Measured(words, TextMeasure.mm(" ", sizePt, bold));
    }

    /** A text's paragraphs as the widths of their words, and the width of a space. */
    record Measured(double[][] words, double space) {
        /** The lines in {@code roomMm} of text width; at least one. */
        int lines(double roomMm) {
            double room = Math.max(roomMm, 1);
            int lines = 0;
            for (double[] paragraph : words) {
                lines++;
                double line = -1; // nothing on the current line yet
                for (double width : paragraph) {
                    double w = width;
                    if (line >= 0 && line + space + w <= room) {
                        line += space + w;
                        continue;
                    }
                    if (line >= 0) {
                        lines++;
                    }
                    // A word wider than the line fills whole lines, its rest starting the next.
                    while (w > room) {
                        lines++;
                        w -= room;
                    }
                    line = w;
                }
            }
            return Math.max(lines, 1);
        }
    }
}
