package plandoc.compute;

import plandoc.compute.SheetPlaces.Place;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.SheetBanner;
import plandoc.resolved.SheetHeaderCell;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.SheetParts;
import plandoc.resolved.TableView;
import plandoc.resolved.Workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The workbook's sheets laid out ({@link SheetLayout}): each budget table's sheet named after its appendix, its
 * columns at the widths the PDF gives them, and every row as tall as its wrapped text, measured with the font's
 * widths ({@link TextLines}), and its printed pages laid out on those heights ({@link PageBreaks}); the check sheet's
 * rows likewise ({@link CheckSheets}).
 */
public final class SheetLayouts {
    /** Body text size (Times New Roman 12 pt), also the workbook's default font. */
    public static final double BODY_PT = 12;
    /** The title and caption above a table. */
    public static final int BANNER_PT = 13;
    /**
     * The pitch of wrapped lines at 12 pt: Liberation Serif's ascent and descent are 13.3 pt, LibreOffice's
     * pitch; Windows rounds Times New Roman's to 19 px at 96 dpi, 14.25 pt, Excel's. The larger, so no line is cut.
     */
    private static final double LINE_PT = 14.25;
    /** A row of wrapped text's room above and below its lines. */
    private static final double ROW_PADDING_PT = 3;
    /** A cell's padding and rules, which its text cannot use. */
    static final double CELL_PADDING_MM = 1.4;
    /**
     * The room a figure's cell needs besides the figure, so neither viewer prints "###" for it: the number format's
     * padding after it (render.xlsx.NumberFormat's {@code _)}, a ")" wide, 5 pixels of Times New Roman 12 at 96 dpi)
     * and Excel's own margins and rule (5 pixels): 10 pixels. LibreOffice needs less (its padding a space wide).
     */
    public static final double FIGURE_ROOM_MM = 10 * 25.4 / 96;
    /**
     * Excel's column width unit in mm: the default font's digit, Times New Roman 12 pt, 8 pixels at 96 dpi.
     * With Calibri, POI's default, the unit followed whatever font a viewer put in its place (DejaVu Sans in a
     * LibreOffice without Carlito: a third wider), so no width was known in mm.
     */
    public static final double CHAR_MM = 8 * 25.4 / 96;
    /** A landscape A4 page less the left and right margins: the width the PDF's landscape tables share. */
    public static final double PAGE_MM = 297 - 30 - 15;
    /** The check sheet's name (the workbook's words, Vietnamese on any site), which no table's sheet may take. */
    public static final String CHECK_SHEET = "Kiểm tra";
    /**
     * The custom document property (File › Properties › Custom in Excel, kept when the file is saved again) that says
     * plandoc wrote the workbook, its value the plan's folder name: {@code import} tells by it the plan's own tables
     * brought back from an officer's workbook that lists the same rows.
     */
    public static final String WRITTEN_BY = "plandoc";
    /** The split rows' check sheet's name ({@link CheckSheets}), which no table's sheet may take either. */
    public static final String SPLIT_CHECK_SHEET = "Kiểm tra hai cách cộng";
    /** The flat data sheet's name ({@link DataSheets}), which no table's sheet may take either. */
    public static final String DATA_SHEET = "Dữ liệu";
    /** The narrowest column in mm: a "TT" number column, any other column (4 and 8 digits of Calibri 11). */
    private static final double MIN_NUMBER_MM = 7.4;
    private static final double MIN_MM = 14.8;
    /**
     * The height Excel gives a one-line row of 12 pt Times New Roman it sizes itself (21 pixels at 96 dpi);
     * LibreOffice would give it the sheet's default, 15 pt. Stated for every such row, so both print the same pages.
     */
    static final double ONE_LINE_PT = 15.75;
    /** The height a spreadsheet gives a row it was told nothing of (the sheet's default), counted under a header label spanning rows. */
    private static final float DEFAULT_PT = 15;

    /**
     * Every sheet's page footer: "Trang 3", the page's number within its sheet (Excel's code {@code &P}; the
     * renderer makes each sheet start at 1, as each appendix does, rule G2). No "/&N": printed or exported whole,
     * the workbook's &N counts every sheet's pages in LibreOffice even where &P starts again ("Trang 1/7" on a
     * sheet of two pages; s34 pages review 1).
     */
    private static final String PAGE_FOOTER = "Trang &P";
    /**
     * An appendix's sheet's page footer: "Phụ lục 01 – Trang 2", its label before the page's number. Printed or
     * exported whole, the workbook's continuation pages said only "Trang 2", and a page that fell out of the pile
     * could not be put back under its appendix (s35 review L6). As the PDF's page header, never the sheet's name,
     * which Excel's rules may have cut or changed.
     */
    private static final String APPENDIX_PAGE_FOOTER = "%s – " + PAGE_FOOTER;
    /**
     * A check or data sheet's page footer: "Kiểm tra – Trang 2", its sheet's name before the page's number, as an
     * appendix's sheet names its appendix; printed whole, the check sheets' pages said only "Trang 1"… after the
     * appendices' named ones (s36 review L6). These names are plandoc's own, never cut or changed.
     */
    private static final String SHEET_PAGE_FOOTER = APPENDIX_PAGE_FOOTER;
    /**
     * A draft's mark at the right of every page's header, bold 13 pt Times New Roman as the PDF prints it: the
     * workbook is the file the finance office prints and circulates for comment (s23 review M1).
     */
    private static final String DRAFT_HEADER = "&\"Times New Roman,Bold\"&13" + DraftFields.MARK;

