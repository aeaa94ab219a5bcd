package plandoc.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import plandoc.compute.ColumnWidths;
import plandoc.resolved.RowHeight;
import plandoc.resolved.TableLayout;

import java.util.List;

/**
 * Marks the body rows of a printed table that are short enough to be kept on one page ({@code row-whole},
 * pdf.css: page-break-inside: avoid). Long rows must still run on overleaf (a landscape annex row of
 * several hundred words would otherwise take a page of its own), and openhtmltopdf keeps no widows
 * inside a cell: a four-line row split after three lines printed "hợp Sở Nội vụ" alone under the
 * repeated header (4086 PHỤ LỤC 3). Which rows are short enough, and how tall each is, compute estimated from
 * the words of each cell, wrapped in its column's printed width as the widths count them ({@link TableLayout#rows});
 * it only decides whether a row may split, so an error costs at most some space at a page foot.
 */
final class ShortRows {
    /** The end mark under a table: the table's 6 pt margin and a 14 pt line at 1.3 (pdf.css), with a little to spare. */
    private static final double END_MARK_MM = 9;
    /** What the estimated heights of two rows kept together leave to spare: a line's rule and padding. */
    private static final double SPARE_MM = 2;
    private static final double PORTRAIT_TEXT_MM = plandoc.compute.TableLayouts.PORTRAIT_TEXT_MM;
    private static final double LANDSCAPE_TEXT_MM = plandoc.compute.TableLayouts.LANDSCAPE_TEXT_MM;
    private ShortRows() {
    }

    /** Marks the rows kept whole, and records every row's height for the rules below. */
    static void markWhole(Document page, PrintedTables tables) {
        for (Element table : page.select("table.data-table")) {
            TableLayout layout = tables.of(table).orElse(null);
            if (layout == null) {
                continue;
            }
            List<Element> rows = table.select("> tbody > tr");
            if (rows.size() != layout.rows().size()) {
                continue; // a province's own template writes other rows: nothing to place them by, none kept whole
            }
            for (int i = 0; i < rows.size(); i++) {
                RowHeight height = layout.rows().get(i);
                tables.height(rows.get(i), height.mm());
                if (height.whole()) {
                    rows.get(i).addClass("row-whole");
                } else {
                    rows.get(i).attr("style", String.format(java.util.Locale.ROOT, "-fs-page-break-min-height: %.1fmm",
                            leastPartMm(height.mm(), layout.widthMm())));
                }
            }
        }
    }

    /**
     * How much of a row that may split must fit at a page foot for the row to start there: half of it, so that the
     * page it starts on holds at least as much as the page it runs on to, whose part has no STT (openhtmltopdf prints
     * a cell's text once; 424 PHỤ LỤC 01 row 5 printed 4 of its 14 lines at a page foot, "…quản lý dữ" / "liệu quan
     * trắc…" and 10 unnumbered lines overleaf, s25 tryout L8). At most a third of the page's text, which a row taller
     * than the page (several hundred words) can always leave: a longer row is split anyway.
     */
    static double leastPartMm(double rowMm, double tableWidthMm) {
        double page = tableWidthMm > ColumnWidths.PORTRAIT_MM + 1 ? LANDSCAPE_TEXT_MM : PORTRAIT_TEXT_MM;
        return Math.min(rowMm / 2, page / 3);
    }

    /**
     * The rows that close a table the end mark follows ("./." closing an appendix) ask for room for themselves
     * and the mark ({@code -fs-page-break-min-height} on the first of them): pdf.css keeps the mark with the
     * table, but openhtmltopdf cannot move a table of several pages to keep it there, and a table ending at a
     * page foot left "./." alone on the next page (424 PHỤ LỤC 04 once its columns had their computed widths).
     * The closing rows are those compute named ({@link TableLayout#firstClosingRow}: the last row and the totals
     * it keeps with) and the notes' rows under them ({@link TableNotes}: a table's notes are its last rows on
     * paper, so the room covers them too); the room is asked on the first, as every row asks for two lines: asked
     * on a total, the break it forced fought the total's keep-with-previous and openhtmltopdf printed the repeated
     * header empty. Only rows kept whole: a longer row may split and carry its last lines over with the mark.
     */
    static void keepEndMarkWithTable(Document page, PrintedTables tables) {
        for (Element mark : page.select("p.note-end")) {
            Element before = mark.previousElementSibling();
            Element table = before == null ? null : before.select("table.data-table").last();
            if (table == null || !endsWith(before, table)) {
                continue;
            }
            List<Element> closing = closingRows(table, tables);
            if (closing.isEmpty()) {
                continue;
            }
            double room = END_MARK_MM;
            boolean whole = true;
            for (Element row : closing) {
                room += tables.heightMm(row);
                whole &= row.hasClass("row-whole");
            }
            if (whole) {
                closing.get(0).attr("style", String.format(java.util.Locale.ROOT, "-fs-page-break-min-height: %.1fmm", room));
            }
        }
    }

    /**
     * A group's unallocated row ("Kinh phí chưa phân bổ …") goes overleaf with the row above it, never alone under the
     * repeated header: the row above asks for room for both ({@code -fs-page-break-min-height}), so it breaks before
     * itself when they do not fit. Asked as keep-with-previous on the unallocated row instead (pdf.css until s23), the
     * break it forced made openhtmltopdf print the repeated header empty, as it did for totals (above). A row above that
     * may split carries its last lines over with the unallocated row, so that one needs nothing.
     */
    static void keepUnallocatedWithTheRowAbove(Document page, PrintedTables tables) {
        for (Element row : page.select("table.data-table > tbody > tr.row-unallocated")) {
            Element above = row.previousElementSibling();
            if (above == null || !above.hasClass("row-whole") || !row.hasClass("row-whole")) {
                continue;
            }
            double room = tables.heightMm(above) + tables.heightMm(row) + SPARE_MM;
            double asked = minHeightMm(above.attr("style"));
            if (room > asked) {
                above.attr("style", String.format(java.util.Locale.ROOT, "-fs-page-break-min-height: %.1fmm", room));
            }
        }
    }

    /** The room a row already asks for ({@link #keepEndMarkWithTable}), in mm; 0 when none. */
    private static double minHeightMm(String style) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-fs-page-break-min-height: ([0-9.]+)mm").matcher(style);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /**
     * The rows of {@code table} that close it, as compute decided ({@link TableLayout#firstClosingRow}), the notes'
     * rows after them once {@link TableNotes} made them; none when the table was not laid out, or its rows are not
     * the ones compute laid out (a province's own template).
     */
    static List<Element> closingRows(Element table, PrintedTables tables) {
        TableLayout layout = tables.of(table).orElse(null);
        List<Element> rows = table.select("> tbody > tr");
        long body = rows.stream().filter(row -> !row.hasClass(TableNotes.NOTE_ROW)).count();
        if (layout == null || rows.isEmpty() || body != layout.rows().size()) {
            return List.of();
        }
        return rows.subList(layout.firstClosingRow(), rows.size());
    }

    /** Whether {@code last} is printed last in {@code block}: no table note or other part after it. */
    private static boolean endsWith(Element block, Element last) {
        for (Element e = last; e != block; e = e.parent()) {
            if (e.nextElementSibling() != null) {
                return false;
            }
        }
        return true;
    }

    /** The estimated height of {@code rows} of {@code table}, in mm; infinite when it was not laid out. */
    static double heightMm(Element table, List<Element> rows, PrintedTables tables) {
        return tables.of(table).isEmpty() ? Double.POSITIVE_INFINITY
                : rows.stream().mapToDouble(tables::heightMm).sum();
    }
}
