package plandoc.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import plandoc.compute.ColumnWidths;
import plandoc.compute.TableLayouts;
import plandoc.resolved.TableLayout;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The columns of a printed data table, in millimetres of the table's width.
 *
 * <p>compute.ColumnWidths gives each column its share of the text width as a percentage ("4.97%"), which a
 * browser honours. openhtmltopdf keeps a percentage as a whole number ({@code CalculatedStyle.asLength} casts it
 * to an int) and its fixed table layout spreads the lost fractions equally over all columns: 4.97 % printed as
 * 4 % plus a share, and 424's narrow money columns came out up to 1.2 mm narrower than computed, their figures
 * against the rules. On paper each column is given its width as a length instead ({@link TableLayout#columnsMm},
 * computed with the table's layout), which openhtmltopdf keeps to a fraction of a point; the page the browser gets
 * keeps its percentages.
 *
 * <p>A table is set in from each side of the text area by {@link TableLayouts#INSET_MM}, so its outer rules print
 * whole inside it. A Markdown table as wide as the text gets the same width.
 */
final class PrintedColumns {
    private static final Pattern PERCENT = Pattern.compile("width:\\s*([0-9.]+)%");

    private PrintedColumns() {
    }

    /**
     * Writes each laid-out data table's column widths and its own width in mm; so does a Markdown table in the
     * text's flow (not in a list, a quote or a cell), which pdf.css makes as wide as the text.
     */
    static void inMillimetres(Document page, PrintedTables tables) {
        for (Element table : page.select("table.data-table")) {
            TableLayout layout = tables.of(table).orElse(null);
            List<Element> cols = table.select("> colgroup > col");
            if (layout == null || cols.size() != layout.columnsMm().size()) {
                continue;
            }
            for (int c = 0; c < cols.size(); c++) {
                Element col = cols.get(c);
                col.attr("style", PERCENT.matcher(col.attr("style"))
                        .replaceFirst(String.format(Locale.ROOT, "width: %.2fmm", layout.columnsMm().get(c))));
            }
            insideTheRules(table, layout.widthMm());
        }
        for (Element table : page.select("table.md-table")) {
            if (table.parents().stream().noneMatch(p -> p.is("li, blockquote, td, th"))) {
                insideTheRules(table, textWidthMm(table) - 2 * TableLayouts.INSET_MM);
            }
        }
    }

    private static void insideTheRules(Element table, double widthMm) {
        table.attr("style", String.format(Locale.ROOT, "width: %.2fmm; margin-left: %.2fmm", widthMm, TableLayouts.INSET_MM));
    }

    /** A Markdown table's text width: landscape in a landscape appendix. */
    private static double textWidthMm(Element table) {
        boolean landscape = table.parents().stream()
                .anyMatch(p -> p.hasClass("wide") || (p.hasClass("appendix") && p.hasClass("landscape")));
        return landscape ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM;
    }
}
