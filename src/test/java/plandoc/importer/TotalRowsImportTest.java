package plandoc.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.diagnostic.Messages;

/**
 * Which rows of a sheet are its total rows: the same rule ({@code model.TotalRowTitle}) the check uses for an item
 * typed as a total. The sheet is {@code src/test/resources/import/total-rows.csv}, cell by cell (a figure becomes a
 * number cell), written into an .xlsx: a numbered "Cộng đồng dân cư" and "Tổng điều tra …" are items, an unnumbered
 * "Cộng đồng số" is no total (before, the first "Cộng …" row was taken for the grand total: its 2 became the budget's
 * declared total), and "TONG CONG" typed without diacritics is the grand total.
 */
class TotalRowsImportTest {

    @TempDir
    Path dir;

    @Test
    void theSheetsTotalRowsAreTheCheckersTotalRows() throws Exception {
        Path sheet = dir.resolve("PL01.xlsx");
        writeSheet(Path.of("src/test/resources/import/total-rows.csv"), sheet);
        TableImporter.Result result = new BudgetImport().read(sheet, Optional.empty(), Optional.of("kinh-phi"));

        Messages vi = new Messages(Messages.VIETNAMESE);
        assertEquals(List.of("PL01.xlsx!Sheet1!7: dòng không phải nhóm (I, II …), dự án (1, 2 …) hay dòng tổng nên không "
                        + "nhập: \"Cộng đồng số | 1 | 1 | 2\"; sửa số thứ tự trong bảng rồi nhập lại, hoặc thêm vào YAML bằng tay"),
                result.notes().stream().map(n -> n.position() + ": " + vi.format(n.message())).toList());
        String yaml = new BudgetImport().yaml(result.budget());
        assertEquals(Files.readString(Path.of("src/test/resources/import/total-rows.yaml")), yaml);

        // The imported budget checks clean: its declared totals agree, and no item is taken for a total row.
        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION + """
                plan:
                  sections:
                    - title: Kinh phí
                      text: Tổng kinh phí {amount:kinh-phi}.
                """ + yaml)));
    }

    /** The CSV's cells into the first sheet of a new workbook: a cell that reads as a number is a number cell. */
    private static void writeSheet(Path csv, Path xlsx) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(csv.toFile());
             XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Sheet1");
            int r = 0;
            while (rows.hasNext()) {
                Row row = sheet.createRow(r++);
                List<String> cells = rows.next();
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    if (text.matches("-?\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(text));
                    } else if (!text.isEmpty()) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            try (var out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
    }
}
