package plandoc.render.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import plandoc.compute.TextLines;
import plandoc.diagnostic.Messages;
import plandoc.render.office.StableZip;
import plandoc.resolved.CellLink;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellSum;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's budget tables as an XLSX workbook for the finance office: one sheet per table named
 * after its appendix, laid out like the printed table, every total a live {@code SUM} over the cells
 * it adds up (from {@link plandoc.resolved.TableSums}), so a changed amount re-totals; a summary's figure
 * ({@code from:}) a reference to the appendix cells it adds up ({@code ='PHỤ LỤC 02'!F23}, or their SUM); a "Kiểm tra"
 * sheet with the figures earlier documents printed beside the computed ones. Figures are numbers with
 * a number format, never text; a crossed cell the items do not determine holds "…" with a comment.
 */
public final class BudgetWorkbook {

    public static final String CHECK_SHEET = "Kiểm tra";
    static final String FONT = "Times New Roman";
    /** Decree 30/2020 margins in inches: top and bottom 20 mm, left 30 mm, right 15 mm. */
    private static final double TOP = 20 / 25.4;
    private static final double BOTTOM = 20 / 25.4;
    private static final double LEFT = 30 / 25.4;
    private static final double RIGHT = 15 / 25.4;
    /** Body text size (Times New Roman 12 pt), also the workbook's default font ({@link Styles}). */
    static final double BODY_PT = 12;
    /** The title and caption above a table. */
    static final int BANNER_PT = 13;
    /**
     * The pitch of wrapped lines at 12 pt: Liberation Serif's ascent and descent are 13.3 pt, LibreOffice's
     * pitch; Windows rounds Times New Roman's to 19 px at 96 dpi, 14.25 pt, Excel's. The larger, so no line is cut.
     */
    static final double LINE_PT = 14.25;
    /** A row of wrapped text's room above and below its lines. */
    static final double ROW_PADDING_PT = 3;
    /** A cell's padding and rules, which its text cannot use. */
    private static final double CELL_PADDING_MM = 1.4;
    /**
     * Excel's column width unit in mm: the default font's digit, Times New Roman 12 pt, 8 pixels at 96 dpi.
     * With Calibri, POI's default, the unit followed whatever font a viewer put in its place (DejaVu Sans in a
     * LibreOffice without Carlito: a third wider), so no width was known in mm.
     */
    static final double CHAR_MM = 8 * 25.4 / 96;
    /** A landscape A4 page less the left and right margins: the width the PDF's landscape tables share. */
    static final double PAGE_MM = 297 - 30 - 15;
    /** The narrowest column in mm: a "TT" number column, any other column (4 and 8 digits of Calibri 11). */
    private static final double MIN_NUMBER_MM = 7.4;
    private static final double MIN_MM = 14.8;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * The height Excel gives a one-line row of 12 pt Times New Roman it sizes itself (21 pixels at 96 dpi);
     * LibreOffice would give it the sheet's default, 15 pt. Stated for every such row, so both print the same pages.
     */
    private static final double ONE_LINE_PT = 15.75;

    private final Messages messages = new Messages(Messages.VIETNAMESE);

    /** Loads the spreadsheet schema's types (XMLBeans' type system, once per process) ahead of the first {@link #write}. */
    public static void prepare() {
        CTWorksheet.type.getName();
    }

    /** The Decree's page margins, on a table's sheet and on the check sheet alike. */
    static void decreeMargins(XSSFSheet sheet) {
        sheet.setMargin(PageMargin.TOP, TOP);
        sheet.setMargin(PageMargin.BOTTOM, BOTTOM);
        sheet.setMargin(PageMargin.LEFT, LEFT);
        sheet.setMargin(PageMargin.RIGHT, RIGHT);
    }