    private SheetLayouts() {
    }

    /** The workbook of {@code plan}: a sheet per budget table, in the plan's order, and the check sheet. */
    public static Workbook of(ResolvedPlan plan) {
        Set<String> names = new HashSet<>();
        List<SheetLayout> sheets = new ArrayList<>();
        for (Place place : SheetPlaces.budgets(plan)) {
            sheets.add(layout(place, SheetPlaces.sheetName(place.label(), names)));
        }
        Map<String, String> footers = new HashMap<>();
        for (String sheet : List.of(CHECK_SHEET, SPLIT_CHECK_SHEET, DATA_SHEET)) {
            footers.put(sheet, String.format(SHEET_PAGE_FOOTER, sheet));
        }
        return new Workbook(sheets, CheckSheets.of(plan, sheets), DataSheets.of(plan, sheets), footers,
                plan.info().draft() ? java.util.Optional.of(DRAFT_HEADER) : java.util.Optional.empty());
    }

    private static SheetLayout layout(Place place, String name) {
        TableView table = place.table();
        int width = table.columns().size();
        List<SheetBanner> banners = Stream.of(new SheetBanner(place.heading(), false),
                new SheetBanner(place.title(), false), new SheetBanner(place.caption(), true))
                .filter(line -> !line.text().isBlank()).toList();
        SheetParts parts = parts(table);
        List<Integer> columns = columns(table);
        List<Double> columnsMm = columns.stream().map(c -> c / 256.0 * CHAR_MM).toList();
        double bannerMm = span(columnsMm, 0, parts.last(0, width));
        List<Float> rows = new ArrayList<>();
        // Each line over the table as tall as its wrapped text, stated even for one line: LibreOffice sizes a
        // merged cell's row as if its text were in its first column alone.
        for (SheetBanner banner : banners) {
            rows.add((float) height(lines(banner.text(), bannerMm, !banner.caption(), BANNER_PT), BANNER_PT));
        }
        rows.add((float) ONE_LINE_PT); // the unit line
        rows.addAll(header(table, columnsMm));
        for (RowView row : table.rows()) {
            rows.add(body(row, columnsMm, width));
        }
        for (InlineText note : table.notes()) {
            rows.add(fitted(List.of(note.plain()), List.of(bannerMm), false));
        }
        // As the sheet stores them (POI's setHeightInPoints cuts to whole twentieths of a point): the heights the
        // viewers print, and so the ones the pages are laid out on.
        List<Integer> rowsTwips = rows.stream().map(pt -> (int) (short) (pt * 20)).toList();
        int firstHeader = banners.size() + 1;
        int firstBody = firstHeader + table.header().size();
        return new SheetLayout(table.id(), table.header().size(), placedHeader(table), name, banners, columns, rowsTwips,
                parts, PageBreaks.of(table, parts, columnsMm, rowsTwips, firstHeader, firstBody), pageFooter(place));
    }

    /** {@link #APPENDIX_PAGE_FOOTER} for a table in an appendix, its "&" doubled (Excel's code for one); else the plain footer. */
    private static String pageFooter(Place place) {
        return place.heading().isBlank() ? PAGE_FOOTER
                : String.format(APPENDIX_PAGE_FOOTER, place.label().strip().replace("&", "&&"));
    }

