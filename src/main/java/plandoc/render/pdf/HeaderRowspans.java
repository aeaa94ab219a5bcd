package plandoc.render.pdf;

import org.jsoup.nodes.Element;
import plandoc.compute.ColumnWidths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites header cells that span rows into a stack of single-row cells with no rule between them.
 *
 * <p>openhtmltopdf 1.1.65 clips a {@code <thead>} cell with {@code rowspan} to zero height when the
 * header repeats on the next page, so its borders vanish (openhtmltopdf#214, fixed only in 1.1.74,
 * which is not on Maven Central). The text goes to the bottom cell of the stack, the row of the leaf
 * headers ("Năm 2021"), so the rows above stay as short as their own spanning titles ("Kinh phí") and
 * the repeated header stays under a fifth of the page; the cells above it continue the column without
 * a bottom border, which reads the same on paper.
 *
 * <p>On paper the text is centred in the whole stack, as a spanning cell centres it (and the Word copy,
 * and the published documents): the bottom cell centres it, and its block is moved up by half the height
 * of the rows above (a negative top margin and as much bottom margin, so the cell is as tall as before). Those rows hold only the spanning titles ("Giai đoạn 2012-2015"), whose lines are counted
 * from the font's widths and the columns' widths ({@link ColumnWidths#headerTextLines}).
 */
final class HeaderRowspans {
    /** pdf.css: header lines at 1.05, 1 pt of padding above and below, a 0.5 pt rule shared with the next row. */
    private static final double LINE_HEIGHT = 1.05;
    private static final double PADDING_PT = 2.5;
    /**
     * A spanning title is taken to wrap when it comes within this of its cell's width, for the layout's rounding.
     * It was 1.5 mm while openhtmltopdf printed the columns up to a millimetre narrower than their share (whole
     * percentages; {@link PrintedColumns} gives them in mm now), and "Giai đoạn 2012-2015", measured to fit,
     * wrapped (4086 PHỤ LỤC 3); with 1.5 mm it is now counted as two lines where it prints in one, and the
     * stacks beside it were raised too high.
     */
    private static final double NARROWER_MM = 0.2;

    void flatten(Element thead) {
        List<Element> rows = new ArrayList<>(thead.children().stream().filter(e -> e.nameIs("tr")).toList());
        if (rows.stream().flatMap(r -> r.children().stream()).noneMatch(c -> span(c, "rowspan") > 1)) {
            return;
        }
        // slots[row] maps a start column to the cell that begins there, real or continued.
        List<Map<Integer, Slot>> slots = new ArrayList<>();
        rows.forEach(r -> slots.add(new HashMap<>()));
        List<Map<Integer, Boolean>> taken = new ArrayList<>();
        rows.forEach(r -> taken.add(new HashMap<>()));
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : rows.get(r).children()) {
                while (taken.get(r).containsKey(column)) {
                    column++;
                }
                int colspan = span(cell, "colspan");
                int rowspan = Math.min(span(cell, "rowspan"), rows.size() - r);
                for (int k = 0; k < rowspan; k++) {
                    for (int c = column; c < column + colspan; c++) {
                        taken.get(r + k).put(c, true);
                    }
                    slots.get(r + k).put(column, new Slot(cell, k, rowspan, colspan));
                }
                column += colspan;
            }
        }
        raiseStackedText(thead, slots);
        for (int r = 0; r < rows.size(); r++) {
            Element row = rows.get(r);
            List<Element> cells = new ArrayList<>();
            slots.get(r).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> cells.add(entry.getValue().cellFor(row)));
            row.children().forEach(Element::remove);
            cells.forEach(row::appendChild);
        }
    }

    /**
     * Wraps the text of each stack's bottom cell in a block moved up by half the height of the stack's rows
     * above it: centred in the bottom cell (pdf.css), its middle is then the middle of the stack.
     */
    private static void raiseStackedText(Element thead, List<Map<Integer, Slot>> slots) {
        Element table = thead.parent();
        List<Double> columns = table == null ? List.of() : PrintedColumns.widthsMm(table);
        if (columns.isEmpty()) {
            return;
        }
        double size = table.hasClass("size-13") ? 13 : 12;
        double[] heights = new double[slots.size()];
        for (int r = 0; r < slots.size(); r++) {
            double tallest = PADDING_PT;
            for (Map.Entry<Integer, Slot> entry : slots.get(r).entrySet()) {
                Slot slot = entry.getValue();
                if (slot.holdsText()) {
                    int lines = ColumnWidths.headerTextLines(slot.cell().text(),
                            width(columns, entry.getKey(), slot.colspan()) - NARROWER_MM, size);
                    tallest = Math.max(tallest, lines * LINE_HEIGHT * size + PADDING_PT);
                }
            }
            heights[r] = tallest;
        }
        for (int r = 0; r < slots.size(); r++) {
            for (Slot slot : slots.get(r).values()) {
                if (slot.rowspan() > 1 && slot.offset() == slot.rowspan() - 1 && slot.cell().childNodeSize() > 0) {
                    double above = 0;
                    for (int k = r - slot.offset(); k < r; k++) {
                        above += heights[k];
                    }
                    Element lift = new Element("div").addClass("span-lift")
                            .attr("style", String.format(java.util.Locale.ROOT, "margin: -%.1fpt 0 %1$.1fpt 0", above / 2));
                    new ArrayList<>(slot.cell().childNodes()).forEach(lift::appendChild);
                    slot.cell().appendChild(lift);
                }
            }
        }
    }

    /** The width in mm of {@code colspan} columns from {@code column}. */
    private static double width(List<Double> columns, int column, int colspan) {
        double width = 0;
        for (int c = column; c < column + colspan && c < columns.size(); c++) {
            width += columns.get(c);
        }
        return width;
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        return value.matches("[1-9]\\d{0,2}") ? Integer.parseInt(value) : 1;
    }

    /** The part of a (possibly row-spanning) cell that falls in one row. */
    private record Slot(Element cell, int offset, int rowspan, int colspan) {
        /** Whether this part of the cell prints its text: a cell of one row, or a stack's bottom cell. */
        boolean holdsText() {
            return offset == rowspan - 1;
        }

        Element cellFor(Element row) {
            if (rowspan == 1) {
                return cell;
            }
            if (offset == rowspan - 1) {
                cell.removeAttr("rowspan");
                cell.addClass("span-continued").addClass("span-end");
                return cell;
            }
            // Every piece above the last has no bottom rule (pdf.css); a middle piece also none on top.
            Element continued = row.ownerDocument().createElement(cell.tagName())
                    .addClass(offset == 0 ? "span-start" : "span-continued").addClass("span-open");
            if (colspan > 1) {
                continued.attr("colspan", Integer.toString(colspan));
            }
            return continued;
        }
    }
}
