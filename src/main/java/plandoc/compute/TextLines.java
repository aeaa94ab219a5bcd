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
        double room = Math.max(roomMm, 1);
        double space = TextMeasure.mm(" ", sizePt, bold);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double line = -1; // nothing on the current line yet
            for (String word : SPACES.split(paragraph.strip())) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = TextMeasure.mm(word, sizePt, bold);
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
