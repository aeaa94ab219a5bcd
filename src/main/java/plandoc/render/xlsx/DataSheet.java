package plandoc.render.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import plandoc.resolved.BudgetData;
import plandoc.resolved.DataRow;
import plandoc.resolved.DataSheetView;
import plandoc.resolved.ResolvedPlan;

/**
 * The flat data sheet, placed as compute made it ({@link DataSheetView}): a line saying what the filter shows with a
 * SUBTOTAL of the amounts shown, a heading row, both frozen, the filter (AutoFilter) set as compute says and the rows
 * it hides hidden (Excel and LibreOffice show a file's filter as the file says, they do not apply it on opening), then
 * one row per amount, no merged cell, the amount a number at its budget's scale. It is for the screen (filter, sort,
 * pivot): printing the workbook leaves it out, as the check sheet of a plan with nothing to check (a print area of one
 * empty cell beside the table), or every printed dossier would carry pages of rows the tables already print.
 *
 * <p>The rows are streamed ({@link StreamedWorkbook}): POI keeps the one being written in memory and the rest in a
 * temporary file, so a 2,000-item plan's 8,000 rows no longer hold ~75 MB of cell objects until the file is written
 * (session 29: its build's peak RSS had risen from 362 to 441 MB with this sheet).
 */
final class DataSheet {
    /** The width of a heading's comment box, in columns. */
    private static final int COMMENT_COLUMNS = 3;
    /** The note line, then the headings; the rows below. */
    private static final int HEAD_ROW = 1;
    private final Sheet sheet;
    private final XSSFSheet template;
    private final Styles styles;
    private final CellStyle text;
    private final Map<Integer, CellStyle> amounts = new HashMap<>();

    /** @param template the sheet as the template workbook holds it, for the filter's criteria POI's API does not set */
    DataSheet(Sheet sheet, XSSFSheet template, Styles styles) {
        this.sheet = sheet;
        this.template = template;
        this.styles = styles;
        this.text = sheet.getWorkbook().createCellStyle();
    }

    /**
     * {@code SUMIFS} over the sheet's amounts of {@code part}'s budget given cell by cell whose members match, in the
     * summary's unit: a summary's figure no source cell prints (s29 tryout F4). By the rows' codes, not their places:
     * an officer who sorts the sheet keeps the sum. Empty when the sheet does not list the budget.
     */
    static java.util.Optional<String> sumOf(plandoc.resolved.CellLink.DataPart part, DataSheetView view,
                                            ResolvedPlan plan) {
        if (view.budgets().stream().noneMatch(b -> b.budget().equals(part.budget()))) {
            return java.util.Optional.empty();
        }
        int last = HEAD_ROW + view.budgets().stream().mapToInt(b -> plan.budgets().stream()
                .filter(d -> d.id().equals(b.budget())).findFirst().orElseThrow().data().size()).sum();
        String sheet = "'" + view.name().replace("'", "''") + "'!";
        java.util.function.Function<DataSheetView.Column, String> range = c -> {
            String letter = CellReference.convertNumToColString(c.ordinal());
            return sheet + "$" + letter + "$" + (HEAD_ROW + 2) + ":$" + letter + "$" + (last + 1);
        };
        return java.util.Optional.of("SUMIFS(" + range.apply(DataSheetView.Column.AMOUNT)
                + "," + range.apply(DataSheetView.Column.BUDGET) + ",\"" + part.budget() + "\""
                + "," + range.apply(DataSheetView.Column.BREAKDOWN) + ",\"" + view.words().get("cell") + "\""
                + "," + range.apply(DataSheetView.Column.MEMBER_IDS) + ",\"" + part.members() + "\")"
                + BudgetWorkbook.TableSheet.conversion(part.factor()));
    }

