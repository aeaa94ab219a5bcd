package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

/**
 * Column widths from the content, so a printed table is as short as its text allows and never wider
 * than the text area (docs/format.md, "Bảng: độ rộng cột").
 *
 * <p>Each column first gets its minimum: figures and numbers whole (they never wrap), a text column
 * its longest word up to {@link #LONGEST_WORD} characters (longer words break inside the cell), and
 * room for its own header in at most {@link #HEADER_LINES} lines. The rest of the width goes to the
 * text columns in proportion to how much text they hold on average, never beyond their longest cell.
 * A table whose minimums exceed the 165 mm of a portrait page is printed landscape (252 mm); beyond
 * that the widths are scaled down to fit and long words break.
 *
 * <p>Widths are estimated from character counts of Times New Roman at 12 pt (about 1.95 mm a
 * character, figures 2.1 mm) plus the cell padding; the renderer only places the percentages.
 */
public final class ColumnWidths {

    static final double PORTRAIT_MM = 165;
    static final double LANDSCAPE_MM = 252;
    static final int LONGEST_WORD = 16;
    static final int HEADER_LINES = 3;
    /** Times New Roman at 12 pt: an average lower-case letter, a capital, a figure, punctuation. */
    private static final double CHAR_MM = 2.1;
    private static final double CAPITAL_MM = 2.75;
    private static final double FIGURE_MM = 2.12;
    private static final double PUNCTUATION_MM = 1.06;
    /** 2 pt of padding each side and the rule (pdf.css), with a little to spare. */
    private static final double PADDING_MM = 2.2;
    private static final double BOLD = 1.1;

    private ColumnWidths() {
    }

    /** The table with its widths, and landscape when its columns cannot fit a portrait page. */
    public static TableView apply(TableView table) {
        List<ColumnView> columns = table.columns();
        int n = columns.size();
        double[] min = new double[n];
        double[] volume = new double[n];
        double[] longest = new double[n];
        for (int c = 0; c < n; c++) {
            min[c] = headerMinimum(leafLabel(columns.get(c).label()));
        }
        int rows = 0;
        for (RowView row : table.rows()) {
            int c = 0;
            rows++;
            for (CellView cell : row.cells()) {
                if (c >= n) {
                    break;
                }
                if (cell.colspan() == 1) {
                    String text = cell.plain();
                    boolean whole = !columns.get(c).role().equals("title") && !columns.get(c).role().equals("text");
                    min[c] = Math.max(min[c], whole ? figureWidth(text) : wordWidth(text));
                    volume[c] += text.length();
                    longest[c] = Math.max(longest[c], textWidth(text));
                }
                c += cell.colspan();
            }
        }
        double sumMin = 0;
        for (double m : min) {
            sumMin += m;
        }
        boolean wide = table.wide() || sumMin > PORTRAIT_MM;
        double available = wide ? LANDSCAPE_MM : PORTRAIT_MM;
        double[] width = min.clone();
        double spare = available - sumMin;
        // Hand out the spare width to text columns by their text volume, never beyond their longest cell.
        for (int round = 0; round < 4 && spare > 0.5; round++) {
            double weights = 0;
            for (int c = 0; c < n; c++) {
                if (isText(columns.get(c)) && width[c] < longest[c]) {
                    weights += Math.max(volume[c] / Math.max(rows, 1), 1);
                }
            }
            if (weights == 0) {
                break;
            }
            double given = 0;
            for (int c = 0; c < n; c++) {
                if (isText(columns.get(c)) && width[c] < longest[c]) {
                    double share = spare * Math.max(volume[c] / Math.max(rows, 1), 1) / weights;
                    double add = Math.min(share, longest[c] - width[c]);
                    width[c] += add;
                    given += add;
                }
            }
            spare -= given;
        }
        double total = 0;
        for (double w : width) {
            total += w;
        }
        List<String> percent = new ArrayList<>();
        for (double w : width) {
            percent.add(String.format(Locale.ROOT, "%.2f%%", 100 * w / total));
        }
        return new TableView(table.id(), table.kind(), table.unitLine(), table.columns(), table.header(), table.rows(),
                table.notes(), wide, percent, table.sums());
    }

    private static boolean isText(ColumnView column) {
        return column.role().equals("title") || column.role().equals("text");
    }

    /** The header text of the column's own (lowest) header cell. */
    private static String leafLabel(String label) {
        int at = label.lastIndexOf(" - ");
        return at < 0 ? label : label.substring(at + 3);
    }

    private static double headerMinimum(String header) {
        // Headers print bold: a little wider than body text.
        double words = (wordWidth(header) - PADDING_MM) * BOLD + PADDING_MM;
        double lines = width(header) * BOLD / HEADER_LINES + PADDING_MM;
        return Math.max(words, lines);
    }

    private static double wordWidth(String text) {
        double longest = 0;
        for (String word : text.split("\\s+")) {
            String kept = word.codePointCount(0, word.length()) > LONGEST_WORD
                    ? word.substring(0, word.offsetByCodePoints(0, LONGEST_WORD)) : word;
            longest = Math.max(longest, width(kept));
        }
        return longest + PADDING_MM;
    }

    /** Figures never wrap: the longest line whole. */
    private static double figureWidth(String text) {
        return textWidth(text);
    }

    private static double textWidth(String text) {
        double longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, width(line));
        }
        return longest + PADDING_MM;
    }

    private static double width(String text) {
        return text.codePoints().mapToDouble(c -> Character.isDigit(c) ? FIGURE_MM
                : Character.isUpperCase(c) ? CAPITAL_MM
                : Character.isLetter(c) ? CHAR_MM
                : PUNCTUATION_MM).sum();
    }
}
