package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * Two lines in one cell of a Markdown table, written with {@code <br>} (a pipe row is one line, s23 tryout H2),
 * read back from the PDF (PDFBox) and the Word copy (POI): each line starts at the cell's left edge, the second
 * below the first, and no "&lt;br&gt;" is printed. Before, the tag printed as typed in all three.
 */
class TableCellLineBreakTest {
    static final String PLAN = TestPlans.DECISION + """
            plan:
              sections:
                - id: muc-dau-moi
                  title: Đầu mối triển khai
                  text: |
                    Mỗi sở cử đầu mối như sau.

                    | Cơ quan | Đầu mối | Ghi chú |
                    |---|---|---|
                    | Sở Tài chính | Văn phòng Sở | Cử thêm 01 kế toán<br>và 01 văn thư |
                    | Sở Y tế | - Phòng Kế hoạch<br />- Phòng Nghiệp vụ | |
            """;

    @TempDir
    Path dir;

    @Test
    void eachLineOfTheCellStartsAtItsLeftEdgeInThePdfAndTheWordCopy() throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, PLAN);
        RenderedPlan rendered = TestRenderers.standard().render(plan);

        try (PDDocument pdf = Loader.loadPDF(PdfStandardsTest.pdf(rendered))) {
            LineStarts starts = new LineStarts(List.of("Cử thêm 01 kế toán", "và 01 văn thư",
                    "- Phòng Kế hoạch", "- Phòng Nghiệp vụ"));
            String all = Normalizer.normalize(starts.getText(pdf), Normalizer.Form.NFC);
            assertFalse(all.contains("<br"), all);
            assertEquals(4, starts.found.size(), "each line read back once: " + starts.found);
            for (int i = 0; i < 4; i += 2) {
                LineStart first = starts.found.get(i);
                LineStart second = starts.found.get(i + 1);
                assertEquals(first.x(), second.x(), 0.5, "the second line starts where the first does");
                assertTrue(second.y() > first.y() + 8, "the second line is below the first: " + first + " " + second);
            }
        }

        byte[] docx = rendered.files().stream().filter(f -> f.name().endsWith(".docx")).findFirst().orElseThrow().bytes();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable table = word.getTables().stream().filter(t -> t.getText().contains("Sở Tài chính"))
                    .findFirst().orElseThrow();
            assertFalse(table.getText().contains("<br"), table.getText());
            assertEquals(List.of("Cử thêm 01 kế toán", "và 01 văn thư"), lines(table.getRow(1).getCell(2)));
            assertEquals(List.of("- Phòng Kế hoạch", "- Phòng Nghiệp vụ"), lines(table.getRow(2).getCell(1)));
        }

        String page = TestRenderers.standard().renderPage(plan);
        assertTrue(page.contains("<td>Cử thêm 01 kế toán<br />và 01 văn thư</td>"), page);
    }

    /** A cell's text split at its line breaks ({@code <w:br/>}, which POI reads as a line feed), as Word shows it. */
    private static List<String> lines(XWPFTableCell cell) {
        assertTrue(cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .anyMatch(r -> r.getCTR().sizeOfBrArray() > 0), "a line break in the cell");
        String text = String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        return text.lines().map(String::strip).toList();
    }

    private record LineStart(int page, float x, float y) {
    }

    /** Where each of the given texts begins: page and the position of its first glyph. */
    private static final class LineStarts extends PDFTextStripper {
        private final List<String> wanted;
        private final List<LineStart> found = new ArrayList<>();

        LineStarts(List<String> wanted) throws IOException {
            this.wanted = wanted;
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            super.writeString(text, positions);
            String read = Normalizer.normalize(text, Normalizer.Form.NFC);
            for (String w : wanted) {
                int at = read.indexOf(w);
                if (at >= 0 && at < positions.size()) {
                    TextPosition p = positions.get(at);
                    found.add(new LineStart(getCurrentPageNo(), p.getXDirAdj(), p.getYDirAdj()));
                }
            }
        }
    }
}
