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
 */
final class PrintedColumns {
    private static final Pattern PERCENT = Pattern.compile("width:\\s*([0-9.]+)%");

    private PrintedColumns() {
    }

    /**
     * Each column's width in mm: its percentage's share of all the columns' (they add up to 100 but for
     * rounding) of the text width the table fills, landscape when it is wide or in a landscape appendix
     * (pdf.css gives both 252 mm), else portrait. Empty when a column has no percentage.
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
        double width = textWidthMm(table);
        return percent.stream().map(p -> p / total * width).toList();
    }

    /**
     * Writes each data table's column widths in mm ({@link #widthsMm}). Every column edge is rounded down to a
     * hundredth of a millimetre from the table's left, so the columns add up to the table's width exactly: more
     * would widen the table past the text area (a fixed layout gives columns with lengths what they ask).
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
                long after = c == cols.size() - 1 ? Math.round(textWidthMm(table) * 100) : (long) Math.floor(edge * 100 + 1e-6);
                Element col = cols.get(c);
                col.attr("style", PERCENT.matcher(col.attr("style"))
                        .replaceFirst(String.format(Locale.ROOT, "width: %.2fmm", (after - before) / 100.0)));
                before = after;
            }
        }
    }

    private static double textWidthMm(Element table) {
        boolean landscape = table.parents().stream()
                .anyMatch(p -> p.hasClass("wide") || (p.hasClass("appendix") && p.hasClass("landscape")));
        return landscape ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM;
    }
}
