package plandoc.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import plandoc.compute.ColumnWidths;
import plandoc.resolved.TableView;

/**
 * The cells of a PDF's printed tables, read back from its rules and glyphs: a page belongs to the table whose
 * computed column edges its upright rules match (as {@link PrintedColumnWidthsTest} finds them), its rows lie
 * between the horizontal rules inside the table, and a cell runs between the upright rules that cross its row (a
 * cell spanning columns is one cell). Each cell's text is its printed lines, top to bottom.
 */
final class PrintedTableCells {
    /** How near a page's rules must come to a table's computed column edges (PrintedColumnWidthsTest's tolerance). */
    private static final double EDGE_MM = 0.25;
    /** compute.TableLayouts.INSET_MM: a table is set in from each side of the text by this much. */
    private static final double INSET_MM = 0.13;

    /** One cell: the page, the table's id, its first column (0-based), its printed lines. */
    record Cell(int page, String table, int column, List<String> lines) {
    }

    /** One row band of a table on a page: its cells left to right. */
    record Row(int page, String table, List<Cell> cells) {
        int lines() {
            return cells.stream().mapToInt(c -> c.lines().size()).max().orElse(0);
        }
    }

    private PrintedTableCells() {
    }

    /** Every row (header rows included, on each page they repeat) of the printed {@code tables} in the document. */
    static List<Row> read(PDDocument document, List<TableView> tables) throws IOException {
        List<PrintedLines.Page> pages = PrintedLines.read(document);
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < document.getNumberOfPages(); p++) {
            PDPage page = document.getPage(p);
            List<Float> xs = HorizontalRules.uprightXs(page);
            boolean landscape = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            double width = (landscape ? ColumnWidths.LANDSCAPE_MM : ColumnWidths.PORTRAIT_MM) - 2 * INSET_MM;
            TableView table = null;
            double[] edges = null;
            double nearest = EDGE_MM * PrintedLines.MM;
            for (TableView t : tables) {
                double[] e = edges(t, width);
                double far = xs.size() < e.length ? Double.MAX_VALUE : farthest(e, xs);
                if (far <= nearest) {
                    nearest = far;
                    table = t;
                    edges = e;
                }
            }
            if (table != null) {
                rows.addAll(rows(page, pages.get(p), table.id(), edges));
            }
        }
        return rows;
    }

    private static List<Row> rows(PDPage page, PrintedLines.Page printed, String id, double[] edges) throws IOException {
        float height = page.getMediaBox().getHeight();
        double left = edges[0];
        double right = edges[edges.length - 1];
        double top = Double.MAX_VALUE;
        double bottom = -1;
        for (var rule : HorizontalRules.uprights(page)) {
            if (Math.abs(rule.getCenterX() - left) < 2) {
                top = Math.min(top, height - rule.getMaxY());
                bottom = Math.max(bottom, height - rule.getMinY());
            }
        }
        List<Float> ys = distinct(HorizontalRules.on(page).stream()
                .filter(r -> r.left() >= left - 2 && r.right() <= right + 2)
                .map(HorizontalRules.Rule::y).toList(), (float) top - 2, (float) bottom + 2);
        List<PrintedLines.Glyph> glyphs = printed.lines().stream().flatMap(l -> l.glyphs().stream()).toList();
        List<Row> rows = new ArrayList<>();
        for (int b = 0; b + 1 < ys.size(); b++) {
            float y0 = ys.get(b);
            float y1 = ys.get(b + 1);
            float middle = (y0 + y1) / 2;
            List<Float> crossing = new ArrayList<>();
            for (var rule : HorizontalRules.uprights(page)) {
                if (height - rule.getMaxY() <= middle && height - rule.getMinY() >= middle
                        && rule.getCenterX() >= left - 2 && rule.getCenterX() <= right + 2) {
                    crossing.add((float) rule.getCenterX());
                }
            }
            List<Float> xs = distinct(crossing, -Float.MAX_VALUE, Float.MAX_VALUE);
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k + 1 < xs.size(); k++) {
                float x0 = xs.get(k);
                float x1 = xs.get(k + 1);
                int column = 0;
                while (column + 1 < edges.length && edges[column + 1] < x0 + 1) {
                    column++;
                }
                List<PrintedLines.Glyph> inside = glyphs.stream().filter(g -> g.baseline() > y0 && g.baseline() < y1
                        && g.x() + g.width() / 2 > x0 && g.x() + g.width() / 2 < x1).toList();
                cells.add(new Cell(printed.number(), id, column, lines(inside)));
            }
            rows.add(new Row(printed.number(), id, cells));
        }
        return rows;
    }

    /** The glyphs' lines top to bottom, a space where glyphs are further apart than a fifth of their size. */
    private static List<String> lines(List<PrintedLines.Glyph> glyphs) {
        List<PrintedLines.Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(PrintedLines.Glyph::baseline));
        List<List<PrintedLines.Glyph>> lines = new ArrayList<>();
        for (PrintedLines.Glyph g : sorted) {
            if (!lines.isEmpty() && Math.abs(lines.get(lines.size() - 1).get(0).baseline() - g.baseline()) <= 2) {
                lines.get(lines.size() - 1).add(g);
            } else {
                lines.add(new ArrayList<>(List.of(g)));
            }
        }
        return lines.stream().map(line -> new PrintedLines.Line(line.get(0).page(), line.stream()
                .sorted(Comparator.comparing(PrintedLines.Glyph::x)).toList()).text()).toList();
    }

    /** The values within [from, to], sorted, those within a point of the one before dropped. */
    private static List<Float> distinct(List<Float> values, float from, float to) {
        List<Float> out = new ArrayList<>();
        for (float v : new TreeSet<>(values)) {
            if (v >= from && v <= to && (out.isEmpty() || v - out.get(out.size() - 1) > 1)) {
                out.add(v);
            }
        }
        return out;
    }

    /** The table's column edges in points from the page's left edge, from its computed widths. */
    private static double[] edges(TableView table, double widthMm) {
        double[] percent = table.widths().stream().mapToDouble(w -> Double.parseDouble(w.replace("%", ""))).toArray();
        double total = Arrays.stream(percent).sum();
        double[] edges = new double[percent.length + 1];
        double share = 0;
        for (int c = 0; c <= percent.length; c++) {
            edges[c] = (LayoutInspector.LEFT / PrintedLines.MM + INSET_MM + share / total * widthMm) * PrintedLines.MM;
            share += c < percent.length ? percent[c] : 0;
        }
        return edges;
    }

    private static double farthest(double[] edges, List<Float> rules) {
        double farthest = 0;
        for (double x : edges) {
            farthest = Math.max(farthest, rules.stream().mapToDouble(r -> Math.abs(r - x)).min().orElse(Double.MAX_VALUE));
        }
        return farthest;
    }
}
