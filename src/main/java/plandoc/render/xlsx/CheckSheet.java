package plandoc.render.xlsx;

import static plandoc.render.xlsx.BudgetWorkbook.BODY_PT;
import static plandoc.render.xlsx.BudgetWorkbook.CHAR_MM;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Messages;
import plandoc.render.xlsx.BudgetWorkbook.SheetTable;
import plandoc.render.xlsx.BudgetWorkbook.TableSheet;
import plandoc.resolved.CellRole;
import plandoc.resolved.DeclaredFigure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The declared figures of every table beside the computed ones, and the sheets' grand totals. */
final class CheckSheet {
    private final XSSFSheet sheet;
    private final Styles styles;
    private final Messages messages;

    CheckSheet(XSSFSheet sheet, Styles styles, Messages messages) {
        this.sheet = sheet;
        this.styles = styles;
        this.messages = messages;
    }

    void write(List<SheetTable> tables) {
        List<String> heads = List.of("Bảng", "Dòng", "Số liệu", "Số ghi trong văn bản", "Số tính được", "Chênh lệch",
                "Kết quả");
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("ĐỐI CHIẾU SỐ LIỆU ĐÃ GHI VỚI SỐ TÍNH ĐƯỢC");
        title.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, heads.size() - 1));
        boolean declared = tables.stream().anyMatch(t -> !t.place().table().sums().declared().isEmpty());
        Row head = declared ? sheet.createRow(1) : null;
        for (int c = 0; head != null && c < heads.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(heads.get(c));
            cell.setCellStyle(styles.header);
        }
        int[] widths = {16, 36, 30, 16, 16, 14, 14};
        List<Double> widthsMm = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
            widthsMm.add(widths[c] * CHAR_MM);
        }
        int r = 2;
        for (SheetTable table : tables) {
            int decimals = table.place().table().decimals();
            for (DeclaredFigure figure : table.place().table().sums().declared()) {
                Row row = sheet.createRow(r);
                String owner = phrase(figure.owner());
                String what = phrase(figure.what());
                text(row, 0, table.sheet().getSheetName());
                text(row, 1, owner);
                text(row, 2, what);
                number(row, 3, figure.declared(), decimals);
                if (figure.computed().isPresent()) {
                    number(row, 4, figure.computed().get(), decimals);
                    String d = "D" + (r + 1);
                    String e = "E" + (r + 1);
                    formula(row, 5, d + "-" + e, decimals, false);
                    formula(row, 6, "IF(ABS(" + d + "-" + e + ")<0.000001,\"Khớp\",\"Lệch\")", decimals, true);
                } else {
                    text(row, 4, figure.printedComputed());
                    text(row, 5, "");
                    text(row, 6, "Không tính được");
                }
                // A row whose text wraps is as tall as its lines: LibreOffice printed 424's nine rows over each other
                // (s20 tryout 1), as it does any row of wrapped text without a stated height.
                TableSheet.fit(row, List.of(table.sheet().getSheetName(), owner, what, figure.printedComputed(), "", "", ""),
                        widthsMm, false, BODY_PT);
                r++;
            }
        }
        if (!declared) {
            // A sentence under the title, no column headings over nothing: its printed page held an empty table.
            Row row = sheet.createRow(1);
            // In the finance officer's words, not the source's key (review, session 13).
            row.createCell(0).setCellValue("Văn bản không ghi sẵn số tổng nào để đối chiếu: mọi số tổng trong các bảng"
                    + " đều được cộng từ các dòng. Trang này không in ra giấy.");
            row.getCell(0).setCellStyle(styles.note);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, heads.size() - 1));
            // Said on screen, not on paper: a printed dossier got a page holding this one sentence (s20). OOXML has no
            // "do not print this sheet" but for hiding it, which hides it on screen too; a print area holding one empty
            // cell beside the text prints nothing (LibreOffice leaves out empty pages, Excel a sheet with nothing to print).
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), heads.size(), heads.size(), 0, 0);
        }
        if (head != null) {
            // "Số ghi trong văn bản" takes two lines: LibreOffice would print them over each other in one.
            TableSheet.fit(head, heads, widthsMm, true, BODY_PT);
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
            sheet.createFreezePane(0, 2);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        BudgetWorkbook.decreeMargins(sheet);
    }

    private String phrase(String phrase) {
        return messages.format(Message.of("xlsx.phrase", phrase));
    }

    private void text(Row row, int c, String text) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(styles.body(CellRole.TEXT, false, 0, false));
    }

    private void number(Row row, int c, BigDecimal value, int decimals) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.body(CellRole.MONEY, false, decimals, false));
    }

    private void formula(Row row, int c, String formula, int decimals, boolean text) {
        Cell cell = row.createCell(c);
        cell.setCellFormula(formula);
        cell.setCellStyle(styles.body(text ? CellRole.TEXT : CellRole.MONEY, false, decimals, false));
    }
}
