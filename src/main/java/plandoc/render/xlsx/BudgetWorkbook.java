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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import plandoc.compute.SheetLayouts;
import plandoc.render.office.StableZip;
import plandoc.resolved.CellLink;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellSum;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.InlineText;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowKind;
import plandoc.resolved.RowView;
import plandoc.resolved.SheetBanner;
import plandoc.resolved.SheetHeaderCell;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.SheetPages;
import plandoc.resolved.SheetParts;
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

    public static final String CHECK_SHEET = SheetLayouts.CHECK_SHEET;
    static final String FONT = "Times New Roman";
    /** Decree 30/2020 margins in inches: top and bottom 20 mm, left 30 mm, right 15 mm. */
    private static final double TOP = 20 / 25.4;
    private static final double BOTTOM = 20 / 25.4;
    private static final double LEFT = 30 / 25.4;
    private static final double RIGHT = 15 / 25.4;
    /** Body text size (Times New Roman 12 pt), also the workbook's default font ({@link Styles}). */
    static final double BODY_PT = SheetLayouts.BODY_PT;
    /** The title and caption above a table. */
    static final int BANNER_PT = SheetLayouts.BANNER_PT;
    private static final ZoneId VIETNAM = plandoc.model.VietnamTime.ZONE;

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

    /**
     * The page footer compute gave the sheet ({@link plandoc.resolved.Workbook#pageFooters},
     * {@link plandoc.resolved.SheetLayout#pageFooter}), half way into the
     * bottom margin, its pages numbered from 1 in each sheet: printed or exported whole (LibreOffice always does,
     * Excel's "Print entire workbook"), the pages were otherwise numbered across the sheets, "Trang 5" on an
     * appendix's first page (rule G2; s34 pages review 1).
     */
    static void pageFooter(org.apache.poi.ss.usermodel.Sheet sheet, java.util.Optional<String> footer) {
        footer.ifPresent(text -> {
            sheet.setMargin(PageMargin.HEADER, TOP / 2);
            sheet.setMargin(PageMargin.FOOTER, BOTTOM / 2);
            sheet.getFooter().setCenter(text);
            sheet.getPrintSetup().setUsePage(true);
            sheet.getPrintSetup().setPageStart((short) 1);
        });
    }

    /** The footer compute gave the check or data sheet of this name; none for a plan not laid out. */
    private static Optional<String> footer(ResolvedPlan plan, String sheet) {
        return Optional.ofNullable(plan.workbook().pageFooters().get(sheet));
    }

    public byte[] write(ResolvedPlan plan) throws IOException {
        // Never closed, like the DOCX (PlanDocument.write): closing would save the whole package again into a
        // buffer of POI's own (OPCPackage.close), ~5 ms of a cold build (issue 17); it holds no file.
        XSSFWorkbook workbook = new XSSFWorkbook();
        // Made before any sheet: POI's streaming workbook takes over every sheet its template already holds.
        StreamedWorkbook streamed = new StreamedWorkbook(workbook, plan.info().date());
        boolean data = plan.workbook().data().present();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // The formulas are plandoc's own SUM and IF over cells it placed: POI's parse of each before
            // storing it as written (its only effect) was ~10 ms of a cold XLSX (issue 17, session 7).
            workbook.setCellFormulaValidation(false);
            Styles styles = new Styles(workbook);
            // Every table's place first: a summary's figures refer to sheets that may come after its own.
            Map<String, SheetLayout> placements = new HashMap<>();
            for (SheetLayout layout : plan.workbook().sheets()) {
                placements.put(layout.tableId(), layout);
            }
            for (SheetLayout layout : plan.workbook().sheets()) {
                new TableSheet(workbook.createSheet(layout.name()), layout, plan.table(layout.tableId()).orElseThrow(),
                        styles, placements, part -> data
                        ? DataSheet.sumOf(part, plan.workbook().data(), plan) : Optional.empty()).write();
            }
            // The flat data before the check sheet, which stays the last (s28 review M4).
            if (data) {
                String name = plan.workbook().data().name();
                new DataSheet(streamed.createSheet(name), workbook.getSheet(name), styles).write(plan.workbook().data(),
                        plan, footer(plan, name));
            }
            new CheckSheet(workbook.createSheet(CHECK_SHEET), styles).write(plan.workbook().check(),
                    footer(plan, CHECK_SHEET));
            // The split rows' sheet after it, under its own headings (s28 tryout F3).
            plan.workbook().check().splits().ifPresent(splits -> new CheckSheet(
                    workbook.createSheet(SheetLayouts.SPLIT_CHECK_SHEET), styles).write(splits,
                    footer(plan, SheetLayouts.SPLIT_CHECK_SHEET)));
            plan.workbook().pageHeader().ifPresent(header -> workbook.forEach(sheet -> sheet.getHeader().setRight(header)));
            workbook.setForceFormulaRecalculation(true);
            var properties = workbook.getProperties().getCoreProperties();
            properties.setTitle(plan.fileLabels().workbookTitle());
            // The issuer, as the PDF's Author and the Word copy's creator: the file is the issuer's document (s26 review L3).
            properties.setCreator(plan.info().issuer());
            // The issue date, not the build time: the same sources give the same file.
            // (An undated draft has none: POI's default, the time of writing, would differ on every build.)
            properties.setCreated(plan.info().date()
                    .map(d -> Date.from(d.atTime(LocalTime.MIDNIGHT).atZone(VIETNAM).toInstant())));
            // Whose file it is, for import to know the plan's own tables brought back (SheetLayouts.WRITTEN_BY).
            workbook.getProperties().getCustomProperties().addProperty(plandoc.compute.SheetLayouts.WRITTEN_BY,
                    plan.info().slug());
            // Each table's axes, which neither its sheet nor "Dữ liệu" gives back (compute.WorkbookAxes).
            for (SheetLayout layout : plan.workbook().sheets()) {
                plan.budgets().stream().filter(b -> b.id().equals(layout.tableId()) && !b.summary() && !b.axes().isEmpty()).findFirst()
                        .ifPresent(b -> {
                            var custom = workbook.getProperties().getCustomProperties();
                            custom.addProperty(plandoc.compute.WorkbookAxes.PREFIX + b.id(),
                                    plandoc.compute.WorkbookAxes.value(b.axes()));
                            // and the ids "Dữ liệu" cannot give back (compute.WorkbookIds)
                            custom.addProperty(plandoc.compute.WorkbookIds.PREFIX + b.id(),
                                    plandoc.compute.WorkbookIds.value(b));
                        });
            }
            if (data) {
                streamed.write(out);
            } else {
                try (var zip = StableZip.of(out, plan.info().date())) {
                    workbook.write(zip);
                }
            }
            return out.toByteArray();
        } finally {
            streamed.discard();
        }
    }

    /** One budget table on its sheet, placed as compute laid it out. */
    static final class TableSheet {
        private final XSSFSheet sheet;
        private final SheetLayout layout;
        private final TableView table;
        private final Styles styles;
        private final Map<String, SheetLayout> placements;
        /** A source's amounts on the data sheet added up ({@link DataSheet#sumOf}); empty without the sheet. */
        private final java.util.function.Function<CellLink.DataPart, Optional<String>> dataSums;
        private final int width;
        private final int decimals;
        private final SheetParts parts;
        /**
         * The last column the lines above and below the table (heading, title, caption, notes) span: for a table
         * printed in column parts, the first part's. The later parts' pages do not print these rows
         * ({@link #printAreas}), so no piece of the title heads them from the repeated columns.
         */
        private final int lastBannerColumn;

        TableSheet(XSSFSheet sheet, SheetLayout layout, TableView table, Styles styles, Map<String, SheetLayout> placements,
                   java.util.function.Function<CellLink.DataPart, Optional<String>> dataSums) {
            this.sheet = sheet;
            this.dataSums = dataSums;
            this.layout = layout;
            this.table = table;
            this.styles = styles;
            this.placements = placements;
            this.width = table.columns().size();
            this.decimals = table.decimals();
            this.parts = layout.parts();
            this.lastBannerColumn = layout.lastBannerColumn();
        }

        void write() {
            int r = 0;
            for (SheetBanner line : layout.banners()) {
                banner(r++, line.text(), line.caption() ? styles.caption : styles.title);
            }
            unitLine(layout.unitRow());
            int firstHeader = layout.firstHeader();
            header(firstHeader);
            int firstBody = layout.firstBody();
            Map<CellRef, CellSum> sums = new HashMap<>();
            table.sums().sums().forEach(s -> sums.put(s.cell(), s));
            Map<CellRef, String> links = new HashMap<>();
            table.sums().links().sources().forEach(l -> formula(l).ifPresent(f -> links.put(l.cell(), f)));
            Set<CellRef> undetermined = new HashSet<>(table.sums().open().undetermined());
            undetermined.addAll(table.sums().open().declared());
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            for (int i = 0; i < table.rows().size(); i++) {
                body(i, firstBody, sums, links, undetermined, drawing);
            }
            int after = firstBody + table.rows().size();
            for (InlineText note : table.notes()) {
                banner(after++, note.plain(), styles.note);
            }
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, layout.columns().get(c));
            }
            // Every row's height stated, a one-line row's too: neither Excel nor LibreOffice grows a row to fit its
            // wrapped text when it opens a file, and both then print the pages laid out below.
            for (int row = 0; row < layout.rowsTwips().size(); row++) {
                sheet.getRow(row).setHeight(layout.rowsTwips().get(row).shortValue());
            }
            printSetup(firstHeader, firstBody);
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

        /** The header's labels where compute placed them, the cells they cover merged. */
        private void header(int top) {
            for (int i = 0; i < layout.headerRows(); i++) {
                Row row = sheet.createRow(top + i);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellStyle(styles.header);
                }
            }
            for (SheetHeaderCell cell : layout.header()) {
                sheet.getRow(top + cell.firstRow()).getCell(cell.firstColumn()).setCellValue(cell.text());
                if (cell.merged()) {
                    sheet.addMergedRegion(new CellRangeAddress(top + cell.firstRow(), top + cell.lastRow(),
                            cell.firstColumn(), cell.lastColumn()));
                }
            }
        }

        private void body(int index, int firstBody, Map<CellRef, CellSum> sums, Map<CellRef, String> links,
                          Set<CellRef> undetermined, Drawing<?> drawing) {
            RowView view = table.rows().get(index);
            boolean bold = view.kind() != RowKind.ITEM && view.kind() != RowKind.UNALLOCATED;
            // As the PDF and the Word copy print it (s31 tryout L4: a summary's source rows bold upright here).
            boolean italic = view.kind().italic();
            Row row = sheet.createRow(firstBody + index);
            int c = 0;
            for (CellView cell : view.cells()) {
                CellRef at = new CellRef(index, c);
                CellRole role = cell.role();
                // A live figure the printed table leaves blank (no line holds a figure) hides its zero; one it prints,
                // a total of lines typed 0 included, shows 0 as the signed PDF does (s26 re-read M2). A line emptied
                // later may so print its total "0,0" where the PDF would leave it blank: the lesser of the two.
                CellStyle style = styles.body(role, bold, italic, decimals,
                        (sums.containsKey(at) || links.containsKey(at)) && cell.value().isEmpty());
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
                        table.sums().open().declaredNote().ifPresent(note -> comment(drawing, target, note));
                    }
                } else if (undetermined.contains(at)) {
                    // "…" as the PDF prints it: an empty cell reads as a zero, and the note under the table
                    // begins "(…)". Text, so the sums over the column pass it by. (A declared 0 prints blank.)
                    if (table.sums().open().declared().contains(at)) {
                        table.sums().open().declaredNote().ifPresent(note -> comment(drawing, target, note));
                    } else {
                        target.setCellValue(cell.plain());
                        table.sums().open().undeterminedNote().ifPresent(note -> comment(drawing, target, note));
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
                row.createCell(c++).setCellStyle(styles.body(CellRole.TEXT, bold, italic, decimals, false));
            }
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

        /** The pages compute laid out ({@link SheetLayout#pages}): its scale and row breaks, its parts' print areas. */
        private void printSetup(int firstHeader, int firstBody) {
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(true);
            // A scale, never "fit to page": Excel ignores manual breaks under it, and the row breaks below need them.
            sheet.setFitToPage(false);
            if (parts.split()) {
                printInParts();
            }
            print.setScale((short) layout.pages().scale());
            layout.pages().breaks().forEach(sheet::setRowBreak);
            sheet.setAutobreaks(true);
            decreeMargins(sheet);
            // Its own footer, naming its appendix; the check and data sheets take the workbook's.
            pageFooter(sheet, java.util.Optional.of(layout.pageFooter()));
            if (firstBody > firstHeader) {
                sheet.setRepeatingRows(new CellRangeAddress(firstHeader, firstBody - 1, -1, -1));
                sheet.createFreezePane(parts.titles(), firstBody);
            }
        }

        /**
         * A table the PDF prints in column parts prints in the same parts, not shrunk to one page wide (where
         * 424's 15 columns came out in 6 pt type): a column break where each part after the first begins, STT
         * and the title repeated on every page (print titles, as each part repeats them), at the one scale compute
         * chose for all pages.
         */
        private void printInParts() {
            printAreas(layout.pages().parts());
            for (int p = 1; p < parts.starts().size(); p++) {
                sheet.setColumnBreak(parts.starts().get(p) - 1);
            }
            if (parts.titles() > 0) {
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, parts.titles() - 1));
            }
        }

        /**
         * One print area per part: the first part's columns from the sheet's top (heading, title, caption centred
         * over them), each later part's own columns from the unit line, each to the last row it prints
         * ({@link SheetPages#parts}), the repeated STT and title beside them. A print area of several ranges prints each
         * on pages of its own, so the rows above the unit line never print beside a later part: its pages open, as
         * the PDF's do, with the unit line and the repeated header, no piece of the title in the repeated columns.
         * A part that holds none of a closing total's figures ends above it, as its PDF part does: the text columns
         * of 424's Phụ lục 03 and 04 ended with a "Tổng" over empty cells.
         */
        private void printAreas(List<SheetPages.PrintedRows> printed) {
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
         * several, each converted to this table's unit, a source's amounts on the data sheet as a {@code SUMIFS};
         * empty when a source table has no sheet.
         */
        private Optional<String> formula(CellLink link) {
            List<String> refs = new ArrayList<>();
            for (CellLink.Part part : link.parts()) {
                SheetLayout where = placements.get(part.table());
                if (where == null) {
                    return Optional.empty();
                }
                refs.add(new CellReference(where.name(), where.firstBody() + part.cell().row(), part.cell().column(),
                        false, false).formatAsString() + conversion(part.factor()));
            }
            for (CellLink.DataPart part : link.data()) {
                Optional<String> sum = dataSums.apply(part);
                if (sum.isEmpty()) {
                    return Optional.empty();
                }
                refs.add(sum.get());
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
