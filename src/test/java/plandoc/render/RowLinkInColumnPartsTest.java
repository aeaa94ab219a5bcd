package plandoc.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PlanOutcome;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A link to a row of a table printed in column parts ("dự án số 25") lands, in the PDF, on that row in
 * the first part — the part that prints its STT and title — read back with PDFBox: the link's
 * destination page and top against the row's text on the page.
 */
class RowLinkInColumnPartsTest {

    /** The row's STT, which starts its first line in every part. */
    private static final String ROW_NUMBER = "25";

    @TempDir
    Path work;

    @Test
    void aLinkToARowLandsOnTheRowInTheFirstPart() throws Exception {
        String yaml = StressPlans.budget(30, 3, 5, "").replace("chi tiết tại {ref:pl-kinh-phi}.",
                "chi tiết tại {ref:pl-kinh-phi}; ưu tiên {ref:nv-25}.");
        PlanOutcome outcome = TestPlans.resolve(work, yaml);
        ResolvedPlan plan = outcome.resolved().orElseThrow(() -> new AssertionError(TestPlans.messages(outcome)));
        assertTrue(plan.tables().get(0).print().parts().size() >= 2, "the budget prints in column parts");
        byte[] pdf = TestRenderers.standard().render(plan).files().stream().filter(f -> f.name().endsWith(".pdf"))
                .findFirst().orElseThrow().bytes();
        java.nio.file.Files.write(Path.of("target", "row-link-in-column-parts.pdf"), pdf); // to look at
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAnnotationLink link = linkReading(document, "dự án số 25");
            PDPageXYZDestination destination = (PDPageXYZDestination) destination(link);
            int targetPage = document.getPages().indexOf(destination.getPage()) + 1;

            int rowPage = -1;
            float rowTop = -1;
            for (int p = 1; p <= document.getNumberOfPages() && rowPage < 0; p++) {
                TextPosition first = firstGlyphOf(document, p, ROW_NUMBER);
                if (first != null) {
                    rowPage = p;
                    rowTop = first.getYDirAdj() - first.getHeightDir();
                }
            }
            assertTrue(rowPage > 0, "the row is printed");
            String continued = text(document, rowPage);
            assertTrue(!continued.contains("(Tiếp theo)"), "the row's first printing is in the first part");
            assertEquals(rowPage, targetPage, "the link lands on the page of the row in the first part");
            float pageHeight = destination.getPage().getMediaBox().getHeight();
            float destinationTop = pageHeight - destination.getTop(); // from the top, as the text is read
            assertTrue(destinationTop <= rowTop + 1 && rowTop - destinationTop < 20,
                    "the link lands at the row's top (" + destinationTop + " pt from the top), its title at " + rowTop + " pt");
        }
        plandoc.PdfConformance.assertConforms("a row link into a column part", pdf);
    }

    /** The link annotation whose rectangle holds {@code words}. */
    private static PDAnnotationLink linkReading(PDDocument document, String words) throws Exception {
        List<String> seen = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDRectangle r = link.getRectangle();
                    float height = page.getMediaBox().getHeight();
                    PDFTextStripperByArea area = new PDFTextStripperByArea();
                    area.addRegion("link", new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                            r.getWidth(), r.getHeight()));
                    area.extractRegions(page);
                    String text = area.getTextForRegion("link").replaceAll("\\s+", " ").strip();
                    seen.add(text);
                    if (text.startsWith(words)) {
                        return link;
                    }
                }
            }
        }
        throw new AssertionError("no link reads '" + words + "': " + seen);
    }

    private static PDDestination destination(PDAnnotationLink link) throws Exception {
        PDDestination destination = link.getDestination();
        if (destination == null && link.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        return destination;
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The first glyph of the first line of {@code page} that starts with the STT {@code number}, or null. */
    private static TextPosition firstGlyphOf(PDDocument document, int page, String number) throws Exception {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                if (found.isEmpty() && (string.equals(number) || string.startsWith(number + " "))) {
                    found.add(positions.get(0));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return found.isEmpty() ? null : found.get(0);
    }
}
