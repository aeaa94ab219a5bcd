package plandoc.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import plandoc.PdfConformance;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up page a one-plan build prints while it checks (issue 17) goes through the whole tagged
 * path without failing: a failure there is swallowed at run time, so the warm-up would silently stop
 * warming anything.
 */
class PdfWarmUpTest {

    @Test
    void theWarmUpPagePrintsAsAConformingTaggedPdf() throws Exception {
        byte[] pdf = PdfWarmUp.print(Path.of("templates"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Kinh phí 1.234,50"));
        }
        PdfConformance.assertConforms("warm-up page", pdf);
    }
}
