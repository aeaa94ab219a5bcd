package plandoc.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import plandoc.compute.ColumnWidths;
import plandoc.compute.TableLayouts;
import plandoc.resolved.TableLayout;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The print page gives a data table's columns in millimetres of the text width its table fills (openhtmltopdf
 * keeps a percentage as a whole number); the PDF read back is plandoc.layout.PrintedColumnWidthsTest.
 */
class PrintedColumnsTest {
    private static final Pattern MM = Pattern.compile("width: ([0-9.]+)mm");

    @Test
    void columnsGetTheirShareOfThePortraitOrLandscapeWidthLessTheInsetsAddingUpToItExactly() {
        Document page = Jsoup.parse("<div class=\"document\">"
                + table("a", "4.97%", "61.72%", "33.31%")
                + "<div class=\"wide\">" + table("b", "10.00%", "45.00%", "45.01%") + "</div>"
                + "<section class=\"appendix landscape\">" + table("c", "33.33%", "33.33%", "33.33%") + "</section>"
                + "</div>");
        // As compute lays them out: the first on a portrait page, the wide one and the one in a landscape appendix landscape.
        Map<String, TableLayout> layouts = Map.of("a", layout("a", false, "4.97%", "61.72%", "33.31%"),
                "b", layout("b", true, "10.00%", "45.00%", "45.01%"), "c", layout("c", true, "33.33%", "33.33%", "33.33%"));
        PrintedColumns.inMillimetres(page, new PrintedTables(layouts));
        List<Element> tables = page.select("table.data-table");
        assertEquals(List.of(8.18, 101.68, 54.88), millimetres(tables.get(0)));
        assertEquals(List.of(25.17, 113.27, 113.30), millimetres(tables.get(1)));
        assertEquals(List.of(83.91, 83.91, 83.92), millimetres(tables.get(2)));
        for (int t = 0; t < 3; t++) {
            double width = (t == 0 ? ColumnWidths.PORTRAIT_MM : ColumnWidths.LANDSCAPE_MM) - 2 * TableLayouts.INSET_MM;
            assertEquals(String.format(java.util.Locale.ROOT, "width: %.2fmm; margin-left: 0.13mm", width),
                    tables.get(t).attr("style"), "set in from both sides of the text, its outer rules inside it");
            assertEquals(width, millimetres(tables.get(t)).stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
    }

    @Test
    void aTableWithoutWidthsIsLeftAsItIs() {
        Document page = Jsoup.parse(table("a", "50%", "") + "<ul><li><table class=\"md-table\"><colgroup><col style=\"width: 30%\" />"
                + "</colgroup></table></li></ul>");
        String before = page.body().html();
        PrintedColumns.inMillimetres(page, PrintedTables.NONE);
        assertEquals(before, page.body().html());
    }

    @Test
    void aMarkdownTableInTheTextsFlowIsSetInFromBothSides() {
        Document page = Jsoup.parse("<div class=\"document\"><table class=\"md-table\"><tbody><tr><td>1</td></tr></tbody></table>"
                + "<section class=\"appendix landscape\"><table class=\"md-table\"></table></section></div>");
        PrintedColumns.inMillimetres(page, PrintedTables.NONE);
        List<Element> tables = page.select("table.md-table");
        assertEquals("width: 164.74mm; margin-left: 0.13mm", tables.get(0).attr("style"));
        assertEquals("width: 251.74mm; margin-left: 0.13mm", tables.get(1).attr("style"));
    }

    /** The widths tables are laid out for are pdf.css's A4 pages less their margins (one source: the code). */
    @Test
    void theTextWidthsAreThoseOfPdfCssPages() throws Exception {
        String css = Files.readString(Path.of("templates", "assets", "pdf.css"));
        Matcher portrait = Pattern.compile("@page \\{\\s*size: A4 portrait;\\s*margin: \\S+ (\\d+)mm \\S+ (\\d+)mm;").matcher(css);
        Matcher landscape = Pattern.compile("@page landscape \\{\\s*size: A4 landscape;\\s*margin: \\S+ (\\d+)mm \\S+ (\\d+)mm;")
                .matcher(css);
        assertEquals(true, portrait.find() && landscape.find(), "the @page rules of pdf.css");
        assertEquals(ColumnWidths.PORTRAIT_MM, 210 - sides(portrait));
        assertEquals(ColumnWidths.LANDSCAPE_MM, 297 - sides(landscape));
        Matcher wide = Pattern.compile("\\.appendix\\.landscape \\{ page: landscape; width: (\\d+)mm; }").matcher(css);
        assertEquals(true, wide.find(), "the landscape appendix's width in pdf.css");
        assertEquals(ColumnWidths.LANDSCAPE_MM, Double.parseDouble(wide.group(1)));
    }

    private static int sides(Matcher margin) {
        return Integer.parseInt(margin.group(1)) + Integer.parseInt(margin.group(2));
    }

    /** compute's layout of a table of these widths, on a landscape page or not. */
    private static TableLayout layout(String id, boolean landscape, String... widths) {
        List<String> labels = java.util.stream.IntStream.range(0, widths.length).mapToObj(i -> "c" + i).toList();
        return TableLayouts.of(LaidOutTables.table(id, labels, List.of(widths), List.of(LaidOutTables.row(
                plandoc.resolved.RowKind.ITEM, labels.toArray(String[]::new))), List.of()), landscape).get(0);
    }

    /** A data table in its block, as the page writes it. */
    private static String table(String id, String... widths) {
        StringBuilder html = new StringBuilder("<div class=\"table-block\" id=\"" + id + "\"><div class=\"table-scroll\">"
                + "<table class=\"data-table\"><colgroup>");
        for (String width : widths) {
            html.append("<col class=\"col-money\"").append(width.isEmpty() ? "" : " style=\"width: " + width + "\"").append(" />");
        }
        return html.append("</colgroup><tbody><tr><td>1</td></tr></tbody></table></div></div>").toString();
    }

    private static List<Double> millimetres(Element table) {
        return table.select("col").stream().map(col -> {
            Matcher m = MM.matcher(col.attr("style"));
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }).toList();
    }
}