    /**
     * Header rows as tall as their wrapped labels, like the body rows: a label in a column narrower than its
     * words ran over the row above it in LibreOffice. A label spanning rows grows the last of them.
     */
    private static List<Float> header(TableView table, List<Double> columnsMm) {
        List<SheetHeaderCell> placed = placedHeader(table);
        int height = table.header().size();
        Float[] rows = new Float[height];
        for (int i = 0; i < height; i++) {
            List<String> cells = new ArrayList<>();
            List<Double> widths = new ArrayList<>();
            for (SheetHeaderCell cell : placed) {
                if (cell.firstRow() == i && cell.lastRow() == i) {
                    cells.add(cell.text());
                    widths.add(span(columnsMm, cell.firstColumn(), cell.lastColumn()));
                }
            }
            int lines = lines(cells, widths, true);
            rows[i] = lines > 1 ? (float) height(lines, BODY_PT) : null;
        }
        for (SheetHeaderCell cell : placed) {
            if (cell.lastRow() > cell.firstRow()) {
                double need = height(lines(cell.text(), span(columnsMm, cell.firstColumn(), cell.lastColumn()), true,
                        BODY_PT), BODY_PT);
                double have = 0;
                for (int y = cell.firstRow(); y <= cell.lastRow(); y++) {
                    have += rows[y] == null ? DEFAULT_PT : rows[y];
                }
                if (have < need) {
                    float last = rows[cell.lastRow()] == null ? DEFAULT_PT : rows[cell.lastRow()];
                    rows[cell.lastRow()] = (float) (last + need - have);
                }
            }
        }
        List<Float> out = new ArrayList<>();
        for (Float row : rows) {
            out.add(row == null ? (float) ONE_LINE_PT : row);
        }
        return out;
    }

