package plandoc.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import plandoc.compute.ColumnWidths;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of a printed data table, in millimetres of the table's width.
 *
 * <p>compute.ColumnWidths gives each column its share of the text width as a percentage ("4.97%"), which a
 * browser honours. openhtmltopdf keeps a percentage as a whole number ({@code CalculatedStyle.asLength} casts it
 * to an int) and its fixed table layout spreads the lost fractions equally over all columns: 4.97 % printed as
 * 4 % plus a share, and 424's narrow money columns came out up to 1.2 mm narrower than computed, their figures
 * against the rules. On paper each column is given its share as a length instead, which openhtmltopdf keeps to
 * a fraction of a point; the page the browser gets keeps its percentages.
 *
 * <p>A table is set in from each side of the text area by {@link #INSET_MM}: a collapsed border is drawn centred on
 * the table's edge, and a table exactly as wide as the text printed the outer half of its left and right rules
 * past the text area's edges, clipped there (2 px of the 4 px inner rules at 600 dpi). A Markdown table as wide
 * as the text gets the same width.
 */
final class PrintedColumns {
    private static final Pattern PERCENT = Pattern.compile("width:\\s*([0-9.]+)%");
    /**
     * A table's inset from each side of the text: half the cells' 0.5 pt rule (0.09 mm) and room for where
     * openhtmltopdf places it (up to 0.04 pt further out than asked, read back from the bundled plans' PDFs).
     */
    static final double INSET_MM = 0.13;

    private PrintedColumns() {
    }

    /**
     * Each column's width in mm: its percentage's share of all the columns' (they add up to 100 but for
     * rounding) of the table's width: the text width, landscape when it is wide or in a landscape appendix
     * (pdf.css gives both 252 mm), else portrait, less an inset each side ({@link #INSET_MM}). Empty when a
     * column has no percentage.
     */
    static List<Double> widthsMm(Element table) {
        List<Double> percent = new ArrayList<>();
        for (Element col : table.select("> colgroup > col")) {
            Matcher m = PERCENT.matcher(col.attr("style"));
            if (!m.find()) {
                return List.of();
            }
            percent.add(Double.parseDouble(m.group(1)));
        }
        double total = percent.stream().mapToDouble(Double::doubleValue).sum();
        double width = tableWidthMm(table);
        return percent.stream().map(p -> p / total * width).toList();
    }

    /**
     * Writes each data table's column widths in mm ({@link #widthsMm}). Every column edge is rounded down to a
     * hundredth of a millimetre from the table's left, so the columns add up to the table's width exactly: more
     * would widen the table past the text area (a fixed layout gives columns with lengths what they ask). The
     * table gets that width, set in by {@link #INSET_MM}, so its outer rules print whole inside the text area; so
     * does a Markdown table in the text's flow (not in a list, a quote or a cell), which pdf.css makes as wide as
     * the text.
     */
    static void inMillimetres(Document page) {
        for (Element table : page.select("table.data-table")) {
            List<Double> widths = widthsMm(table);
            if (widths.isEmpty()) {
                continue;
            }
            List<Element> cols = table.select("> colgroup > col");
            double edge = 0;
            long before = 0;
            for (int c = 0; c < cols.size(); c++) {
                edge += widths.get(c);
                long after = c == cols.size() - 1 ? Math.round(tableWidthMm(table) * 100) : (long) Math.floor(edge * 100 + 1e-6);
                Element col = cols.get(c);
                col.attr("style", PERCENT.matcher(col.attr("style"))
                        .replaceFirst(String.format(Locale.ROOT, "width: %.2fmm", (after - before) / 100.0)));
                before = after;
            }
            insideTheRules(table);
        }
        for (Element table : page.select("table.md-table")) {
            if (table.parents().stream().noneMatch(p -> p.is("li, blockquote, td, th"))) {
                insideTheRules(table);
            }
        }
    }

    private static void insideTheRules(Element table) {
        table.attr("style", String.format(Locale.ROOT, "width: %.2fmm; margin-left: %.2fmm", tableWidthMm(table), INSET_MM));
    }

    private static double tableWidthMm(Element table) {
        return textWidthMm(table) - 2 * INSET_MM;
    }

    private static double textWidthMm(Element table) {
        boolean landscape = table.parents().stream()
                .anyMatch(p -> p.hasClass("wide") || (p.hasClass("appendix") && p.hasClass("landscape")));
        return landscape ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM;
    }
}