    void write(DataSheetView view, ResolvedPlan plan, java.util.Optional<String> footer) {
        int width = view.columns().size();
        int amountColumn = DataSheetView.Column.AMOUNT.ordinal();
        Map<String, BudgetData> budgets = new HashMap<>();
        plan.budgets().forEach(b -> budgets.put(b.id(), b));
        int last = HEAD_ROW + view.budgets().stream().mapToInt(b -> budgets.get(b.budget()).data().size()).sum();
        Row note = sheet.createRow(0);
        note.createCell(0).setCellValue(view.note());
        // The amounts the rows shown add up to, as the filter changes; its cached value the preset filter's sum.
        Cell subtotal = note.createCell(amountColumn);
        String column = CellReference.convertNumToColString(amountColumn);
        subtotal.setCellFormula("SUBTOTAL(9," + column + (HEAD_ROW + 2) + ":" + column + (last + 1) + ")");
        subtotal.setCellValue(view.shown().doubleValue());
        subtotal.setCellStyle(amountStyle(view.decimals()));
        if (view.noteUnit().isPresent()) {
            note.createCell(amountColumn + 1).setCellValue(view.noteUnit().get());
        }
        Row head = sheet.createRow(HEAD_ROW);
        head.setHeightInPoints((float) view.headPt());
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < width; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(view.columns().get(c).head());
            cell.setCellStyle(styles.header);
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + COMMENT_COLUMNS);
            anchor.setRow1(HEAD_ROW);
            anchor.setRow2(HEAD_ROW + 4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(
                    view.columns().get(c).description()));
            cell.setCellComment(comment);
            sheet.setColumnWidth(c, view.columns().get(c).width());
        }
        int r = HEAD_ROW + 1;
        for (DataSheetView.Sheet table : view.budgets()) {
            for (DataRow data : budgets.get(table.budget()).data()) {
                Row row = sheet.createRow(r++);
                row.setZeroHeight(view.filter().isPresent() && !data.inPlanTotal());
                List<String> texts = plandoc.compute.DataSheetTexts.of(view, table, data);
                for (int c = 0; c < width; c++) {
                    switch (view.columns().get(c).holds()) {
                        case AMOUNT -> amount(row, c, data.amount(), plandoc.compute.DataSheetTexts.printedAt(table, data));
                        case DECLARED -> {
                            if (data.declaredTotal().isPresent()) {
                                amount(row, c, data.declaredTotal().get());
                            }
                        }
                        default -> text(row, c, texts.get(c));
                    }
                }
            }
        }
        sheet.createFreezePane(0, HEAD_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEAD_ROW, last, 0, width - 1));
        view.filter().ifPresent(word -> filter(DataSheetView.Column.IN_PLAN_TOTAL.ordinal(), word));
        Workbook book = sheet.getWorkbook();
        // The empty cell beyond the headings' comments too: one whose box (3 columns wide, hidden) reaches it makes
        // LibreOffice print a page holding only the footer.
        int empty = width + COMMENT_COLUMNS + 1;
        book.setPrintArea(book.getSheetIndex(sheet), empty, empty, 0, 0);
        BudgetWorkbook.pageFooter(sheet, footer);
    }

    /**
     * {@code <filterColumn colId="10"><filters><filter val="Có"/></filters></filterColumn>} in the sheet's
     * {@code <autoFilter>}: written through a cursor, as the schema's types for it are not in poi-ooxml-lite.
     */
    private void filter(int column, String word) {
        String ns = template.getCTWorksheet().getAutoFilter().getDomNode().getNamespaceURI();
        try (XmlCursor cursor = template.getCTWorksheet().getAutoFilter().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(ns, "filterColumn"));
            cursor.insertAttributeWithValue("colId", Integer.toString(column));
            cursor.beginElement(new QName(ns, "filters"));
            cursor.beginElement(new QName(ns, "filter"));
            cursor.insertAttributeWithValue("val", word);
        }
    }

    private void text(Row row, int c, String value) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(text);
    }

    private void amount(Row row, int c, BigDecimal value) {
        amount(row, c, value, java.util.Optional.empty());
    }

    /**
     * The amount; with the table's cell printing it alone, a reference to that cell, the amount its cached value: an
     * amount edited there reaches the summary's SUMIFS over this column (s29 tryout F4). Absolute, so a sort keeps it.
     */
    private void amount(Row row, int c, BigDecimal value, java.util.Optional<plandoc.resolved.SheetCell> printed) {
        Cell cell = row.createCell(c);
        printed.ifPresent(at -> cell.setCellFormula(new CellReference(at.sheet(), at.row(), at.column(), true, true)
                .formatAsString()));
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(amountStyle(Math.max(0, value.scale())));
    }

    private CellStyle amountStyle(int decimals) {
        return amounts.computeIfAbsent(decimals, d -> {
            CellStyle style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(NumberFormat.code(d, false)));
            return style;
        });
    }
}
