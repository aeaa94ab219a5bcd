package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.diagnostic.Problem;
import plandoc.resolved.ResolvedPlan;

/**
 * One set of security rules for an SVG image (s29, load.SvgSecurity): hostile SVGs, each trying to paint the page
 * red through something outside the file (an external entity, a {@code file:} image, another SVG, a stylesheet named
 * by a processing instruction) or a script, are refused by check, and, were one to reach the build (changed after
 * check), neutralised in the PDF and the Word copy alike: nothing red is printed, and the build does not fail.
 */
class SvgSecurityTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/svg-chart");
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"480\" height=\"300\" viewBox=\"0 0 480 300\">\n"
            + "<rect width=\"100\" height=\"100\" fill=\"#1f5fa8\"/>\n";

    /** Hostile SVGs by name, written beside the red things they name in {@code dir}; each the key check gives. */
    private static Map<String, String> hostile(Path dir) throws Exception {
        Files.writeString(dir.resolve("do.xml"),
                "<rect xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"300\" fill=\"#ff0000\"/>");
        Files.writeString(dir.resolve("do.css"), "rect { fill: #ff0000 }");
        Files.writeString(dir.resolve("khac.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<rect id=\"r\" width=\"480\" height=\"300\" fill=\"#ff0000\"/></svg>");
        BufferedImage red = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics g = red.getGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, 20, 20);
        ImageIO.write(red, "png", dir.resolve("do.png").toFile());
        String png = dir.resolve("do.png").toUri().toString();
        return Map.of(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY do SYSTEM \"" + dir.resolve("do.xml").toUri()
                        + "\">]>\n" + OPEN + "&do;\n</svg>\n", "image.svg-external",
                OPEN + "<image width=\"480\" height=\"300\" xlink:href=\"" + png + "\"/>\n</svg>\n",
                "image.svg-external",
                OPEN + "<use xlink:href=\"" + dir.resolve("khac.svg").toUri() + "#r\"/>\n</svg>\n",
                "image.svg-external",
                "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/css\" href=\"" + dir.resolve("do.css").toUri()
                        + "\"?>\n" + OPEN + "</svg>\n", "image.svg-external",
                OPEN.replace("<rect ", "<rect id=\"b\" onload=\"document.getElementById('b').setAttribute('fill',"
                        + "'#ff0000')\" ") + "<script>document.getElementById('b').setAttribute('width','480');"
                        + "document.getElementById('b').setAttribute('fill','#ff0000');</script>\n</svg>\n",
                "image.svg-script",
                OPEN + "<image width=\"480\" height=\"300\" xlink:href=\"data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("do.png"))) + "\"/>\n</svg>\n",
                "image.svg-embedded");
    }

    @Test
    void checkRefusesEveryHostileSvg(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, String> svg : hostile(dir).entrySet()) {
            Path plan = Files.createTempDirectory(dir, "plan");
            Files.copy(FIXTURE.resolve("plan.yaml"), plan.resolve("plan.yaml"));
            Files.writeString(plan.resolve("bieu-do.svg"), svg.getKey());
            PlanOutcome outcome = new Generator(Path.of("")).resolve(plan);
            List<String> keys = outcome.problems().sorted().stream().filter(Problem::isError)
                    .map(p -> p.message().key()).toList();
            assertEquals(List.of(svg.getValue()), keys, svg.getKey());
        }
    }

    @Test
    void theRenderersDrawNothingHostileHadCheckBeenPassed(@TempDir Path dir) throws Exception {
        Path plan = dir.resolve("plan");
        Files.createDirectories(plan);
        Files.copy(FIXTURE.resolve("plan.yaml"), plan.resolve("plan.yaml"));
        Files.copy(FIXTURE.resolve("bieu-do.svg"), plan.resolve("bieu-do.svg"));
        PlanOutcome outcome = new Generator(Path.of("")).resolve(plan);
        ResolvedPlan resolved = outcome.resolved().orElseThrow();
        PlanRenderer renderer = TestRenderers.standard();
        for (String svg : hostile(dir).keySet()) {
            // The SVG changed after check: the build meets it as it is.
            Files.writeString(plan.resolve("bieu-do.svg"), svg);
            boolean[] red = printedRed(renderer.render(resolved));
            assertFalse(red[0], "the PDF printed something red for " + svg);
            assertFalse(red[1], "the Word copy printed something red for " + svg);
        }
        // The detector sees red where the SVG itself paints it.
        Files.writeString(plan.resolve("bieu-do.svg"), OPEN + "<rect width=\"480\" height=\"300\" fill=\"#ff0000\"/></svg>");
        boolean[] red = printedRed(renderer.render(resolved));
        assertTrue(red[0] && red[1], "an SVG's own red is printed in both");
    }

    /** Whether the PDF's last page, and the Word copy's pictures, hold red. */
    private static boolean[] printedRed(RenderedPlan rendered) throws Exception {
        boolean[] red = new boolean[2];
        try (PrintedPdf printed = new PrintedPdf(PdfStandardsTest.pdf(rendered))) {
            red[0] = red(new PDFRenderer(printed.document()).renderImageWithDPI(printed.pages() - 1, 36));
        }
        byte[] docx = rendered.files().stream().filter(f -> f.name().endsWith(".docx")).findFirst().orElseThrow()
                .bytes();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (var picture : document.getAllPictures()) {
                red[1] |= red(ImageIO.read(new ByteArrayInputStream(picture.getData())));
            }
        }
        return red;
    }

    private static boolean red(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 200 && g < 60 && b < 60) {
                    return true;
                }
            }
        }
        return false;
    }
}
