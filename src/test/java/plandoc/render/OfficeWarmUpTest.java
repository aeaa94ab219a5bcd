package plandoc.render;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The throw-away office files a one-plan build writes while it checks (issue 17) are whole files: a
 * failure is swallowed at run time, so the warm-up would silently stop warming anything.
 */
class OfficeWarmUpTest {

    @Test
    void theWarmUpWritesADocxAndAnXlsxThatReadBack() throws Exception {
        List<byte[]> files = OfficeWarmUp.write();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files.get(0)));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertTrue(text.getText().contains("KẾ HOẠCH"), text.getText());
            assertEquals(1, docx.getTables().size());
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(files.get(1)))) {
            assertEquals(1234.5, xlsx.getSheet("Phụ lục").getRow(0).getCell(0).getNumericCellValue());
            assertEquals("SUM(A1:A1)", xlsx.getSheet("Phụ lục").getRow(1).getCell(0).getCellFormula());
        }
    }
}
