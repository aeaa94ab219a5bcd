package plandoc.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import plandoc.render.RowHeights;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks the body rows of a printed table that are short enough to be kept on one page ({@code row-whole},
 * pdf.css: page-break-inside: avoid). Long rows must still run on overleaf (a landscape annex row of
 * several hundred words would otherwise take a page of its own), and openhtmltopdf keeps no widows
 * inside a cell: a four-line row split after three lines printed "hợp Sở Nội vụ" alone under the
 * repeated header (4086 PHỤ LỤC 3). The height is an estimate from the characters of each cell and its
 * column's width ({@link PrintedColumns#widthsMm}); it only decides whether
 * a row may split, so an error costs at most some space at a page foot.
 */
final class ShortRows {
    /** A row up to this tall moves overleaf whole rather than split (the Word copy keeps the same rows whole). */
    static final double WHOLE_MM = RowHeights.WHOLE_MM;
    /** A colspan as the pages write it; compiled once, not per cell as {@code String.matches} would. */
    private static final Pattern SPAN = Pattern.compile("[1-9]\\d{0,2}");

    private ShortRows() {
    }

    static void markWhole(Document page) {
        for (Element table : page.select("table.data-table")) {
            List<Double> columns = PrintedColumns.widthsMm(table);
            if (columns.isEmpty()) {
                continue;
            }
            double size = table.hasClass("size-13") ? 13 : 12;
            for (Element row : table.select("> tbody > tr")) {
                if (height(row, columns, size) <= WHOLE_MM) {
                    row.addClass("row-whole");
                }
            }
        }
    }

    private static double height(Element row, List<Double> columns, double size) {
        List<List<String>> cells = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        int column = 0;
        for (Element cell : row.children()) {
            int span = Math.max(1, parseSpan(cell.attr("colspan")));
            double width = 0;
            for (int c = column; c < column + span && c < columns.size(); c++) {
                width += columns.get(c);
            }
            column += span;
            cells.add(textLines(cell));
            widths.add(width);
        }
        return RowHeights.heightMm(cells, widths, size);
    }

    private static int parseSpan(String value) {
        return SPAN.matcher(value).matches() ? Integer.parseInt(value) : 1;
    }

    /** The cell's text split where it has a line break ({@code <br>}). */
    static List<String> textLines(Element cell) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(cell, current, lines);
        lines.add(current.toString());
        return lines;
    }

    private static void collect(Node node, StringBuilder current, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (child instanceof Element element && element.nameIs("br")) {
                lines.add(current.toString());
                current.setLength(0);
            } else {
                collect(child, current, lines);
            }
        }
    }
}
