package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * An image appendix: a PNG is drawn on its page of the PDF (read back with PDFBox). An SVG: {@link SvgImageTest}.
 */
class ImageAppendixPdfTest {
    private static final String YAML = TestPlans.DECISION + """
            plan:
              sections:
                - id: muc-so-do
                  title: Sơ đồ
                  text: Sơ đồ mạng tại {ref:pl-so-do}.
            appendices:
              items:
                - id: pl-so-do
                  title: Sơ đồ mạng
                  image: so-do.%s
            """;

    @TempDir
    Path dir;

    @Test
    void aPngAppendixIsDrawnOnItsPage() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ke-hoach"));
        ImageIO.write(new BufferedImage(321, 160, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("so-do.png").toFile());
        ResolvedPlan plan = TestPlans.resolveClean(dir, YAML.formatted("png"));
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.standard().render(plan));
        try (PrintedPdf printed = new PrintedPdf(pdf)) {
            Map<Integer, SignatureImagesPdfTest.Box> images =
                    SignatureImagesPdfTest.imageBoxes(printed.document().getPage(printed.pages() - 1));
            assertTrue(images.containsKey(321), "the image on the appendix's page: " + images.keySet());
        }
    }
}
