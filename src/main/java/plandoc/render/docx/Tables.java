package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableLayout;
import plandoc.resolved.TableView;

import java.math.BigInteger;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * A resolved table as a Word table: header rows spanned as printed (gridSpan; no vMerge) and repeated on
 * every page, body rows that do not split across pages, cells aligned by role, 12 pt; a table the PDF
 * prints in column parts in the same parts.
 */
final class Tables {
    static final int CELL_TEXT = 12;
    /** Points between a table and the text under it: pdf.css's .table-block and table.md-table margin. */
    static final double MARGIN = 6;
    /** A cell's padding in twentieths of a point, the PDF's 2 pt. */
    static final int PADDING = 40;
    /** A figure cell's right padding in twentieths of a point, the PDF's 3 pt. */
    static final int FIGURE_PADDING_RIGHT = 60;

    private Tables() {
    }

    static void write(TableBlock block, MarkdownParagraphs.Body body) {
        TableView view = block.table();
        List<TableView> printed = block.printed();
        if (block.layouts().size() != printed.size()) {
            // Not laid out (a fixture's table; compute lays out every table of a plan): widths by role, no row kept
            // whole or with the next, as the other renderers print it.
            int available = body.pages().textWidth();
            if (view.print().split()) {
                parts(view, body, i -> widths(printed.get(i), available, view.print().sizePt()),
                        i -> new Kept(r -> false, r -> false, List.of()));
                return;
            }
            int size = size(view, available);
            write(view, body, size, widths(view, available, size), new Kept(r -> false, r -> false, List.of()));
            return;
        }
        // As printed: the PDF's widths and its 13/12 pt size, in the Word copy's twips (compute.TableLayouts).
        if (view.print().split()) {
            parts(view, body, i -> twips(block.layouts().get(i)), i -> kept(block.layouts().get(i)));
            return;
        }
        write(view, body, view.print().sizePt(), twips(block.layouts().get(0)), kept(block.layouts().get(0)));
    }

    /**
     * Which body rows the Word copy keeps on one page ({@code whole}), and which with the next ({@code withNext}); how
     * far each header cell's text is raised ({@link TableLayout#wordHeaderLiftsPt}, empty: none).
     */
    private record Kept(IntPredicate whole, IntPredicate withNext, List<Double> headerLifts) {
    }

    private static Kept kept(TableLayout layout) {
        return new Kept(layout.wordRowsWhole()::get, layout.keptWithNext()::get, layout.wordHeaderLiftsPt());
    }

