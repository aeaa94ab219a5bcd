package plandoc.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A short Markdown table in the prose is printed on one page: 424's table of the digital-economy enterprises
 * (five rows) printed three rows at the foot of the Đề án's page 6 and two overleaf (legal review, session 13).
 */
class ShortPipeTableTest {
    private static final List<String> ROWS = List.of("Doanh thu công nghiệp CNTT", "Nộp ngân sách",
            "Tổng số lao động CNTT", "Thu nhập bình quân/năm", "Số DN Công nghệ số trên địa bàn");

    @Test
    void theFiveRowsOfTheEnterprisesTableAreOnOnePage() throws Exception {
        TreeSet<Integer> pages = new TreeSet<>();
        int found = 0;
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of("ha-tinh-424-2022"))) {
            for (PrintedLines.Page page : PrintedLines.read(document)) {
                for (PrintedLines.Line line : page.body()) {
                    for (String row : ROWS) {
                        if (line.text().contains(row)) {
                            pages.add(page.number());
                            found++;
                        }
                    }
                }
            }
        }
        assertEquals(ROWS.size(), found, "each row found once");
        assertEquals(1, pages.size(), "the table's rows are on pages " + pages);
    }
}
