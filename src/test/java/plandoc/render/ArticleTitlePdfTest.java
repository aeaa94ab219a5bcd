package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * F14 for a titled article, read back from the PDF with PDFBox: "Điều 2. Tổ chức thực hiện" is one line of its
 * own, every glyph of it in the bold face, and its text starts on the next line in the regular face; an untitled
 * article still runs on after its bold "Điều 1.". The PDF's outline and the page name the article by its title.
 */
class ArticleTitlePdfTest {
    @TempDir
    Path dir;

    @Test
    void theTitledArticlePrintsBoldOnALineOfItsOwn() throws Exception {
        ResolvedPlan plan = TestPlans.resolveClean(dir, plandoc.compute.ArticleTitleTest.DECISION);
        RenderedPlan rendered = TestRenderers.standard().render(plan);
        try (PDDocument pdf = Loader.loadPDF(PdfStandardsTest.pdf(rendered))) {
            List<Line> lines = new Lines().read(pdf);
            Line heading = lines.stream().filter(l -> l.text().startsWith("Điều2.")).findFirst().orElseThrow();
            assertEquals("Điều2.Tổchứcthựchiện", heading.text(), "the title alone on the label's line");
            assertTrue(heading.fonts().stream().allMatch(f -> f.contains("Bold")), heading.fonts().toString());
            Line next = lines.get(lines.indexOf(heading) + 1);
            assertTrue(next.text().startsWith("SởThôngtinvàTruyềnthông"), next.text());
            assertTrue(next.fonts().stream().noneMatch(f -> f.contains("Bold")), "the text is regular: " + next.fonts());

            // Untitled: "Điều 1." bold, then its text regular on the same line.
            Line first = lines.stream().filter(l -> l.text().startsWith("Điều1.")).findFirst().orElseThrow();
            assertTrue(first.fonts().subList(0, "Điều1.".length()).stream().allMatch(f -> f.contains("Bold")),
                    first.fonts().toString());
            assertTrue(first.text().startsWith("Điều1.PhêduyệtĐềán"), first.text());
            assertTrue(!first.fonts().get("Điều1.".length()).contains("Bold"), "its text is regular: " + first.fonts());

            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertTrue(outline.contains("Điều 2. Tổ chức thực hiện"), outline.toString());
        }

        Element article = Jsoup.parse(TestRenderers.standard().renderPage(plan)).getElementById("dieu-to-chuc");
        Element title = article.selectFirst("p.article-heading > strong.article-label");
        assertEquals("Điều 2. Tổ chức thực hiện", title.text());
        assertEquals("Điều 3.", Jsoup.parse(TestRenderers.standard().renderPage(plan)).getElementById("dieu-hieu-luc")
                .selectFirst(".article-body > strong.article-label").text(), "an untitled article as before");
    }

    /** A printed line: its glyphs without spaces, and the font of each glyph. */
    record Line(String text, List<String> fonts) {
    }

    /** The lines of every page in reading order, each glyph's font name kept (PDFBox's content-order runs). */
    private static final class Lines extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<String> fonts = new ArrayList<>();
        private float baseline = Float.NaN;

        Lines() throws IOException {
        }

        List<Line> read(PDDocument document) throws IOException {
            setSortByPosition(true);
            getText(document);
            flush();
            return lines;
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                if (!Float.isNaN(baseline) && Math.abs(p.getYDirAdj() - baseline) > 1) {
                    flush();
                }
                baseline = p.getYDirAdj();
                String glyph = Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFC);
                if (!glyph.isBlank()) {
                    // One font per character once composed: a mark drawn as a glyph of its own joins its letter.
                    glyph.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                            .forEach(c -> fonts.add(p.getFont().getName()));
                    text.append(glyph);
                }
            }
        }

        private void flush() {
            if (!text.isEmpty()) {
                String line = Normalizer.normalize(text.toString(), Normalizer.Form.NFC);
                lines.add(new Line(line, List.copyOf(fonts.subList(0, Math.min(fonts.size(), line.length())))));
            }
            text.setLength(0);
            fonts.clear();
        }
    }
}
