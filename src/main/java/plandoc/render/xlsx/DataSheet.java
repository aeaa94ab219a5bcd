package plandoc.render.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import plandoc.resolved.BudgetData;
import plandoc.resolved.DataRow;
import plandoc.resolved.DataSheetView;
import plandoc.resolved.ResolvedPlan;

/**
 * The flat data sheet, placed as compute made it ({@link DataSheetView}): a heading row frozen and filtered
 * (AutoFilter), then one row per amount ({@link BudgetData#data()}, the tidy CSV's rows), no merged cell, the amount a
 * number at its budget's scale. It is for the screen (filter, sort, pivot): printing the workbook leaves it out, as the
 * check sheet of a plan with nothing to check (a print area of one empty cell beside the table), or every printed
 * dossier would carry pages of rows the tables already print.
 *
 * <p>The rows are streamed ({@link StreamedWorkbook}): POI keeps a hundred of them in memory and writes the rest to a
 * temporary file, so a 2,000-item plan's 8,000 rows no longer hold ~80 MB of cell objects until the file is written
 * (session 29: its build's peak RSS had risen from 362 to 441 MB with this sheet).
 */
final class DataSheet {
    /** The width of a heading's comment box, in columns. */
    private static final int COMMENT_COLUMNS = 3;
    private final Sheet sheet;
    private final Styles styles;
    private final CellStyle text;
    /** A flag as Excel shows it, TRUE or FALSE: LibreOffice showed a bare boolean cell as 1 or 0. */
    private final CellStyle flag;
    private final Map<Integer, CellStyle> amounts = new HashMap<>();

    DataSheet(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
        this.text = sheet.getWorkbook().createCellStyle();
        this.flag = sheet.getWorkbook().createCellStyle();
        flag.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("\"TRUE\";\"TRUE\";\"FALSE\""));
    }

    void write(DataSheetView view, ResolvedPlan plan, Optional<String> footer) {
        int width = view.heads().size();
        Row head = sheet.createRow(0);
        head.setHeightInPoints((float) view.headPt());
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int c = 0; c < width; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(view.heads().get(c));
            cell.setCellStyle(styles.header);
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + COMMENT_COLUMNS);
            anchor.setRow1(0);
            anchor.setRow2(4);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(view.descriptions().get(c)));
            cell.setCellComment(comment);
            sheet.setColumnWidth(c, view.columns().get(c));
        }
        Map<String, BudgetData> budgets = new HashMap<>();
        plan.budgets().forEach(b -> budgets.put(b.id(), b));
        int r = 1;
        for (DataSheetView.Sheet table : view.budgets()) {
            BudgetData budget = budgets.get(table.budget());
            if (budget == null) {
                continue; // a table that is no budget's (none yet): nothing of it is open data
            }
            for (DataRow data : budget.data()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                for (String value : List.of(table.sheet(), data.budget(), data.groupId().orElse(""),
                        data.groupLabel().orElse(""), data.kind().id(), data.itemId().orElse(""),
                        data.itemTitle().orElse(""), String.join(";", data.lead()), data.breakdown(),
                        String.join("/", data.members()), String.join(" / ", data.memberLabels()))) {
                    text(row, c++, value);
                }
                amount(row, c++, data.amount());
                text(row, c++, data.unit());
                flag(row, c++, data.inTotal());
                flag(row, c++, data.computed());
                if (data.declaredTotal().isPresent()) {
                    amount(row, c, data.declaredTotal().get());
                }
                c++;
                flag(row, c, data.inPlanTotal());
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, width - 1));
        Workbook book = sheet.getWorkbook();
        // The empty cell beyond the headings' comments too: one whose box (3 columns wide, hidden) reaches it makes
        // LibreOffice print a page holding only the footer.
        int empty = width + COMMENT_COLUMNS + 1;
        book.setPrintArea(book.getSheetIndex(sheet), empty, empty, 0, 0);
        BudgetWorkbook.pageFooter(sheet, footer);
    }

    private void text(Row row, int c, String value) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(text);
    }

    private void flag(Row row, int c, boolean value) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(flag);
    }

    private void amount(Row row, int c, java.math.BigDecimal value) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        int decimals = Math.max(0, value.scale());
        cell.setCellStyle(amounts.computeIfAbsent(decimals, d -> {
            CellStyle style = sheet.getWorkbook().createCellStyle();
            style.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(NumberFormat.code(d, false)));
            return style;
        }));
    }
}
