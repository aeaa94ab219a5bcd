package plandoc.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import plandoc.compute.TableLayouts;
import plandoc.resolved.TableLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's notes ("(…) Không tính được kinh phí …", "Ghi chú: …") print as its last rows on paper, kept on one page
 * with the rows that close the table, so a note never starts a page alone, nor runs on overleaf. A paragraph after
 * the table could not be kept so: openhtmltopdf honours {@code page-break-before: avoid} on it by moving the whole
 * table (s18, reverted), and without it 424's note under the body's summary table broke after "(Phụ lục", with
 * "03); nhiệm vụ số 2, 4, …" at the top of the next page; nor does it honour that rule on a row of the note.
 *
 * <p>Each note is a row of one cell across every column, holding the note's paragraph; the notes and the rows that
 * close the table (its last row and the totals it keeps with, as compute named them:
 * {@link TableLayout#firstClosingRow}) share a row group pdf.css
 * keeps on one page ({@code tbody.keep-together}, as a group heading is kept with its first row). When they do not
 * fit at a page foot, they move overleaf together under the repeated header. Compute keeps the closing rows whole
 * when they are at most {@link #WHOLE_TABLE_MM} tall, a row too tall to be kept whole alone too (compute.TableLayouts,
 * for the Word copy as well; s20: split, such a row ended at a page foot and the note opened the next page alone);
 * taller, a row not kept whole stays out of the group: the notes then keep with the total after it, or with nothing.
 * The note cell has no rules of its own (the rule above it is the last row's), so the note reads as it
 * did, a line under the table. Tagged, it is the table's last row, a cell across its width holding a paragraph
 * (TR, TD, P), not a figure of any column. Paper only: the page the browser gets keeps its notes under the table.
 */
final class TableNotes {

    /** The class of a note's row. */
    static final String NOTE_ROW = "row-note";

    /** A table whose rows all close it is kept on one page whole when its rows are at most this tall (a third of a page). */
    static final double WHOLE_TABLE_MM = TableLayouts.WHOLE_TABLE_MM;

    /**
     * The note cell's style, inline: a rule for it in pdf.css ({@code .data-table td.cell-note}) reached other
     * tables' cells spanning columns in openhtmltopdf 1.1.65 (424 PHỤ LỤC 03–05 printed them without their right
     * rule and left padding), though none of them has the class.
     */
    private static final String NOTE_CELL = "border-left-style: none; border-right-style: none; border-bottom-style: none; padding: 0";

    private TableNotes() {
    }

    /** After {@link ShortRows#markWhole}: which closing rows may join the notes depends on which are kept whole. */
    static void intoTables(Document page, PrintedTables tables) {
        for (Element block : page.select("div.table-block")) {
            List<Element> notes = block.select("> p.table-note");
            Element table = block.selectFirst("> .table-scroll > table.data-table");
            if (notes.isEmpty() || table == null) {
                continue;
            }
            // Compute kept the closing rows whole when they are short enough to go with the notes (TableLayouts);
            // the group takes those of them kept whole, from the last up.
            List<Element> kept = new ArrayList<>(ShortRows.closingRows(table, tables));
            while (!kept.isEmpty() && !kept.stream().allMatch(row -> row.hasClass("row-whole"))) {
                kept.remove(0);
            }
            Element first = kept.isEmpty() ? null : kept.get(0);
            if (first != null && first.parent() != null && first.parent().hasClass("keep-together")) {
                // The first closing row is kept with a group heading above it: the heading comes too.
                kept.addAll(0, first.parent().children().subList(0, first.elementSiblingIndex()));
            }
            List<Element> rows = table.select("> tbody > tr");
            if (kept.size() == rows.size() && ShortRows.heightMm(table, kept, tables) <= WHOLE_TABLE_MM) {
                // Every row closes the table (424's summary: a total and the sources it adds up): openhtmltopdf
                // would move the rows and leave the header alone at the page foot; the table moves whole instead,
                // with its unit line.
                block.addClass("table-whole");
            }
            int columns = table.select("> colgroup > col").size();
            Element group = table.appendElement("tbody").addClass("keep-together");
            kept.forEach(group::appendChild);
            java.util.Optional<TableLayout> layout = tables.of(table);
            for (int n = 0; n < notes.size(); n++) {
                Element note = notes.get(n);
                Element row = group.appendElement("tr").addClass(NOTE_ROW).addClass("row-whole");
                if (layout.isPresent() && n < layout.get().notes().size()) {
                    tables.height(row, layout.get().notes().get(n).mm());
                }
                Element cell = row.appendElement("td").addClass("cell-note").attr("style", NOTE_CELL);
                if (columns > 1) {
                    cell.attr("colspan", Integer.toString(columns));
                }
                cell.appendChild(note);
            }
        }
    }
}