    /** Header cells placed as a browser places them: each in the next column not covered from above. */
    private static List<SheetHeaderCell> placedHeader(TableView table) {
        List<List<HeaderCell>> header = table.header();
        int width = table.columns().size();
        boolean[][] taken = new boolean[header.size()][width];
        List<SheetHeaderCell> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            int c = 0;
            for (HeaderCell cell : header.get(i)) {
                while (c < width && taken[i][c]) {
                    c++;
                }
                if (c >= width) {
                    break;
                }
                int lastRow = Math.min(header.size(), i + cell.rowspan()) - 1;
                int lastColumn = Math.min(width, c + cell.colspan()) - 1;
                for (int y = i; y <= lastRow; y++) {
                    for (int x = c; x <= lastColumn; x++) {
                        taken[y][x] = true;
                    }
                }
                out.add(new SheetHeaderCell(i, lastRow, c, lastColumn, cell.text()));
                c = lastColumn + 1;
            }
        }
        return out;
    }

    /**
     * A body row as tall as its wrapped text: neither Excel nor LibreOffice grows a row to fit its wrapped cells when
     * it opens a file (LibreOffice printed 4086's three-line titles over each other on one line). A one-line row
     * takes Excel's own one-line height, except one with text merged over several columns ("Xã hội hoá" across the
     * figures): LibreOffice sized it as if the text were in its first column alone.
     */
    private static float body(RowView view, List<Double> columnsMm, int width) {
        List<String> cells = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        boolean merged = false;
        int c = 0;
        for (CellView cell : view.cells()) {
            cells.add(cell.value().isPresent() ? "" : cell.plain());
            widths.add(span(columnsMm, c, Math.min(width, c + cell.colspan()) - 1));
            merged |= cell.colspan() > 1 && cell.value().isEmpty() && !cell.plain().isBlank();
            c += cell.colspan();
        }
        boolean bold = ColumnWidths.bold(view);
        int lines = lines(cells, widths, bold);
        return lines > 1 || merged ? (float) height(lines, BODY_PT) : (float) ONE_LINE_PT;
    }

    /** A row of cells at 12 pt as tall as its tallest cell's lines; a one-line row Excel's own one-line height. */
    private static float fitted(List<String> cells, List<Double> widthsMm, boolean bold) {
        int lines = lines(cells, widthsMm, bold);
        return lines > 1 ? (float) height(lines, BODY_PT) : (float) ONE_LINE_PT;
    }

    /**
     * The lines of a row's tallest cell, each wrapped at spaces with the font's own widths in the column's width: a
     * count of characters at an average width made rows of long prose a third taller than their text.
     */
    static int lines(List<String> cells, List<Double> widthsMm, boolean bold) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, lines(cells.get(i), widthsMm.get(i), bold, BODY_PT));
        }
        return lines;
    }

    private static int lines(String text, double widthMm, boolean bold, double sizePt) {
        return TextLines.count(text, widthMm - CELL_PADDING_MM, sizePt, bold);
    }

    /** The height in points of a row of {@code lines} wrapped lines of {@code sizePt} type. */
    static double height(int lines, double sizePt) {
        return lines * LINE_PT * sizePt / BODY_PT + ROW_PADDING_PT;
    }

    /** The width of columns {@code first} to {@code last}. */
    static double span(List<Double> columnsMm, int first, int last) {
        double mm = 0;
        for (int x = first; x <= last; x++) {
            mm += columnsMm.get(x);
        }
        return mm;
    }

    /**
     * Each column the share of the landscape text width that the PDF gives it (ColumnWidths, from the content), so
     * the sheet prints like the PDF table rather than shrunk to fit fixed widths, in Excel's width unit. A table the
     * PDF prints in column parts (its needs exceed a page) gives each column its width in the first part that prints
     * it, rather than the whole table squeezed into one page. A floor keeps a column readable, and a figure's column
     * holds its widest figure with its room ({@link #FIGURE_ROOM_MM}): the PDF's share, made for the PDF's own
     * padding, was 0.5 mm short of "181.253" and its room in Excel (424's Phụ lục 01). Before layout (no widths)
     * fixed widths.
     */
    private static List<Integer> columns(TableView table) {
        List<Integer> out = new ArrayList<>();
        double[] figures = widestFigures(table);
        for (int c = 0; c < table.columns().size(); c++) {
            ColumnView column = table.columns().get(c);
            double least = Math.max(column.role() == CellRole.NUMBER ? MIN_NUMBER_MM : MIN_MM, figures[c]);
            double chars = c < table.widths().size()
                    ? Math.max(least, printedMm(table, c)) / CHAR_MM
                    : switch (column.role()) {
                        case NUMBER -> 6;
                        case TITLE -> 42;
                        case TEXT -> 20;
                        default -> 13;
                    };
            out.add((int) Math.round(chars * 256));
        }
        return out;
    }

    /**
     * Each column's widest figure with its room, as the sheet prints it (12 pt, bold in a total or group row); 0 for
     * a column without figures. A figure spanning columns is left out: it has their widths together.
     */
    private static double[] widestFigures(TableView table) {
        double[] widest = new double[table.columns().size()];
        for (RowView row : table.rows()) {
            boolean bold = ColumnWidths.bold(row);
            int c = 0;
            for (CellView cell : row.cells()) {
                if (c < widest.length && cell.colspan() == 1 && cell.value().isPresent()) {
                    widest[c] = Math.max(widest[c], TextMeasure.mm(cell.plain(), BODY_PT, bold) + FIGURE_ROOM_MM);
                }
                c += cell.colspan();
            }
        }
        return widest;
    }

    /** The column's width on the PDF's landscape page: in the first column part that prints it, if split. */
    private static double printedMm(TableView table, int c) {
        String key = table.columns().get(c).key();
        for (TableView part : table.print().parts()) {
            for (int p = 0; p < part.columns().size() && p < part.widths().size(); p++) {
                if (part.columns().get(p).key().equals(key)) {
                    return percent(part.widths().get(p)) / 100 * PAGE_MM;
                }
            }
        }
        // The sheet's own widths where the paper's header floor changed the printed ones (TablePrint#sheetWidths).
        List<String> widths = table.print().sheetWidths().isEmpty() ? table.widths() : table.print().sheetWidths();
        return percent(widths.get(c)) / 100 * PAGE_MM;
    }

    /** "12.50%" as 12.5. */
    private static double percent(String css) {
        return Double.parseDouble(css.substring(0, css.length() - 1));
    }

    /**
     * The sheet's print parts, from the PDF's column parts: the columns every part repeats, where each part's own
     * columns begin, and the last row each prints.
     */
    static SheetParts parts(TableView table) {
        List<TableView> parts = table.print().parts();
        List<ColumnView> columns = table.columns();
        SheetParts whole = new SheetParts(0, List.of(0), List.of(table.rows().size() - 1));
        if (parts.isEmpty()) {
            return whole;
        }
        int titles = 0;
        while (titles < columns.size() && sharedByAll(parts, titles, columns.get(titles).key())) {
            titles++;
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> lastRows = new ArrayList<>();
        for (TableView part : parts) {
            if (part.columns().size() > titles) {
                String key = part.columns().get(titles).key();
                for (int c = titles; c < columns.size(); c++) {
                    if (columns.get(c).key().equals(key)) {
                        starts.add(c);
                        lastRows.add(lastPrinted(table, part));
                        break;
                    }
                }
            }
        }
        return starts.isEmpty() ? whole : new SheetParts(titles, starts, lastRows);
    }

    /**
     * The last of the table's rows that a part prints: the part's rows are the table's in order, less the totals
     * rows whose figures all stand in other parts (ColumnParts); a row is known by its kind and its first cell, STT
     * or "Tổng", which every part keeps.
     */
    private static int lastPrinted(TableView table, TableView part) {
        List<RowView> rows = table.rows();
        if (part.rows().isEmpty()) {
            return rows.size() - 1;
        }
        RowView last = part.rows().get(part.rows().size() - 1);
        for (int r = rows.size() - 1; r >= 0; r--) {
            RowView row = rows.get(r);
            if (row.kind() == last.kind() && !row.cells().isEmpty() && !last.cells().isEmpty()
                    && row.cells().get(0).plain().equals(last.cells().get(0).plain())) {
                return r;
            }
        }
        return rows.size() - 1;
    }

    private static boolean sharedByAll(List<TableView> parts, int index, String key) {
        return parts.stream().allMatch(p -> p.columns().size() > index && p.columns().get(index).key().equals(key));
    }
}