    private static int[] twips(TableLayout layout) {
        return layout.wordColumns().stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A table too wide for a landscape page, as the PDF prints it (docs/format.md, "Tables: column
     * parts"): the same parts, each repeating STT and title, at the printed size and widths, every part
     * after the first on a new page under "(Tiếp theo)".
     */
    private static void parts(TableView view, MarkdownParagraphs.Body body, IntFunction<int[]> widths,
                              IntFunction<Kept> kept) {
        for (int i = 0; i < view.print().parts().size(); i++) {
            TableView part = view.print().parts().get(i);
            String caption = view.print().captions().get(i);
            if (i > 0 || !caption.isEmpty()) {
                XWPFParagraph p = body.paragraph();
                Runs.style(p, Styles.PLAIN);
                p.setPageBreak(i > 0);
                p.setSpacingAfter(60);
                if (!caption.isEmpty()) {
                    Runs.run(p, caption, 13, false, true);
                }
            }
            write(part, body, view.print().sizePt(), widths.apply(i), kept.apply(i));
        }
    }

    /** The table at {@code size} pt in columns {@code widths} wide; {@code kept} says which body rows are kept whole or with the next. */
    private static void write(TableView view, MarkdownParagraphs.Body body, int size, int[] widths, Kept kept) {
        view.printedUnit().ifPresent(line -> {
            XWPFParagraph unit = body.paragraph();
            Runs.style(unit, Styles.PLAIN);
            unit.setAlignment(ParagraphAlignment.RIGHT);
            unit.setSpacingAfter(60);
            Runs.run(unit, line, 13, false, true);
        });
        XWPFTable table = body.table();
        int width = view.columns().size();
        grid(table, widths);
        padded(table);
        header(table, view.header(), width, size, kept.headerLifts());
        for (int r = 0; r < view.rows().size(); r++) {
            RowView row = view.rows().get(r);
            XWPFTableRow tr = Tables.appendRow(table);
            boolean bold = row.kind() != RowKind.ITEM && row.kind() != RowKind.UNALLOCATED;
            if (bold || kept.whole().test(r)) {
                // As the PDF: a heading or total row stays whole, and so does every item row that fits on a page
                // (estimated at the Word copy's widths, compute.TableLayouts): 4086's PHỤ LỤC 3 row 7 left one line
                // at a page foot, 424's PHỤ LỤC 01 row 5 broke mid-cell. Only a row taller than a page splits.
                tr.setCantSplitRow(true);
            }
            // The PDF's row styles: totals per axis member bold italic, unallocated money italic.
            boolean italic = row.kind().italic();
            // As the PDF keeps its rows (compute): a group or heading row with its first item, the last row before
            // the totals and a group's unallocated money with them, the last row with the notes (Word keeps a row
            // with the next when its paragraphs keep with next).
            boolean keepWithNext = kept.withNext().test(r);
            for (int k = 0; k < row.cells().size(); k++) {
                CellView cell = row.cells().get(k);
                XWPFTableCell tc = tr.createCell();
                span(tc, cell.colspan());
                XWPFParagraph p = tc.getParagraphs().get(0);
                Runs.style(p, Styles.TABLE_TEXT);
                switch (cell.role()) {
                    case MONEY -> {
                        p.setAlignment(ParagraphAlignment.RIGHT);
                        figurePadding(tc);
                    }
                    case NUMBER, FIGURE -> p.setAlignment(ParagraphAlignment.CENTER);
                    default -> {
                        // left, as the style
                    }
                }
                if (keepWithNext) {
                    Runs.keepNext(p);
                }
                Runs.run(p, String.join("\n", cell.lines().stream().map(InlineText::plain).toList()), size, bold, italic);
            }
        }
        dropFirstRow(table);
        for (int n = 0; n < view.notes().size(); n++) {
            XWPFParagraph p = body.paragraph();
            Runs.style(p, Styles.PLAIN);
            p.setSpacingBefore(60);
            if (n + 1 < view.notes().size()) {
                Runs.keepNext(p); // the notes together, as the PDF's one row group holds them
            }
            Runs.run(p, view.notes().get(n).plain(), CELL_TEXT, false, true);
        }
        // The PDF's table margin (.table-block), not a 10 pt empty line: 5.5 pt more under each table.
        Runs.gap(body.paragraph(), MARGIN);
    }

    /** A header cell where a browser places it: its first and last row and column in the header; its reading order. */
    private record Placed(HeaderCell cell, int row, int lastRow, int lastColumn, int index) {
    }

    /**
     * Header cells placed as a browser places them, with no vertical merge: a cell spanning rows stands in the
     * last of them, over empty cells in the rows above, the rules between them taken away, so it reads as one
     * cell. LibreOffice (7.4) repeats a vertically merged header cell on the next page at the height of its
     * rows' other cells, cutting its text (424's PHỤ LỤC 04: "ODA, xã hội hóa và các nguồn hợp pháp khác" lost
     * its last lines); cells that each sit in one row repeat as printed in Word and LibreOffice alike. A row
     * where no cell ends holds nothing to read and is left out (a column part of a 3-row header holding just
     * STT and title is one row). Its text is raised into the middle of its rows as the PDF's is ({@code lifts}, from
     * compute: as much space after it as the rows above are tall, centred), not left low in the last row.
     */
    private static void header(XWPFTable table, List<List<HeaderCell>> header, int width, int size, List<Double> lifts) {
        int height = header.size();
        int index = 0;
        Placed[][] at = new Placed[height][width];
        boolean[] ends = new boolean[height];
        for (int i = 0; i < height; i++) {
            int c = 0;
            for (HeaderCell cell : header.get(i)) {
                while (c < width && at[i][c] != null) {
                    c++;
                }
                if (c >= width) {
                    break;
                }
                Placed placed = new Placed(cell, i, Math.min(height, i + Math.max(1, cell.rowspan())) - 1,
                        Math.min(width, c + Math.max(1, cell.colspan())) - 1, index++);
                for (int y = i; y <= placed.lastRow(); y++) {
                    for (int x = c; x <= placed.lastColumn(); x++) {
                        at[y][x] = placed;
                    }
                }
                ends[placed.lastRow()] = true;
                c = placed.lastColumn() + 1;
            }
        }
        boolean[] written = new boolean[height];
        for (int i = 0; i < height; i++) {
            if (!ends[i]) {
                continue;
            }
            written[i] = true;
            XWPFTableRow row = Tables.appendRow(table);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            int c = 0;
            while (c < width) {
                Placed placed = at[i][c];
                XWPFTableCell tc = row.createCell();
                tc.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                headerPadding(tc);
                XWPFParagraph p = tc.getParagraphs().get(0);
                Runs.style(p, Styles.TABLE_HEADING);
                if (placed == null) {
                    c++; // no cell here (a short header row): an empty one
                    continue;
                }
                int column = c;
                span(tc, placed.lastColumn() - column + 1);
                c = placed.lastColumn() + 1;
                boolean above = false;
                for (int y = placed.row(); y < i && !above; y++) {
                    above = written[y];
                }
                if (above || i < placed.lastRow()) {
                    var borders = tcPr(tc).addNewTcBorders();
                    if (above) {
                        borders.addNewTop().setVal(STBorder.NIL);
                    }
                    if (i < placed.lastRow()) {
                        borders.addNewBottom().setVal(STBorder.NIL);
                    }
                }
                if (i == placed.lastRow()) {
                    Runs.run(p, placed.cell().text(), size, true, false);
                    if (placed.row() < i && placed.index() < lifts.size() && lifts.get(placed.index()) > 0) {
                        p.setSpacingAfter((int) Math.round(lifts.get(placed.index()) * 20));
                    }
                }
            }
        }
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void span(XWPFTableCell cell, int columns) {
        if (columns > 1) {
            tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
        }
    }

    /**
     * Widths by role: a money column as wide as its longest figure (figures never wrap), text columns
     * 26 mm, the title what is left. When that is too wide, text and title columns give way first.
     */
    static int[] widths(TableView view, int available) {
        return widths(view, available, CELL_TEXT);
    }

    /** The cell text size: 12 pt, down to 10 pt when the figures alone would take most of the width. */
    static int size(TableView view, int available) {
        for (int size = CELL_TEXT; size > 10; size--) {
            int[] w = widths(view, available, size);
            int money = 0;
            for (int i = 0; i < w.length; i++) {
                if (view.columns().get(i).role() == CellRole.MONEY) {
                    money += w[i];
                }
            }
            if (money <= available * 0.6) {
                return size;
            }
        }
        return 10;
    }

    static int[] widths(TableView view, int available, int size) {
        List<ColumnView> columns = view.columns();
        int[] longest = new int[columns.size()];
        for (RowView row : view.rows()) {
            int c = 0;
            for (CellView cell : row.cells()) {
                if (cell.colspan() == 1 && c < longest.length && cell.role() == CellRole.MONEY) {
                    longest[c] = Math.max(longest[c], quarters(cell.plain()));
                }
                c += cell.colspan();
            }
        }
        int[] widths = new int[columns.size()];
        int fixed = 0;
        int flexible = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = switch (columns.get(i).role()) {
                case NUMBER -> Pages.mm(10);
                case TITLE -> 0;
                case TEXT -> Pages.mm(26);
                // Quarter-ems of the cell text in millimetres, plus the cell's margins.
                default -> Math.max(Pages.mm(10), Pages.mm(longest[i] / 4.0 * size * 25.4 / 72 + 2.6));
            };
            if (columns.get(i).role() == CellRole.MONEY || columns.get(i).role() == CellRole.NUMBER) {
                fixed += widths[i];
            } else {
                flexible += widths[i];
            }
        }
        int titles = (int) columns.stream().filter(c -> c.role() == CellRole.TITLE).count();
        int left = available - fixed - flexible;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] == 0) {
                widths[i] = Math.max(Pages.mm(40), left / Math.max(1, titles));
                flexible += widths[i];
            }
        }
        if (fixed + flexible > available) {
            long flexibleColumns = columns.stream().filter(c -> c.role() != CellRole.MONEY && c.role() != CellRole.NUMBER)
                    .count();
            int room = Math.max(available - fixed, Pages.mm(15) * (int) Math.max(1, flexibleColumns));
            for (int i = 0; i < widths.length; i++) {
                CellRole role = columns.get(i).role();
                if (role != CellRole.MONEY && role != CellRole.NUMBER) {
                    widths[i] = Math.max(Pages.mm(15), widths[i] * room / flexible);
                }
            }
        }
        int total = java.util.Arrays.stream(widths).sum();
        if (total > available) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = widths[i] * available / total;
            }
        }
        return widths;
    }

    /** A figure's width in quarter-ems of Times New Roman: digits and signs ½ em, separators ¼ em. */
    private static int quarters(String figure) {
        int quarters = 0;
        for (char ch : figure.toCharArray()) {
            quarters += ch == '.' || ch == ',' ? 1 : 2;
        }
        return quarters;
    }

    static int[] even(int columns, int available) {
        int[] widths = new int[columns];
        java.util.Arrays.fill(widths, available / columns);
        return widths;
    }

    /** A fixed-layout table with thin borders and the given column widths. */
    static void grid(XWPFTable table, int[] widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = 0;
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
            total += w;
        }
        var pr = table.getCTTbl().getTblPr();
        var tblW = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(total));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setCellMargins(0, Pages.mm(1), 0, Pages.mm(1));
    }

    /**
     * A data table's cells as the PDF pads them, 2 pt on every side (pdf.css, .data-table td and .md-table
     * td); the letterhead and signature tables keep none above and below. Without it every row was 4 pt
     * lower than the PDF's and the text wrapped in cells 0.6 mm narrower.
     */
    static void padded(XWPFTable table) {
        table.setCellMargins(PADDING, PADDING, PADDING, PADDING);
    }

    /**
     * A figure cell's right padding, the PDF's 3 pt (pdf.css, .data-table td.cell-money): the widest figure stands
     * about 1 mm clear of both rules, where 2 pt left it 0.7 mm from the right one.
     */
    private static void figurePadding(XWPFTableCell cell) {
        var right = tcPr(cell).addNewTcMar().addNewRight();
        right.setType(STTblWidth.DXA);
        right.setW(BigInteger.valueOf(FIGURE_PADDING_RIGHT));
    }

    /**
     * A header cell has no padding above and below. The PDF sets its lines 1.05 em apart with 1 pt of
     * padding (pdf.css, .data-table th); a Word line shorter than the font's single line (1.15 em) cuts
     * the tops of stacked accents ("Ấ"), so the lines stay single and the padding goes: a header of two or
     * three lines is then within 1.6 pt of the PDF's, repeated on every page.
     */
    private static void headerPadding(XWPFTableCell cell) {
        var margins = tcPr(cell).addNewTcMar();
        for (var side : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth[] {margins.addNewTop(),
                margins.addNewBottom()}) {
            side.setType(STTblWidth.DXA);
            side.setW(BigInteger.ZERO);
        }
    }

    /**
     * A new last row. POI's {@code insertNewTableRow(getNumberOfRows())} counts the rows twice per call
     * (quadratic: 11 % of the 2,000-item plan's DOCX, issue 17); appending to the XML writes the same
     * row. The table's own row list does not see it, and nothing here reads that list afterwards.
     */
    static XWPFTableRow appendRow(XWPFTable table) {
        return new XWPFTableRow(table.getCTTbl().addNewTr(), table);
    }

    /** {@code createTable} makes a first row with one cell; the rows are built after it. */
    static void dropFirstRow(XWPFTable table) {
        if (table.getNumberOfRows() > 1) {
            table.removeRow(0);
        }
    }
}