    public byte[] write(ResolvedPlan plan) throws IOException {
        // Never closed, like the DOCX (PlanDocument.write): closing would save the whole package again into a
        // buffer of POI's own (OPCPackage.close), ~5 ms of a cold build (issue 17); it holds no file.
        XSSFWorkbook workbook = new XSSFWorkbook();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // The formulas are plandoc's own SUM and IF over cells it placed: POI's parse of each before
            // storing it as written (its only effect) was ~10 ms of a cold XLSX (issue 17, session 7).
            workbook.setCellFormulaValidation(false);
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            List<TablePlace> places = TablePlace.budgets(plan);
            // Every table's place first: a summary's figures refer to sheets that may come after its own.
            Map<String, Placement> placements = new HashMap<>();
            for (TablePlace place : places) {
                placements.put(place.table().id(), new Placement(sheetName(place.label(), names),
                        TableSheet.firstBody(place)));
            }
            List<SheetTable> written = new ArrayList<>();
            for (TablePlace place : places) {
                XSSFSheet sheet = workbook.createSheet(placements.get(place.table().id()).sheet());
                written.add(new TableSheet(sheet, place, styles, placements).write());
            }
            new CheckSheet(workbook.createSheet(CHECK_SHEET), styles, messages).write(written);
            workbook.setForceFormulaRecalculation(true);
            var properties = workbook.getProperties().getCoreProperties();
            // A draft has no number yet: "Dự thảo Kế hoạch: kinh phí", not "Kế hoạch /KH-SNV: kinh phí" (s18).
            properties.setTitle((plan.info().draft() ? "Dự thảo " + plan.info().kindName()
                    : plan.info().kindName() + " " + plan.info().numberSymbol()) + ": kinh phí");
            properties.setCreator("plandoc");
            // The issue date, not the build time: the same sources give the same file.
            // (An undated draft has none: POI's default, the time of writing, would differ on every build.)
            properties.setCreated(plan.info().date()
                    .map(d -> Date.from(d.atTime(LocalTime.MIDNIGHT).atZone(VIETNAM).toInstant())));
            try (var zip = StableZip.of(out, plan.info().date())) {
                workbook.write(zip);
            }
            return out.toByteArray();
        }
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
    static String sheetName(String label, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(label.isBlank() ? "Bảng" : label, '-');
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT))
                || name.equalsIgnoreCase(CHECK_SHEET); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }

    /** A table as written: its sheet and the sheet row of its first body row, for the check sheet. */
    record SheetTable(XSSFSheet sheet, TablePlace place, int firstBodyRow) {
    }

    /** Where a table will be written: its sheet's name and the sheet row of its first body row. */
    record Placement(String sheet, int firstBody) {
    }

    /**
     * How the sheet of a table the PDF prints in column parts is printed: the row-title columns every part
     * repeats ({@code titles}: STT and the title), the sheet column where each part's own columns begin, and the
     * last body row each part prints ({@code lastRows}, counted from the first body row): the PDF's part leaves out
     * a closing "Tổng" whose figures are all in other parts, and so does the part's print area.
     * A table printed whole is one part of all its columns and rows.
     */
    record PrintParts(int titles, List<Integer> starts, List<Integer> lastRows) {
        static PrintParts of(TableView table) {
            List<TableView> parts = table.print().parts();
            List<ColumnView> columns = table.columns();
            PrintParts whole = new PrintParts(0, List.of(0), List.of(table.rows().size() - 1));
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
            return starts.isEmpty() ? whole : new PrintParts(titles, starts, lastRows);
        }

        /**
         * The last of the table's rows that a part prints: the part's rows are the table's in order, less the
         * totals rows whose figures all stand in other parts (compute.ColumnParts); a row is known by its kind
         * and its first cell, STT or "Tổng", which every part keeps.
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

        boolean split() {
            return starts.size() > 1;
        }

        /** The last sheet column of part {@code p}. */
        int last(int p, int width) {
            return p + 1 < starts.size() ? starts.get(p + 1) - 1 : width - 1;
        }
    }

    /** A header label where {@link TableSheet#header} placed it: its rows and columns, counted from the header's top. */
    private record PlacedHeader(int firstRow, int lastRow, int firstColumn, int lastColumn, String text) {
    }

    /** One budget table on its sheet. */
    static final class TableSheet {
        private final XSSFSheet sheet;
        private final TablePlace place;
        private final TableView table;
        private final Styles styles;
        private final Map<String, Placement> placements;
        private final int width;
        private final int decimals;
        private final List<PlacedHeader> headerCells = new ArrayList<>();
        private final PrintParts parts;
        /**
         * The last column the lines above and below the table (heading, title, caption, notes) span, from the
         * first: the whole table; for a table printed in column parts, the first part's columns, so the title is
         * centred on the first printed page as the PDF centres it (over all columns it would be cut between two
         * parts; over the first part's own columns, after STT and the title, it sat right of the page's centre).
         * The later parts' pages do not print these rows ({@link #printAreas}), so no piece of the title heads
         * them from the repeated columns.
         */
        private final int lastBannerColumn;

        TableSheet(XSSFSheet sheet, TablePlace place, Styles styles, Map<String, Placement> placements) {
            this.sheet = sheet;
            this.place = place;
            this.table = place.table();
            this.styles = styles;
            this.placements = placements;
            this.width = table.columns().size();
            this.decimals = table.decimals();
            this.parts = PrintParts.of(table);
            this.lastBannerColumn = parts.last(0, width);
        }

        /** The lines above the table: heading, title and caption of its appendix, those it has. */
        private static List<String> banners(TablePlace place) {
            return java.util.stream.Stream.of(place.heading(), place.title(), place.caption())
                    .filter(line -> !line.isBlank()).toList();
        }

        /** The sheet row of the first body row: the banners, the unit line, the header rows. */
        static int firstBody(TablePlace place) {
            return banners(place).size() + 1 + place.table().header().size();
        }

        SheetTable write() {
            int r = 0;
            for (String line : banners(place)) {
                banner(r++, line, line == place.caption() ? styles.caption : styles.title);
            }
            unitLine(r++);
            int firstHeader = r;
            header(firstHeader);
            int firstBody = firstHeader + table.header().size();
            Map<CellRef, CellSum> sums = new HashMap<>();
            table.sums().sums().forEach(s -> sums.put(s.cell(), s));
            Map<CellRef, String> links = new HashMap<>();
            table.sums().links().forEach(l -> formula(l).ifPresent(f -> links.put(l.cell(), f)));
            Set<CellRef> undetermined = new HashSet<>(table.sums().undetermined());
            undetermined.addAll(table.sums().declaredCells());
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            for (int i = 0; i < table.rows().size(); i++) {
                body(i, firstBody, sums, links, undetermined, drawing);
            }
            int after = firstBody + table.rows().size();
            for (InlineText note : table.notes()) {
                banner(after++, note.plain(), styles.note);
            }
            columns();
            // Each line over the table as tall as its wrapped text, set even for one line: LibreOffice sizes a
            // merged cell's row as if its text were in its first column alone.
            List<String> banners = banners(place);
            for (int i = 0; i < banners.size(); i++) {
                boolean caption = banners.get(i) == place.caption();
                sheet.getRow(i).setHeightInPoints((float) height(lines(banners.get(i),
                        spanMm(0, lastBannerColumn), !caption, BANNER_PT), BANNER_PT));
            }
            fitHeader(firstHeader);
            for (int i = 0; i < table.rows().size(); i++) {
                fitBody(sheet.getRow(firstBody + i), table.rows().get(i));
            }
            for (int i = 0; i < table.notes().size(); i++) {
                String note = table.notes().get(i).plain();
                fit(sheet.getRow(firstBody + table.rows().size() + i), List.of(note),
                        List.of(spanMm(0, lastBannerColumn)), false, BODY_PT);
            }
            // Every row's height stated, a one-line row's too: both viewers then print the pages laid out below.
            for (Row row : sheet) {
                if (!((XSSFRow) row).getCTRow().getCustomHeight()) {
                    row.setHeightInPoints((float) ONE_LINE_PT);
                }
            }
            printSetup(firstHeader, firstBody);
            return new SheetTable(sheet, place, firstBody);
        }

        private void banner(int rowIndex, String text, CellStyle style) {
            span(sheet.createRow(rowIndex), 0, lastBannerColumn, text, style);
        }

        /**
         * The unit line, right-aligned over the table; for a table printed in column parts once over each part's
         * own columns, where the PDF prints it above every part ("Đơn vị tính: Triệu đồng" over the figures). The
         * later parts' pages open with this row beside the repeated STT and title, whose cells here stay empty.
         */
        private void unitLine(int rowIndex) {
            if (!parts.split() || parts.titles() >= lastBannerColumn) {
                banner(rowIndex, table.unitLine(), styles.unit);
                return;
            }
            Row row = sheet.createRow(rowIndex);
            for (int p = 0; p < parts.starts().size(); p++) {
                span(row, p == 0 ? parts.titles() : parts.starts().get(p), parts.last(p, width), table.unitLine(),
                        styles.unit);
            }
        }

        private void span(Row row, int first, int last, String text, CellStyle style) {
            Cell cell = row.createCell(first);
            cell.setCellValue(text);
            cell.setCellStyle(style);
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
            }
        }

        /** Header cells placed as a browser places them: each in the next column not covered from above. */
        private void header(int top) {
            List<List<HeaderCell>> header = table.header();
            boolean[][] taken = new boolean[header.size()][width];
            for (int i = 0; i < header.size(); i++) {
                Row row = sheet.createRow(top + i);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellStyle(styles.header);
                }
            }
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
                    sheet.getRow(top + i).getCell(c).setCellValue(cell.text());
                    headerCells.add(new PlacedHeader(i, lastRow, c, lastColumn, cell.text()));
                    if (lastRow > i || lastColumn > c) {
                        sheet.addMergedRegion(new CellRangeAddress(top + i, top + lastRow, c, lastColumn));
                    }
                    c = lastColumn + 1;
                }
            }
        }

        /**
         * Header rows as tall as their wrapped labels, like the body rows: a label in a column narrower than its
         * words ran over the row above it in LibreOffice. A label spanning rows grows the last of them.
         */
        private void fitHeader(int top) {
            for (int i = 0; i < table.header().size(); i++) {
                List<String> cells = new ArrayList<>();
                List<Double> widths = new ArrayList<>();
                for (PlacedHeader cell : headerCells) {
                    if (cell.firstRow() == i && cell.lastRow() == i) {
                        cells.add(cell.text());
                        widths.add(spanMm(cell.firstColumn(), cell.lastColumn()));
                    }
                }
                fit(sheet.getRow(top + i), cells, widths, true, BODY_PT);
            }
            for (PlacedHeader cell : headerCells) {
                if (cell.lastRow() > cell.firstRow()) {
                    double need = height(lines(cell.text(), spanMm(cell.firstColumn(), cell.lastColumn()), true, BODY_PT),
                            BODY_PT);
                    double have = 0;
                    for (int y = cell.firstRow(); y <= cell.lastRow(); y++) {
                        have += sheet.getRow(top + y).getHeightInPoints();
                    }
                    if (have < need) {
                        Row last = sheet.getRow(top + cell.lastRow());
                        last.setHeightInPoints((float) (last.getHeightInPoints() + need - have));
                    }
                }
            }
        }

        /** The printed width of columns {@code first} to {@code last}. */
        private double spanMm(int first, int last) {
            double mm = 0;
            for (int x = first; x <= last; x++) {
                mm += columnMm(x);
            }
            return mm;
        }

        private void body(int index, int firstBody, Map<CellRef, CellSum> sums, Map<CellRef, String> links,
                          Set<CellRef> undetermined, Drawing<?> drawing) {
            RowView view = table.rows().get(index);
            boolean bold = view.kind() != RowKind.ITEM && view.kind() != RowKind.UNALLOCATED;
            Row row = sheet.createRow(firstBody + index);
            int c = 0;
            for (CellView cell : view.cells()) {
                CellRef at = new CellRef(index, c);
                CellRole role = cell.role();
                CellStyle style = styles.body(role, bold, decimals, sums.containsKey(at) && cell.value().isEmpty());
                for (int x = c; x < Math.min(width, c + cell.colspan()); x++) {
                    row.createCell(x).setCellStyle(style);
                }
                Cell target = row.getCell(c);
                if (target == null) {
                    break;
                }
                CellSum sum = sums.get(at);
                if (sum != null) {
                    target.setCellFormula(formula(sum.parts(), firstBody));
                    target.setCellValue(cell.value().map(BigDecimal::doubleValue).orElse(0d));
                } else if (links.containsKey(at) && cell.value().isPresent()) {
                    // The cached value beside the formula: viewers that do not recalculate show the figure.
                    target.setCellFormula(links.get(at));
                    target.setCellValue(cell.value().get().doubleValue());
                } else if (cell.value().isPresent()) {
                    target.setCellValue(cell.value().get().doubleValue());
                    if (undetermined.contains(at)) {
                        // A declared figure in a cell the items leave open: typed, and said to be the original's.
                        table.sums().declaredNote().ifPresent(note -> comment(drawing, target, note));
                    }
                } else if (undetermined.contains(at)) {
                    // "…" as the PDF prints it: an empty cell reads as a zero, and the note under the table
                    // begins "(…)". Text, so the sums over the column pass it by. (A declared 0 prints blank.)
                    if (table.sums().declaredCells().contains(at)) {
                        table.sums().declaredNote().ifPresent(note -> comment(drawing, target, note));
                    } else {
                        target.setCellValue(cell.plain());
                        table.sums().undeterminedNote().ifPresent(note -> comment(drawing, target, note));
                    }
                } else if (role != CellRole.MONEY) {
                    String text = cell.plain();
                    if (!text.isEmpty()) {
                        target.setCellValue(text);
                    }
                }
                if (cell.colspan() > 1 && c + cell.colspan() - 1 < width) {
                    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), c,
                            c + cell.colspan() - 1));
                }
                c += cell.colspan();
            }
            while (c < width) {
                row.createCell(c++).setCellStyle(styles.body(CellRole.TEXT, bold, decimals, false));
            }
        }

        /**
         * A body row as tall as its wrapped text: neither Excel nor LibreOffice grows a row to fit its wrapped
         * cells when it opens a file (LibreOffice printed 4086's three-line titles over each other on one line).
         */
        private void fitBody(Row row, RowView view) {
            List<String> cells = new ArrayList<>();
            List<Double> widths = new ArrayList<>();
            boolean merged = false;
            int c = 0;
            for (CellView cell : view.cells()) {
                cells.add(cell.value().isPresent() ? "" : cell.plain());
                widths.add(spanMm(c, Math.min(width, c + cell.colspan()) - 1));
                merged |= cell.colspan() > 1 && cell.value().isEmpty() && !cell.plain().isBlank();
                c += cell.colspan();
            }
            boolean bold = view.kind() != RowKind.ITEM && view.kind() != RowKind.UNALLOCATED;
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, lines(cells.get(i), widths.get(i), bold, BODY_PT));
            }
            // A one-line row takes Excel's own one-line height (write), except one with text merged over several columns
            // ("Xã hội hoá" across the figures): LibreOffice sized it as if the text were in its first column alone.
            if (lines > 1 || merged) {
                row.setHeightInPoints((float) height(lines, BODY_PT));
            }
        }

        /**
         * A row as tall as its tallest cell's lines, wrapped at spaces with the font's own widths in the
         * column's width (compute.TextLines): a count of characters at an average width made rows of long
         * prose a third taller than their text.
         */
        static void fit(Row row, List<String> cells, List<Double> widthsMm, boolean bold, double sizePt) {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, lines(cells.get(i), widthsMm.get(i), bold, sizePt));
            }
            if (lines > 1) {
                row.setHeightInPoints((float) height(lines, sizePt));
            }
        }

        private static int lines(String text, double widthMm, boolean bold, double sizePt) {
            return TextLines.count(text, widthMm - CELL_PADDING_MM, sizePt, bold);
        }

        /** The height in points of a row of {@code lines} wrapped lines of {@code sizePt} type. */
        static double height(int lines, double sizePt) {
            return lines * LINE_PT * sizePt / BODY_PT + ROW_PADDING_PT;
        }

        /** A column's printed width: Excel's width unit is the default font's digit ({@link #CHAR_MM}). */
        private double columnMm(int c) {
            return sheet.getColumnWidth(c) / 256.0 * CHAR_MM;
        }

        private void comment(Drawing<?> drawing, Cell cell, String text) {
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(cell.getColumnIndex());
            anchor.setCol2(cell.getColumnIndex() + 3);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
            comment.setAuthor("plandoc");
            cell.setCellComment(comment);
        }

        /**
         * Each column the share of the landscape text width (252 mm, the Decree 30 margins below) that the PDF
         * gives it (compute.ColumnWidths, from the content), so the sheet prints like the PDF table rather than
         * shrunk to fit fixed widths; only converted here to Excel's width unit. A table the PDF prints in
         * column parts (its needs exceed a page) gives each column its width in the first part that prints it,
         * rather than the whole table squeezed into one page. A floor keeps a column readable. Before layout
         * (no widths) the fixed widths remain.
         */
        private void columns() {
            for (int c = 0; c < width; c++) {
                ColumnView column = table.columns().get(c);
                double least = column.role() == CellRole.NUMBER ? MIN_NUMBER_MM : MIN_MM;
                double chars = c < table.widths().size()
                        ? Math.max(least, printedMm(c)) / CHAR_MM
                        : switch (column.role()) {
                            case NUMBER -> 6;
                            case TITLE -> 42;
                            case TEXT -> 20;
                            default -> 13;
                        };
                sheet.setColumnWidth(c, (int) Math.round(chars * 256));
            }
        }

        /** The column's width on the PDF's landscape page: in the first column part that prints it, if split. */
        private double printedMm(int c) {
            String key = table.columns().get(c).key();
            for (TableView part : table.print().parts()) {
                for (int p = 0; p < part.columns().size() && p < part.widths().size(); p++) {
                    if (part.columns().get(p).key().equals(key)) {
                        return percent(part.widths().get(p)) / 100 * PAGE_MM;
                    }
                }
            }
            return percent(table.widths().get(c)) / 100 * PAGE_MM;
        }

        /** "12.50%" as 12.5. */
        private static double percent(String css) {
            return Double.parseDouble(css.substring(0, css.length() - 1));
        }

        private void printSetup(int firstHeader, int firstBody) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            // A scale, never "fit to page": Excel ignores manual breaks under it, and the row breaks below need them.
            sheet.setFitToPage(false);
            List<PageBreaks.Part> printed = printedParts(firstBody);
            short widest = parts.split() ? printInParts(printed) : scale(spanMm(0, width - 1));
            PageBreaks.Layout layout = pageBreaks(firstHeader, firstBody, printed).layout(widest);
            print.setScale(layout.scale());
            layout.breaks().forEach(sheet::setRowBreak);
            sheet.setAutobreaks(true);
            decreeMargins(sheet);
            sheet.setMargin(PageMargin.HEADER, TOP / 2);
            sheet.setMargin(PageMargin.FOOTER, BOTTOM / 2);
            sheet.getFooter().setCenter("Trang &P/&N");
            if (firstBody > firstHeader) {
                sheet.setRepeatingRows(new CellRangeAddress(firstHeader, firstBody - 1, -1, -1));
                sheet.createFreezePane(parts.titles(), firstBody);
            }
        }

        /**
         * The rows each print part prints: a table printed whole, the whole sheet; in column parts, the first part
         * from the sheet's top (heading, title, caption over its columns), each later part from the unit line, each
         * to the last row its PDF part prints. The notes stand under the first part's columns: that part prints to
         * the sheet's last row when the table has notes, with any total above them.
         */
        private List<PageBreaks.Part> printedParts(int firstBody) {
            int unitRow = firstBody - table.header().size() - 1;
            int lastRow = sheet.getLastRowNum();
            List<PageBreaks.Part> printed = new ArrayList<>();
            for (int p = 0; p < parts.starts().size(); p++) {
                int bottom = p == 0 && !table.notes().isEmpty() ? lastRow : firstBody + parts.lastRows().get(p);
                printed.add(new PageBreaks.Part(p == 0 ? 0 : unitRow, bottom));
            }
            return printed;
        }

        /**
         * The sheet's pages as PageBreaks lays them out from every row's stated height. A body row must not end a
         * page when it is a group heading with rows under it (s18 review, finding 6: 4086's "II Ứng dụng … đời
         * sống xã hội" alone at the foot of page 1), or the row above a total (a page would open with "Tổng" under
         * the repeated header, or hold only totals), or the last row above the notes.
         */
        private PageBreaks pageBreaks(int firstHeader, int firstBody, List<PageBreaks.Part> printed) {
            double[] heights = new double[sheet.getLastRowNum() + 1];
            for (int r = 0; r < heights.length; r++) {
                Row row = sheet.getRow(r);
                heights[r] = row == null ? ONE_LINE_PT : row.getHeightInPoints();
            }
            boolean[] keeps = new boolean[heights.length];
            List<RowView> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                boolean more = i + 1 < rows.size();
                RowKind kind = rows.get(i).kind();
                RowKind next = more ? rows.get(i + 1).kind() : null;
                keeps[firstBody + i] = more && (kind == RowKind.GROUP || kind == RowKind.HEADING
                        || next == RowKind.GRAND || next == RowKind.AXIS_TOTAL) || !more && !table.notes().isEmpty();
            }
            return new PageBreaks(heights, firstHeader, firstBody, keeps, printed);
        }

        /**
         * A table the PDF prints in column parts prints in the same parts, not shrunk to one page wide (where
         * 424's 15 columns came out in 6 pt type): a column break where each part after the first begins, STT
         * and the title repeated on every page (print titles, as each part repeats them), and one scale for
         * all pages, at most the largest at which the widest part fits the landscape text width — 100 % when the
         * columns have the PDF's widths. Excel ignores manual breaks under "fit to page", hence a scale.
         * Returns that largest scale.
         */
        private short printInParts(List<PageBreaks.Part> printed) {
            printAreas(printed);
            double titlesMm = parts.titles() == 0 ? 0 : spanMm(0, parts.titles() - 1);
            double widest = 0;
            for (int p = 0; p < parts.starts().size(); p++) {
                widest = Math.max(widest, (p == 0 ? 0 : titlesMm) + spanMm(p == 0 ? 0 : parts.starts().get(p),
                        parts.last(p, width)));
                if (p > 0) {
                    sheet.setColumnBreak(parts.starts().get(p) - 1);
                }
            }
            if (parts.titles() > 0) {
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, parts.titles() - 1));
            }
            return scale(widest);
        }

        /** The largest whole percentage at which {@code widthMm} fits the landscape text width, at most 100. */
        private static short scale(double widthMm) {
            return (short) Math.max(10, Math.min(100, Math.floor(100 * PAGE_MM / widthMm)));
        }

        /**
         * One print area per part: the first part's columns from the sheet's top (heading, title, caption centred
         * over them), each later part's own columns from the unit line, each to the last row it prints
         * ({@link #printedParts}), the repeated STT and title beside them. A print area of several ranges prints each
         * on pages of its own, so the rows above the unit line never print beside a later part: its pages open, as
         * the PDF's do, with the unit line and the repeated header, no piece of the title in the repeated columns.
         * A part that holds none of a closing total's figures ends above it, as its PDF part does: the text columns
         * of 424's Phụ lục 03 and 04 ended with a "Tổng" over empty cells.
         */
        private void printAreas(List<PageBreaks.Part> printed) {
            List<String> areas = new ArrayList<>();
            for (int p = 0; p < parts.starts().size(); p++) {
                areas.add(new CellRangeAddress(printed.get(p).top(), printed.get(p).bottom(),
                        p == 0 ? 0 : parts.starts().get(p), parts.last(p, width)).formatAsString(null, true));
            }
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), String.join(",", areas));
        }

        /**
         * {@code SUM(D7:D9)} for parts down one column, {@code SUM(D7:E7,G7:H7)} for parts along a row:
         * runs of neighbouring cells become ranges.
         */
        static String formula(List<CellRef> parts, int firstBody) {
            List<String> ranges = new ArrayList<>();
            boolean oneColumn = parts.stream().map(CellRef::column).distinct().count() == 1;
            int i = 0;
            while (i < parts.size()) {
                CellRef start = parts.get(i);
                int j = i;
                while (j + 1 < parts.size() && next(parts.get(j), parts.get(j + 1), oneColumn)) {
                    j++;
                }
                CellRef end = parts.get(j);
                String from = new CellReference(firstBody + start.row(), start.column()).formatAsString();
                String to = new CellReference(firstBody + end.row(), end.column()).formatAsString();
                ranges.add(i == j ? from : from + ":" + to);
                i = j + 1;
            }
            return "SUM(" + String.join(",", ranges) + ")";
        }

        /**
         * {@code 'PHỤ LỤC 02'!F23} for one source cell, {@code SUM('PHỤ LỤC 02'!F23,'PHỤ LỤC 03'!F30/1000)} for
         * several, each converted to this table's unit; empty when a source table has no sheet.
         */
        private Optional<String> formula(CellLink link) {
            List<String> refs = new ArrayList<>();
            for (CellLink.Part part : link.parts()) {
                Placement where = placements.get(part.table());
                if (where == null) {
                    return Optional.empty();
                }
                refs.add(new CellReference(where.sheet(), where.firstBody() + part.cell().row(), part.cell().column(),
                        false, false).formatAsString() + conversion(part.factor()));
            }
            return Optional.of(refs.size() == 1 ? refs.get(0) : "SUM(" + String.join(",", refs) + ")");
        }

        /** "*1000" or "/1000" (not "*0.001": a power of ten divides exactly, its inverse is no exact double). */
        static String conversion(BigDecimal factor) {
            int order = factor.compareTo(BigDecimal.ONE);
            return order == 0 ? "" : order > 0 ? "*" + factor.toPlainString()
                    : "/" + BigDecimal.ONE.divide(factor).toPlainString();
        }

        private static boolean next(CellRef a, CellRef b, boolean oneColumn) {
            return oneColumn ? b.column() == a.column() && b.row() == a.row() + 1
                    : b.row() == a.row() && b.column() == a.column() + 1;
        }
    }
}
