package plandoc.render.xlsx;

import java.lang.reflect.Field;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * plandoc's AutoSizeColumnTracker (src/main/java/org/apache/poi/xssf/streaming/) replaces POI's on the class path so
 * that making a streamed sheet (the "Dữ liệu" sheet) does not measure a character with AWT, which starts the JDK's
 * font system (~130 ms of a cold build's CPU, issue 17). Fails when the library's own class is loaded instead; and
 * checks that a streamed sheet's columns still auto-size as an ordinary sheet's do.
 */
class StreamedSheetFontsTest {

    @Test
    void aStreamedSheetIsMadeWithoutMeasuringText() throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            SXSSFSheet sheet = workbook.createSheet("Dữ liệu");
            Field field = SXSSFSheet.class.getDeclaredField("_autoSizeColumnTracker");
            field.setAccessible(true);
            Object tracker = field.get(sheet);
            Field width = tracker.getClass().getDeclaredField("defaultCharWidth");
            width.setAccessible(true);
            assertTrue(Float.isNaN(width.getFloat(tracker)), "the default character's width is not measured yet");
            workbook.dispose();
        }
    }

    @Test
    void aTrackedColumnAutoSizesAsAnOrdinarySheetsDoes() throws Exception {
        String[] texts = {"Khoản mục", "Nâng cấp hạ tầng kỹ thuật dùng chung của tỉnh", "12.345"};
        try (SXSSFWorkbook streamed = new SXSSFWorkbook(1); XSSFWorkbook plain = new XSSFWorkbook()) {
            SXSSFSheet sheet = streamed.createSheet("a");
            sheet.trackColumnForAutoSizing(0);
            XSSFSheet reference = plain.createSheet("a");
            for (int i = 0; i < texts.length; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(texts[i]);
                reference.createRow(i).createCell(0).setCellValue(texts[i]);
            }
            sheet.autoSizeColumn(0);
            reference.autoSizeColumn(0);
            assertTrue(sheet.getColumnWidth(0) > 256 * 20, "the longest text is wider than 20 characters");
            assertEquals(reference.getColumnWidth(0), sheet.getColumnWidth(0));
            streamed.dispose();
        }
    }
}
