package plandoc.render.pdf;

import org.jsoup.nodes.Element;
import plandoc.resolved.TableLayout;

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
 * of the rows above (a negative top margin and as much bottom margin, so the cell is as tall as before). Those rows hold only the spanning titles ("Giai đoạn 2012-2015"), whose heights compute measured
 * from the font's widths and the columns' widths ({@link TableLayout#headerRowsPt}).
 */
final class HeaderRowspans {
    void flatten(Element thead, PrintedTables tables) {
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
        Element table = thead.parent();
        if (table != null) {
            tables.of(table).ifPresent(layout -> raiseStackedText(layout, slots));
        }
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
    private static void raiseStackedText(TableLayout layout, List<Map<Integer, Slot>> slots) {
        List<Double> heights = layout.headerRowsPt();
        if (heights.size() != slots.size()) {
            return; // a province's own template writes another header: its text stays at the stack's foot
        }
        for (int r = 0; r < slots.size(); r++) {
            for (Slot slot : slots.get(r).values()) {
                if (slot.rowspan() > 1 && slot.offset() == slot.rowspan() - 1 && slot.cell().childNodeSize() > 0) {
                    double above = 0;
                    for (int k = r - slot.offset(); k < r; k++) {
                        above += heights.get(k);
                    }
                    Element lift = new Element("div").addClass("span-lift")
                            .attr("style", String.format(java.util.Locale.ROOT, "margin: -%.1fpt 0 %1$.1fpt 0", above / 2));
                    new ArrayList<>(slot.cell().childNodes()).forEach(lift::appendChild);
                    slot.cell().appendChild(lift);
                }
            }
        }
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        return value.matches("[1-9]\\d{0,2}") ? Integer.parseInt(value) : 1;
    }

    /** The part of a (possibly row-spanning) cell that falls in one row. */
    private record Slot(Element cell, int offset, int rowspan, int colspan) {
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
