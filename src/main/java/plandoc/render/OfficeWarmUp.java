package plandoc.render;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A throw-away DOCX and XLSX written while a one-plan build checks its plan (issue 17): POI's classes
 * loaded and compiled before the plan's own office files need them. Nothing is kept.
 */
final class OfficeWarmUp {

    private OfficeWarmUp() {
    }

    /** The DOCX and the XLSX. */
    static java.util.List<byte[]> write() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph paragraph = document.createParagraph();
            XWPFRun run = paragraph.createRun();
            run.setFontFamily("Times New Roman");
            run.setBold(true);
            run.setText("KẾ HOẠCH");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(1).getCell(1).setText("1.234,50");
            document.write(docx);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Phụ lục");
            XSSFCellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            XSSFCell cell = sheet.createRow(0).createCell(0);
            cell.setCellValue(1234.5);
            cell.setCellStyle(style);
            sheet.createRow(1).createCell(0).setCellFormula("SUM(A1:A1)");
            workbook.write(xlsx);
        }
        return java.util.List.of(docx.toByteArray(), xlsx.toByteArray());
    }
}
