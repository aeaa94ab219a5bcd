package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import plandoc.diff.ComparisonView.Cell;
import plandoc.diff.ComparisonView.Part;
import plandoc.diff.ComparisonView.Row;
import plandoc.diff.ComparisonView.Table;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Funding;

/**
 * A row that heads the rows under it (a budget group, an objectives group, a project with its changed cells) never
 * ends a page of the comparison with those rows overleaf: the flagship's comparison ended page 2 with "III. Ứng dụng
 * công nghệ thông tin trong doanh nghiệp", its projects on page 3 (s27). The heading is pushed down row by row by the
 * rows above it, so that it passes every place at the foot of page 1; the PDF is read back with PDFBox.
 */
class ComparisonGroupRowTest {
    private static final List<String> HEADERS = List.of("Nội dung", "Trước điều chỉnh", "Sau điều chỉnh", "Tăng/giảm");
    private static final String GROUP = "III. Ứng dụng công nghệ thông tin trong doanh nghiệp";
    private static final String ITEM = "Dự án số 9. Hỗ trợ doanh nghiệp (sửa đổi)";
    private static final String FIRST_CELL = "- Nguồn sự nghiệp trung ương 0";

    @Test
    void aHeadingRowNeverEndsAPageWithoutTheRowUnderIt() throws Exception {
        ComparisonRenderer renderer = ComparisonRenderer.forTemplates(Path.of("templates"), RenderSettings.defaults());
        boolean movedOverleaf = false;
        for (int filler = 25; filler <= 30; filler++) {
            try (PDDocument pdf = Loader.loadPDF(renderer.pdf(view(filler), Map.of()))) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    String text = text(pdf, page);
                    String where = "page " + page + " of the comparison with " + filler + " rows above:\n" + text;
                    // The group's title wraps: its first words name it. A page that has a heading has the row under it.
                    assertFalse(text.contains("III. Ứng dụng") && !text.contains(ITEM), where);
                    assertFalse(text.contains(ITEM) && !text.contains(FIRST_CELL), where);
                    movedOverleaf |= page == 2 && text.contains("III. Ứng dụng");
                }
            }
        }
        assertTrue(movedOverleaf, "some length puts the group at the foot of page 1, moved overleaf with its rows");
    }

    /** {@code filler} one-line rows, then a group, its project and the project's changed cells. */
    private static ComparisonView view(int filler) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < filler; i++) {
            rows.add(row("detail", "- Giai đoạn 2012-2015, NS địa phương " + i, "1,00", "1,50", "+0,50"));
        }
        rows.add(row("group", GROUP, "16,50", "18,50", "+2,00"));
        rows.add(row("item", ITEM, "3,50", "5,50", "+2,00"));
        for (int i = 0; i < 6; i++) {
            rows.add(row("detail", FIRST_CELL.substring(0, FIRST_CELL.length() - 1) + i, "1,00", "1,50", "+0,50"));
        }
        DocumentInfo info = new DocumentInfo("kh", "4086/QĐ-UBND", Optional.empty(), Optional.empty(), "Bảng so sánh",
                "Bảng so sánh", "UBND tỉnh Hà Tĩnh", "so-sanh-kh", Funding.NONE);
        return new ComparisonView("BẢNG SO SÁNH", "Nội dung trước và sau điều chỉnh", "Trước điều chỉnh; sau điều chỉnh.",
                List.of(new Part("phan-1", "I", "KINH PHÍ", List.of(
                        new Table("Phụ lục 3: Danh mục dự án", "Đơn vị tính: tỷ đồng", HEADERS, rows)))), info, "");
    }

    private static Row row(String kind, String title, String before, String after, String difference) {
        return new Row(kind, List.of(Cell.text(title, "title"), Cell.text(before, "money"), Cell.text(after, "money"),
                Cell.text(difference, "diff")));
    }

    /** The page's text, each run of spaces as one. */
    private static String text(PDDocument pdf, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("[ \\t]+", " ");
    }
}
