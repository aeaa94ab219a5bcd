package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PdfConformance;
import plandoc.PlanOutcome;
import plandoc.resolved.ResolvedPlan;

/**
 * An SVG image (the fixture's bar chart, with Vietnamese labels) is drawn, not refused (s27): in the PDF as vector
 * paths in a form XObject on its appendix's page, tagged as a Figure with its alt text, PDF/A-3a and PDF/UA-1 still
 * passing; in the Word copy as a PNG picture Batik rasterised at its print size.
 */
class SvgImageTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/svg-chart");
    private static final String ALT = "Biểu đồ tỷ lệ hồ sơ trực tuyến";

    private static RenderedPlan rendered() throws Exception {
        return rendered(FIXTURE);
    }

    private static RenderedPlan rendered(Path folder) throws Exception {
        PlanOutcome outcome = new Generator(Path.of("")).resolve(folder);
        assertFalse(outcome.problems().hasErrors(), outcome.problems().toString());
        ResolvedPlan plan = outcome.resolved().orElseThrow();
        return TestRenderers.standard().render(plan);
    }

    @Test
    void theChartIsDrawnAsPathsOnTheAppendixPageAndTaggedAsAFigure() throws Exception {
        byte[] pdf = PdfStandardsTest.pdf(rendered());
        try (PrintedPdf printed = new PrintedPdf(pdf)) {
            PDPage page = printed.document().getPage(printed.pages() - 1);
            List<PDFormXObject> forms = forms(page.getResources());
            assertFalse(forms.isEmpty(), "a form XObject on the appendix's page");
            String drawn = new String(forms.get(0).getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
            // Four bars and two axes: filled and stroked paths; the labels are glyph outlines, filled too.
            assertTrue(count(drawn, " f") + count(drawn, "\nf") >= 10, "filled paths in the chart's form: " + drawn.length());
            assertTrue(drawn.contains(" S") || drawn.contains("\nS"), "stroked axes");
            assertTrue(images(page.getResources()).isEmpty(), "vector, not a raster image");
            List<String> figures = new ArrayList<>();
            figures(printed.document().getDocumentCatalog().getStructureTreeRoot(), figures);
            assertEquals(List.of(ALT), figures, "the chart is a Figure with its alt text");
        }
        PdfConformance.assertConforms("svg-chart", pdf);
    }

    @Test
    void theWordCopyHasTheChartAsAPngAtItsPrintSize() throws Exception {
        byte[] docx = rendered().files().stream().filter(f -> f.name().endsWith(".docx")).findFirst().orElseThrow()
                .bytes();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFPictureData> pictures = document.getAllPictures();
            assertEquals(1, pictures.size(), "one picture");
            XWPFPictureData picture = pictures.get(0);
            assertEquals(Document.PICTURE_TYPE_PNG, picture.getPictureType());
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new ByteArrayInputStream(picture.getData()));
            // 480 × 300 CSS pixels = 127 × 79 mm, at 300 dpi.
            assertEquals(1500, png.getWidth(), 2);
            assertEquals(938, png.getHeight(), 2);
            // A bar's blue in the middle of the fourth bar (x 420, y 160 of 480 × 300).
            int rgb = png.getRGB(png.getWidth() * 420 / 480, png.getHeight() * 160 / 300) & 0xFFFFFF;
            assertEquals(0x1F5FA8, rgb, Integer.toHexString(rgb));
            var drawing = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).findFirst().orElseThrow();
            assertEquals(ALT, drawing.getDescription(), "the picture's alt text");
        }
    }

    /**
     * s28: the Word copy's chart is lettered in the PDF's faces (the fonts plandoc embeds), not the machine's sans
     * serif: its PNG is the one drawn with those faces, and not the one drawn with the machine's fonts.
     */
    @Test
    void theWordCopysChartIsLetteredInThePdfsFaces() throws Exception {
        PlanOutcome outcome = new Generator(Path.of("")).resolve(FIXTURE);
        ResolvedPlan plan = outcome.resolved().orElseThrow();
        byte[] built = picture(TestRenderers.standard().render(plan).files().stream()
                .filter(f -> f.name().endsWith(".docx")).findFirst().orElseThrow().bytes());
        var fonts = plandoc.render.pdf.PdfFonts.load(TestRenderers.TEMPLATES);
        byte[] inTheFaces = picture(new plandoc.render.docx.PlanDocument(java.util.Optional.empty(), fonts::faceFiles)
                .write(plan));
        byte[] inTheMachinesFonts = picture(new plandoc.render.docx.PlanDocument().write(plan));
        assertTrue(java.util.Arrays.equals(inTheFaces, built), "the build's picture is drawn in the PDF's faces");
        assertFalse(java.util.Arrays.equals(inTheMachinesFonts, built), "not in the machine's fonts");
    }

    private static byte[] picture(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getAllPictures().get(0).getData();
        }
    }

    @Test
    void aDecimalViewBoxPrintsInThePdfAtTheWordCopysSize(@TempDir Path dir) throws Exception {
        // As an office's drawing program exports a chart: a viewBox and a size that are not whole pixels.
        Files.copy(FIXTURE.resolve("plan.yaml"), dir.resolve("plan.yaml"));
        String svg = Files.readString(FIXTURE.resolve("bieu-do.svg"))
                .replace("width=\"480\" height=\"300\" viewBox=\"0 0 480 300\"",
                        "width=\"480.5\" height=\"300.5\" viewBox=\"0 0 480.5 300.5\"");
        assertTrue(svg.contains("480.5 300.5"), "the fixture's root as expected");
        Files.writeString(dir.resolve("bieu-do.svg"), svg);
        RenderedPlan rendered = rendered(dir);

        double[] word;
        byte[] docx = rendered.files().stream().filter(f -> f.name().endsWith(".docx")).findFirst().orElseThrow()
                .bytes();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var picture = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).findFirst().orElseThrow();
            word = new double[] {picture.getWidth(), picture.getDepth()};
        }
        // 480.5 × 300.5 CSS pixels = 360.4 × 225.4 pt: not the 400 × 400 square (300 × 300 pt) of a size unread.
        assertEquals(360.4, word[0], 1, "the Word copy's width");
        assertEquals(225.4, word[1], 1, "the Word copy's height");
        try (PrintedPdf printed = new PrintedPdf(PdfStandardsTest.pdf(rendered))) {
            PDPage page = printed.document().getPage(printed.pages() - 1);
            PDFormXObject form = forms(page.getResources()).get(0);
            // The chart's form: its box in CSS pixels, scaled to points by its matrix (drawn at 1:1 on the page).
            double width = form.getBBox().getWidth() * form.getMatrix().getScalingFactorX();
            double height = form.getBBox().getHeight() * form.getMatrix().getScalingFactorY();
            assertEquals(word[0], width, 1, "the PDF prints it as wide as the Word copy");
            assertEquals(word[1], height, 1, "the PDF prints it as high as the Word copy");
        }
    }

    /**
     * s30: a drawing taller than a page that reaches the print without check (serve, or changed after check: here a
     * draw.io chart 801 × 2401 px, a whole-number viewBox, and one without a viewBox) is shrunk to the page's text
     * block, whole on one page, where the PDF ran it over pages cut at each page's edge. Read back: the box each page
     * draws the drawing's form XObject in.
     */
    @Test
    void aDrawingTallerThanAPagePrintsWholeOnOnePage(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURE.resolve("plan.yaml"), dir.resolve("plan.yaml"));
        Files.copy(FIXTURE.resolve("bieu-do.svg"), dir.resolve("bieu-do.svg"));
        ResolvedPlan plan = new Generator(Path.of("")).resolve(dir).resolved().orElseThrow();
        int pages;
        try (PrintedPdf printed = new PrintedPdf(PdfStandardsTest.pdf(TestRenderers.standard().render(plan)))) {
            pages = printed.pages();
        }
        String bars = "<rect x=\"0\" y=\"0\" width=\"801\" height=\"2401\" fill=\"#1f5fa8\"/>";
        for (String root : List.of("width=\"801px\" height=\"2401px\" viewBox=\"0 0 801 2401\"",
                "width=\"801\" height=\"2401\"")) {
            Files.writeString(dir.resolve("bieu-do.svg"),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" " + root + ">" + bars + "</svg>");
            try (PrintedPdf printed = new PrintedPdf(PdfStandardsTest.pdf(TestRenderers.standard().render(plan)))) {
                assertTrue(printed.pages() <= pages + 1, "at most overleaf from its title: " + root);
                List<java.awt.geom.Rectangle2D> drawn = new ArrayList<>();
                for (PDPage page : printed.document().getPages()) {
                    drawn.addAll(formBoxes(page));
                }
                assertEquals(1, drawn.size(), "drawn on one page only, not run over pages: " + root);
                java.awt.geom.Rectangle2D box = drawn.get(0);
                // The text block: 30 mm from the left, 20 mm from the top and the bottom, 165 × 257 mm (728.5 pt).
                double mm = 72 / 25.4;
                assertTrue(box.getMinX() >= 30 * mm - 1 && box.getMaxX() <= 195 * mm + 1, "within the text width: " + box);
                assertTrue(box.getMinY() >= 20 * mm - 1 && box.getMaxY() <= 277 * mm + 1, "within the text height: " + box);
                // As high as the text block leaves beside it: the figure's margins and the end mark "./." (15 mm),
                // and an appendix's heading above it (45 mm).
                assertEquals(197 * mm, box.getHeight(), 3, "shrunk to the text block's height: " + root);
                assertEquals(197 * mm * 801 / 2401, box.getWidth(), 3, "its proportions kept: " + root);
            }
        }
    }

    /**
     * s30 review R1: a drawing of A4-portrait proportions (233 mm high at the text width, under a page's 257 mm)
     * opening an appendix prints on the page of the appendix's heading, not on the next with the heading left alone.
     */
    @Test
    void aPageHighDrawingStaysUnderItsAppendixHeading(@TempDir Path dir) throws Exception {
        Files.copy(FIXTURE.resolve("plan.yaml"), dir.resolve("plan.yaml"));
        Files.writeString(dir.resolve("bieu-do.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2100\" "
                + "height=\"2970\" viewBox=\"0 0 2100 2970\"><rect x=\"0\" y=\"0\" width=\"2100\" height=\"2970\" "
                + "fill=\"#1f5fa8\"/></svg>");
        ResolvedPlan plan = new Generator(Path.of("")).resolve(dir).resolved().orElseThrow();
        try (PrintedPdf printed = new PrintedPdf(PdfStandardsTest.pdf(TestRenderers.standard().render(plan)))) {
            int drawnOn = 0;
            for (int page = 1; page <= printed.pages(); page++) {
                if (!formBoxes(printed.document().getPage(page - 1)).isEmpty()) {
                    drawnOn = page;
                }
            }
            assertTrue(drawnOn > 0, "the drawing is printed");
            String text = String.join("\n", printed.lines(drawnOn)).toLowerCase(java.util.Locale.ROOT);
            assertTrue(text.contains("biểu đồ tỷ lệ hồ sơ trực tuyến"), "the heading on the drawing's page: " + text);
        }
    }

    /** The box each form XObject (an SVG drawing) is drawn in on the page, in points from the page's top left. */
    private static List<java.awt.geom.Rectangle2D> formBoxes(PDPage page) throws IOException {
        List<java.awt.geom.Rectangle2D> boxes = new ArrayList<>();
        float pageHeight = page.getMediaBox().getHeight();
        org.apache.pdfbox.contentstream.PDFStreamEngine engine = new org.apache.pdfbox.contentstream.PDFStreamEngine() {
            {
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
            }

            @Override
            protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                           List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName()) && operands.get(0) instanceof COSName name
                        && getResources().getXObject(name) instanceof PDFormXObject form) {
                    org.apache.pdfbox.util.Matrix m = form.getMatrix()
                            .multiply(getGraphicsState().getCurrentTransformationMatrix());
                    java.awt.geom.Rectangle2D box = form.getBBox().transform(m).getBounds2D();
                    boxes.add(new java.awt.geom.Rectangle2D.Double(box.getX(), pageHeight - box.getMaxY(),
                            box.getWidth(), box.getHeight()));
                    return;
                }
                super.processOperator(operator, operands);
            }
        };
        engine.processPage(page);
        return boxes;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static List<PDFormXObject> forms(PDResources resources) throws IOException {
        List<PDFormXObject> forms = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                forms.add(form);
            }
        }
        return forms;
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        for (PDFormXObject form : forms(resources)) {
            if (form.getResources() != null) {
                images.addAll(images(form.getResources()));
            }
        }
        return images;
    }

    private static void figures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription());
                }
                figures(element, alts);
            }
        }
    }
}
