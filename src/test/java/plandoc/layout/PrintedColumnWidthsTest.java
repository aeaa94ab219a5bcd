package plandoc.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.compute.ColumnWidths;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every printed table's columns get their computed share of the text width, read back from the PDF's column
 * rules. openhtmltopdf kept a percentage width as a whole number and shared the lost fractions out equally, so
 * a 4.97 % money column printed at 4 % and a bit (up to 1.2 mm narrower in 424's appendices, 0.6 mm in 4086's
 * PHỤ LỤC 3) with its figures against the rules; render.pdf.PrintedColumns gives the widths in millimetres.
 */
class PrintedColumnWidthsTest {
    /** Well under the old errors (0.5–1.2 mm), well over the layout's rounding (hundredths of a mm). */
    private static final double TOLERANCE_MM = 0.25;
    private static final float MM = PrintedLines.MM;
    /** Rounding of the rules' coordinates: a hundredth of a point, far under half the 0.5 pt rule. */
    private static final double EDGE_PT = 0.01;
    /** A table is set in from each side of the text by this much (compute.TableLayouts.INSET_MM). */
    private static final double INSET_MM = 0.13;

    /**
     * A table's outer rules print whole inside the text area: a table as wide as the text drew them centred on
     * its edges, and the outer half of each, past the margin, was lost (2 px where the inner rules print 4 px at
     * 600 dpi, s18 review finding 5).
     */
    @Test
    void everyTablesOuterRulesLieInsideTheTextArea() throws Exception {
        List<String> out = new ArrayList<>();
        for (String slug : List.of("ha-tinh-4086-2012", "ha-tinh-424-2022")) {
            try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
                int number = 0;
                for (PDPage page : document.getPages()) {
                    number++;
                    float right = page.getMediaBox().getWidth() - LayoutInspector.RIGHT;
                    for (java.awt.geom.Rectangle2D rule : HorizontalRules.uprights(page)) {
                        if (rule.getMinX() < LayoutInspector.LEFT - EDGE_PT || rule.getMaxX() > right + EDGE_PT) {
                            out.add(String.format(Locale.ROOT, "%s page %d: a rule from %.2f to %.2f pt, text %.2f-%.2f",
                                    slug, number, rule.getMinX(), rule.getMaxX(), LayoutInspector.LEFT, right));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), out);
    }

    @Test
    void everyColumnOfTheBundledPlansPrintsAtItsComputedWidth() throws Exception {
        List<String> off = new ArrayList<>();
        int tables = check("ha-tinh-4086-2012", off) + check("ha-tinh-424-2022", off);
        assertTrue(tables >= 14, "tables read back: " + tables);
        assertEquals(List.of(), off);
    }

    /**
     * Each printed table (each column part of one too wide for a page) is looked for on the pages of its
     * orientation: the page where the column rules come nearest to its computed column edges, every edge
     * within {@link #TOLERANCE_MM}. Returns the number of tables checked.
     */
    private static int check(String slug, List<String> off) throws Exception {
        ResolvedPlan plan = new Generator(Path.of(".")).resolve(Path.of("content", slug)).resolved().orElseThrow();
        List<TableView> printed = new ArrayList<>();
        for (TableView table : plan.tables()) {
            printed.addAll(table.print().parts().isEmpty() ? List.of(table) : table.print().parts());
        }
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of(slug))) {
            List<List<Float>> rules = new ArrayList<>();
            List<Boolean> landscape = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                rules.add(HorizontalRules.uprightXs(page));
                landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
            }
            for (TableView table : printed) {
                double[] edges = shares(table);
                double nearest = Double.MAX_VALUE;
                for (int p = 0; p < rules.size(); p++) {
                    double width = (landscape.get(p) ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM) - 2 * INSET_MM;
                    if (rules.get(p).size() >= edges.length) {
                        nearest = Math.min(nearest, farthestEdge(edges, width, rules.get(p)));
                    }
                }
                if (nearest > TOLERANCE_MM) {
                    off.add(String.format(Locale.ROOT, "%s %s: a column edge %.2f mm from its computed place",
                            slug, table.id(), nearest));
                }
            }
        }
        return printed.size();
    }

    /** The column edges as shares of the table's width, 0 to 1, from the widths compute.ColumnWidths gave. */
    private static double[] shares(TableView table) {
        double[] percent = table.widths().stream().mapToDouble(w -> Double.parseDouble(w.replace("%", ""))).toArray();
        double total = java.util.Arrays.stream(percent).sum();
        double[] edges = new double[percent.length + 1];
        for (int c = 0; c < percent.length; c++) {
            edges[c + 1] = edges[c] + percent[c] / total;
        }
        return edges;
    }

    /** How far the edge farthest from a rule is from its nearest one, the table set in from the left margin. */
    private static double farthestEdge(double[] shares, double widthMm, List<Float> rules) {
        double farthest = 0;
        for (double share : shares) {
            double x = LayoutInspector.LEFT / MM + INSET_MM + share * widthMm;
            double nearest = rules.stream().mapToDouble(r -> Math.abs(r / MM - x)).min().orElse(Double.MAX_VALUE);
            farthest = Math.max(farthest, nearest);
        }
        return farthest;
    }
}
