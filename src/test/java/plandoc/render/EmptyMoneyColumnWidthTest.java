package plandoc.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import plandoc.resolved.ResolvedPlan;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An empty money column with a long header does not take the body text's room (legal review, session 12):
 * in 424's PHỤ LỤC 06 the "ODA, xã hội hóa và các nguồn hợp pháp khác" column holds no figure, yet its
 * header in three lines made it about 30 mm wide, twice its neighbours, while "Nội dung thực hiện" of
 * row 1 (42.8 mm) ran to 11 lines. Read back from the PDF: row 1's text cells, from the first word "Phổ" to the
 * first word of its "Loại nguồn vốn" cell, hold the room the ODA column gave up.
 */
class EmptyMoneyColumnWidthTest {
    private static final float MM = 72 / 25.4f;

    @Test
    void theContentColumnOfPhuLuc06GetsTheRoomTheEmptyOdaColumnGaveUp() throws Exception {
        // 424 as every reading class shares it (rendered once per test JVM).
        TestRenderers.Rendered bundled = TestRenderers.bundled("ha-tinh-424-2022");
        ResolvedPlan plan = bundled.plan();
        byte[] pdf = bundled.files().files().stream()
                .filter(f -> f.name().equals(plan.info().fileStem() + ".pdf")).findFirst().orElseThrow().bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Glyphs page = Glyphs.firstPageWith(document, "PHỤ LỤC 06");
            TextPosition first = page.wordStart("Phổ");
            TextPosition source = page.wordStartAfter("Thường", first);
            // Row 1's four text cells, from "Phổ" to the first word of "Loại nguồn vốn", hold the 7 mm the ODA
            // column gave up (about 101 mm before). How the text columns share that room among themselves is
            // compute.FewestLines' (s22-widths), not this test's.
            float text = (source.getXDirAdj() - first.getXDirAdj()) / MM;
            assertTrue(text > 108, "the text columns of PHỤ LỤC 06 row 1 are " + text + " mm wide");
        }
    }

    /** The glyphs of one page, in content order. */
    private static final class Glyphs extends PDFTextStripper {
        private final List<TextPosition> glyphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        private Glyphs() throws IOException {
        }

        static Glyphs firstPageWith(PDDocument document, String title) throws IOException {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                Glyphs page = new Glyphs();
                page.setStartPage(p);
                page.setEndPage(p);
                page.getText(document);
                if (page.text.toString().contains(title)) {
                    return page;
                }
            }
            throw new AssertionError("no page with " + title);
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            text.append(string).append('\n');
            glyphs.addAll(positions);
        }

        /** The first glyph of the first word {@code word} on the page. */
        TextPosition wordStart(String word) {
            return wordStartAfter(word, null);
        }

        /** The first glyph of the first {@code word} below or right of {@code after}. */
        TextPosition wordStartAfter(String word, TextPosition after) {
            for (int i = 0; i + word.length() <= glyphs.size(); i++) {
                StringBuilder s = new StringBuilder();
                for (int k = 0; k < word.length(); k++) {
                    s.append(glyphs.get(i + k).getUnicode());
                }
                TextPosition g = glyphs.get(i);
                boolean later = after == null || g.getYDirAdj() > after.getYDirAdj() + 1
                        || Math.abs(g.getYDirAdj() - after.getYDirAdj()) <= 1 && g.getXDirAdj() > after.getXDirAdj();
                if (s.toString().equals(word) && later) {
                    return g;
                }
            }
            throw new AssertionError("no \"" + word + "\"");
        }
    }
}
