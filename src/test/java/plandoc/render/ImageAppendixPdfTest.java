package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PlanOutcome;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * An image appendix: a PNG is drawn on its page of the PDF (read back with PDFBox), the way check tells an SVG's
 * author to go; an SVG, which neither the PDF nor the Word copy can draw (openhtmltopdf runs without Batik: the
 * appendix printed its heading over an empty page, s26), is an error at its image: line.
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

    @Test
    void anSvgAppendixIsAnErrorAtItsImageLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ke-hoach"));
        Files.writeString(folder.resolve("so-do.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" "
                + "height=\"100\" viewBox=\"0 0 200 100\"><rect width=\"200\" height=\"100\" fill=\"#c00\"/></svg>\n");
        PlanOutcome outcome = TestPlans.resolve(dir, YAML.formatted("svg"));
        List<String> messages = TestPlans.messages(outcome);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("ke-hoach/plan.yaml:34:14: lỗi: ảnh SVG \"so-do.svg\" không in được vào PDF")
                && messages.get(0).endsWith("ghi image: so-do.png"), messages.get(0));
    }
}
