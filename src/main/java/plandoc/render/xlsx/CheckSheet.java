package plandoc.render.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import plandoc.resolved.CellRole;
import plandoc.resolved.CheckRow;
import plandoc.resolved.CheckSheetView;

import java.math.BigDecimal;
import java.util.List;

/**
 * The declared figures of every table beside the computed ones, as compute laid them out ({@link CheckSheetView}):
 * the difference and the result live formulas over the two figures.
 */
final class CheckSheet {
    private final XSSFSheet sheet;
    private final Styles styles;

    CheckSheet(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    void write(CheckSheetView view, java.util.Optional<String> footer) {
        int width = view.heads().size();
        if (width == 0) {
            return; // a plan made in memory, its workbook not laid out (Workbook.NONE): the sheet stays empty
        }
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(view.title());
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        boolean declared = !view.rows().isEmpty();
        for (int c = 0; c < view.columns().size(); c++) {
            sheet.setColumnWidth(c, view.columns().get(c));
        }
        if (declared) {
            Row headings = headings(1, view.heads());
            view.headPt().ifPresent(pt -> headings.setHeightInPoints(pt.floatValue()));
            int r = 2;
            for (CheckRow figure : view.rows()) {
                figureRow(view, figure, r++);
            }
            // The title with the headings on every printed page: with 424's split: rows the sheet runs to many pages,
            // each of which says what it is (s27); the sheet's one block, so they are its own (s28 tryout F3).
            sheet.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
            sheet.createFreezePane(0, 2);
        } else {
            // A sentence under the title, no column headings over nothing: its printed page held an empty table.
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(view.nothing());
            row.getCell(0).setCellStyle(styles.note);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, width - 1));
            // Said on screen, not on paper: a printed dossier got a page holding this one sentence (s20). OOXML has no
            // "do not print this sheet" but for hiding it, which hides it on screen too; a print area holding one empty
            // cell beside the text prints nothing (LibreOffice leaves out empty pages, Excel a sheet with nothing to print).
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), width, width, 0, 0);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        BudgetWorkbook.decreeMargins(sheet);
        // Numbered as every other sheet's pages: a printed dossier's last page said which of how many it was (s21 tryout 5).
        BudgetWorkbook.pageFooter(sheet, footer);
    }

    private Row headings(int r, List<String> heads) {
        Row head = sheet.createRow(r);
        for (int c = 0; c < heads.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(heads.get(c));
            cell.setCellStyle(styles.header);
        }
        return head;
    }

    /** One figure beside the one it is compared with, their difference and the result live formulas over the two. */
    private void figureRow(CheckSheetView view, CheckRow figure, int r) {
        Row row = sheet.createRow(r);
        int c = 0;
        for (String text : figure.texts()) {
            text(row, c++, text);
        }
        int declaredAt = c;
        sumOf(number(row, c++, figure.declared(), figure.decimals()), figure.declaredParts(), figure.declared());
        if (figure.computed().isPresent()) {
            BigDecimal computed = figure.computed().get();
            Cell printed = number(row, c++, computed, figure.decimals());
            // A split: row's other breakdown: the sum of the cells printing it, its value cached.
            sumOf(printed, figure.computedParts(), computed);
            // The table's own cell, its figure cached: an edited line there changes the result (s26 review H3).
            figure.computedCell().ifPresent(at -> {
                printed.setCellFormula(new CellReference(at.sheet(), at.row(), at.column(), false, false)
                        .formatAsString());
                printed.setCellValue(computed.doubleValue());
            });
            String d = new CellReference(r, declaredAt).formatAsString(false);
            String e = new CellReference(r, declaredAt + 1).formatAsString(false);
            // Each formula with its value, as the tables' are: a viewer that does not recalculate shows them (L2).
            formula(row, c++, d + "-" + e, figure.decimals(), CellRole.MONEY)
                    .setCellValue(figure.difference().orElseThrow().doubleValue());
            // "Khớp" or "Lệch" centred under "Kết quả", as words in place of figures are: left-aligned, it
            // stood against the difference beside it ("0,0Khớp", s23 tryout L4).
            formula(row, c, "IF(ABS(" + d + "-" + e + ")<0.000001,\"" + view.matched() + "\",\""
                    + view.differs() + "\")", figure.decimals(), CellRole.NOTE)
                    .setCellValue(figure.result());
        } else {
            text(row, c++, figure.computedText());
            text(row, c++, "");
            text(row, c, figure.result());
        }
        figure.heightPt().ifPresent(pt -> row.setHeightInPoints(pt.floatValue()));
    }

    /** The cell as the sum of {@code parts}, its value cached; left as typed when there are none. */
    private static void sumOf(Cell cell, java.util.List<plandoc.resolved.SheetCell> parts, BigDecimal value) {
        if (parts.isEmpty()) {
            return;
        }
        java.util.List<String> ranges = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); ) {
            int j = i;
            while (j + 1 < parts.size() && parts.get(j + 1).row() == parts.get(i).row()
                    && parts.get(j + 1).column() == parts.get(j).column() + 1) {
                j++;
            }
            // Cells side by side as one range, 'Phụ lục I'!C5:E5: a breakdown's columns usually are.
            String from = reference(parts.get(i));
            ranges.add(j == i ? from : from + ":" + new CellReference(parts.get(j).row(), parts.get(j).column())
                    .formatAsString(false));
            i = j + 1;
        }
        // One cell is referred to bare ('IV. KINH PHÍ'!E7), not SUM('IV. KINH PHÍ'!E7): the same figure, read as what
        // it is (s31 sheet, left).
        boolean one = ranges.size() == 1 && !ranges.get(0).contains(":");
        cell.setCellFormula(one ? ranges.get(0) : "SUM(" + String.join(",", ranges) + ")");
        cell.setCellValue(value.doubleValue());
    }

    private static String reference(plandoc.resolved.SheetCell at) {
        return new CellReference(at.sheet(), at.row(), at.column(), false, false).formatAsString();
    }

    private void text(Row row, int c, String text) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(styles.body(CellRole.TEXT, false, 0, false));
    }

    private Cell number(Row row, int c, BigDecimal value, int decimals) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.body(CellRole.MONEY, false, decimals, false));
        return cell;
    }

    private Cell formula(Row row, int c, String formula, int decimals, CellRole role) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellStyle(styles.body(role, false, decimals, false));
        return cell;
    }
}
