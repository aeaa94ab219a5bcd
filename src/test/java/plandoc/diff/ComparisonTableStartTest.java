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
 * A comparison table that starts near a page foot takes its caption, unit line and header overleaf with its first
 * row: a reviewer's comparison of the flagship ended a page with "Nội dung | Trước điều chỉnh | Sau điều chỉnh |
 * Tăng/giảm" alone, its rows on the next page (s27). The second table is pushed down row by row by the first one's
 * length, so that its start passes every place at the foot of page 1; the PDF is read back with PDFBox.
 */
class ComparisonTableStartTest {
    private static final List<String> HEADERS = List.of("Nội dung", "Trước điều chỉnh", "Sau điều chỉnh", "Tăng/giảm");
    private static final String CAPTION = "Phụ lục 3: Danh mục dự án";
    private static final String UNIT = "Đơn vị tính: tỷ đồng";

    @Test
    void noPageEndsWithATablesCaptionUnitLineOrHeader() throws Exception {
        ComparisonRenderer renderer = ComparisonRenderer.forTemplates(Path.of("templates"), RenderSettings.defaults());
        boolean movedOverleaf = false;
        for (int filler = 24; filler <= 29; filler++) {
            try (PDDocument pdf = Loader.loadPDF(renderer.pdf(view(filler), Map.of()))) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    List<String> lines = lines(pdf, page);
                    String last = lines.get(lines.size() - 1);
                    String where = "page " + page + " of the comparison with " + filler + " rows above ends: " + last;
                    assertFalse(last.endsWith(HEADERS.get(3)), where);
                    assertFalse(last.equals(UNIT) || last.equals(CAPTION), where);
                    // Past the page number, page 2 opens with the second table's caption.
                    movedOverleaf |= page == 2 && lines.stream().filter(l -> !l.matches("\\d+")).findFirst()
                            .filter(CAPTION::equals).isPresent();
                }
            }
        }
        assertTrue(movedOverleaf, "some length puts the second table's start at the foot of page 1, moved overleaf whole");
    }

    /** A first table of {@code filler} one-line rows, then the table whose start is tried at the page foot. */
    private static ComparisonView view(int filler) {
        List<Row> first = new ArrayList<>();
        for (int i = 0; i < filler; i++) {
            first.add(row("detail", "- Giai đoạn 2012-2015, NS địa phương " + i, "1,00", "1,50", "+0,50"));
        }
        List<Row> second = new ArrayList<>();
        second.add(row("group", "I. Ứng dụng công nghệ thông tin trong cơ quan Đảng và Nhà nước của tỉnh Hà Tĩnh",
                "146,70", "153,70", "+7,00"));
        for (int i = 0; i < 8; i++) {
            second.add(row("detail", "- Giai đoạn 2016-2020, NS TƯ " + i, "1,00", "1,50", "+0,50"));
        }
        DocumentInfo info = new DocumentInfo("kh", "4086/QĐ-UBND", Optional.empty(), Optional.empty(), "Bảng so sánh",
                "Bảng so sánh", "UBND tỉnh Hà Tĩnh", "so-sanh-kh", Funding.NONE);
        return new ComparisonView("BẢNG SO SÁNH", "Nội dung trước và sau điều chỉnh", "Trước điều chỉnh; sau điều chỉnh.",
                List.of(new Part("phan-1", "I", "KINH PHÍ", List.of(
                        new Table("Phụ lục 2: Bảng tổng hợp", UNIT, HEADERS, first),
                        new Table(CAPTION, UNIT, HEADERS, second)))), info, "");
    }

    private static Row row(String kind, String title, String before, String after, String difference) {
        return new Row(kind, List.of(Cell.text(title, "title"), Cell.text(before, "money"), Cell.text(after, "money"),
                Cell.text(difference, "diff")));
    }

    /** The page's lines of text, blank ones left out, each with its spaces as one. */
    private static List<String> lines(PDDocument pdf, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).lines().map(l -> l.strip().replaceAll("\\s+", " ")).filter(l -> !l.isEmpty()).toList();
    }
}
