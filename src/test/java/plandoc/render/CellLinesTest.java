package plandoc.render;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import plandoc.compute.CellLines;
import plandoc.resolved.InlineText;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.Span;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table cell an officer wrote on several lines prints them as lines in the PDF, as in the Word copy and the
 * workbook: 424's PHỤ LỤC 01 item 6 ({@code outcome: |}, plan.yaml) has two dashed lines, and the PDF ran the
 * second into the first ("…bất động sản; - Cung cấp…", s22 review M1).
 */
class CellLinesTest {

    @Test
    void aCellWrittenOnTwoLinesStartsEachLineAtTheCellsLeftEdge() throws Exception {
        // 424 as every reading class shares it (rendered once per test JVM).
        TestRenderers.Rendered bundled = TestRenderers.bundled("ha-tinh-424-2022");
        ResolvedPlan plan = bundled.plan();
        byte[] pdf = bundled.files().files().stream()
                .filter(f -> f.name().equals(plan.info().fileStem() + ".pdf")).findFirst().orElseThrow().bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            LineStarts starts = new LineStarts(List.of("- Phục vụ quản lý dữ liệu", "- Cung cấp thông tin về Quy hoạch chung"));
            starts.getText(document);
            assertEquals(2, starts.found.size(), "both lines of item 6's outcome read back: " + starts.found);
            LineStart first = starts.found.get(0);
            LineStart second = starts.found.get(1);
            assertEquals(first.page, second.page);
            assertEquals(first.x, second.x, 0.5, "the second line starts where the first does, not mid-line");
            assertTrue(second.y > first.y, "the second line is below the first");
        }
    }

    @Test
    void linesAreCutAtBreaksKeepingLinksAndDroppingTheBlocksLastBreak() {
        InlineText text = new InlineText(List.of(Span.text("- Một;\n- Hai, xem "), Span.link("Phụ lục\n01", "pl-01"), Span.text("\n")));
        assertEquals(List.of(new InlineText(List.of(Span.text("- Một;"))),
                new InlineText(List.of(Span.text("- Hai, xem "), Span.link("Phụ lục", "pl-01"))),
                new InlineText(List.of(Span.link("01", "pl-01")))), CellLines.of(text));
        assertEquals(List.of(InlineText.of("một dòng")), CellLines.of(InlineText.of("một dòng")));
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
        protected void writeString(String text, List<TextPosition> positions) {
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
