package plandoc.render;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PdfConformance;
import plandoc.TestPlans;
import plandoc.render.PrintedPdf.Glyph;
import plandoc.resolved.ResolvedPlan;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signature image (blue) sits centred between the chức vụ line and the name, and the seal (red,
 * 36 mm) covers the signature's left third — positions read back from the PDF's content stream; the
 * page still passes PDF/A-3a and PDF/UA-1; check warns about images that are not as Decree 30 says.
 */
class SignatureImagesPdfTest {

    private static final float MM = PrintedPdf.MM;
    static final String YAML = TestPlans.DECISION
            .replace("    short: UBND tỉnh\n", "    short: UBND tỉnh\n    seal: con-dau.png\n    seal_size: 36\n")
            .replace("    name: Nguyễn Thiện\n", "    name: Nguyễn Thiện\n    image: chu-ky.png\n");

    @TempDir
    Path dir;

    @Test
    void signatureCentredBetweenTitleAndNameAndSealOverItsLeftThird() throws Exception {
        writeImages(dir.resolve("ke-hoach"), new Color(20, 50, 170), new Color(210, 20, 30), true);
        ResolvedPlan plan = TestPlans.resolveClean(dir, YAML);
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.standard().render(plan));
        Files.write(Path.of("target", "signature-images.pdf"), pdf);

        try (PrintedPdf printed = new PrintedPdf(pdf)) {
            int page = printed.pages();
            Map<Integer, Box> images = imageBoxes(printed.document().getPage(page - 1));
            Box signature = images.get(600);
            Box seal = images.get(400);
            assertTrue(signature != null && seal != null, "both images on the last page: " + images.keySet());

            Line title = line(printed, page, "PHÓ CHỦ TỊCH");
            Line name = line(printed, page, "Nguyễn Thiện");
            assertEquals(20 * MM, signature.height(), 0.5 * MM, "signature 20 mm high");
            assertEquals(50 * MM, signature.width(), 0.5 * MM, "signature keeps its 5:2 shape");
            assertTrue(signature.top() > title.baseline() && signature.bottom() < name.top(),
                    "signature between the title (baseline " + title.baseline() + ") and the name (top " + name.top()
                            + "): " + signature);
            assertEquals((title.baseline() + name.top()) / 2, (signature.top() + signature.bottom()) / 2, 3 * MM,
                    "signature centred vertically between title and name");
            assertEquals(name.centre(), signature.centre(), 1 * MM, "signature centred on the name");

            assertEquals(36 * MM, seal.width(), 0.3 * MM, "seal at its real size");
            assertEquals(36 * MM, seal.height(), 0.3 * MM, "seal at its real size");
            assertEquals(signature.left() + signature.width() / 3, seal.right(), 0.5 * MM,
                    "the seal covers the left third of the signature");
            assertEquals((signature.top() + signature.bottom()) / 2, (seal.top() + seal.bottom()) / 2, 0.5 * MM,
                    "seal centred on the signature");
            assertTrue(seal.bottom() <= name.top(), "the seal leaves the name clear: " + seal + ", name top " + name.top());
            // Issue 12: the empty signature fields lie over the images they stand for.
            float height = printed.document().getPage(page - 1).getMediaBox().getHeight();
            var form = printed.document().getDocumentCatalog().getAcroForm();
            assertFieldOver(form.getField("ChuKyNguoiCoThamQuyen").getWidgets().get(0).getRectangle(), signature, height);
            assertFieldOver(form.getField("ChuKyCoQuan").getWidgets().get(0).getRectangle(), seal, height);
        }
        PdfConformance.assertConforms("signature images", pdf);
    }

    /**
     * A seal without a signature image (the signer signs by hand): over the left part of the space, never on the
     * name, rising above the space by at most about the chức vụ line; the space grows to hold a large seal.
     */
    @Test
    void aSealAloneSitsLeftAndLeavesTheNameClear() throws Exception {
        writeImages(dir.resolve("ke-hoach"), new Color(20, 50, 170), new Color(210, 20, 30), true);
        Files.delete(dir.resolve("ke-hoach/chu-ky.png"));
        for (int size : new int[] {36, 50}) {
            ResolvedPlan plan = TestPlans.resolveClean(dir, YAML.replace("    image: chu-ky.png\n", "")
                    .replace("seal_size: 36", "seal_size: " + size));
            byte[] pdf = PdfStandardsTest.pdf(TestRenderers.standard().render(plan));
            try (PrintedPdf printed = new PrintedPdf(pdf)) {
                int page = printed.pages();
                Map<Integer, Box> images = imageBoxes(printed.document().getPage(page - 1));
                assertEquals(java.util.Set.of(400), images.keySet(), "the seal alone");
                Box seal = images.get(400);
                Line title = line(printed, page, "PHÓ CHỦ TỊCH");
                Line name = line(printed, page, "Nguyễn Thiện");
                assertEquals(size * MM, seal.width(), 0.3 * MM, "seal at its real size");
                assertTrue(seal.bottom() <= name.top(), size + " mm: the seal leaves the name clear: " + seal
                        + ", name top " + name.top());
                assertTrue(seal.top() >= title.baseline() - 7 * MM, size + " mm: the seal rises no further than the"
                        + " chức vụ line: " + seal + ", title baseline " + title.baseline());
                assertEquals(name.centre() - size * MM / 6, seal.centre(), 0.5 * MM,
                        size + " mm: the seal left of the middle, where the signer signs");
            }
        }
    }

    /** Contract v2 §7 writes the seal {@code seal: {file: …, size_mm: …}}: the same image, printed at that size. */
    @Test
    void theContractsSealMappingNamesTheFileAndItsRealSize() throws Exception {
        writeImages(dir.resolve("ke-hoach"), new Color(20, 50, 170), new Color(210, 20, 30), true);
        ResolvedPlan plan = TestPlans.resolveClean(dir, YAML.replace("    seal: con-dau.png\n    seal_size: 36\n",
                "    seal: { file: con-dau.png, size_mm: 40 }\n"));
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.standard().render(plan));
        try (PrintedPdf printed = new PrintedPdf(pdf)) {
            Box seal = imageBoxes(printed.document().getPage(printed.pages() - 1)).get(400);
            assertTrue(seal != null, "the seal is printed");
            assertEquals(40 * MM, seal.width(), 0.3 * MM, "seal at size_mm");
            assertEquals(40 * MM, seal.height(), 0.3 * MM, "seal at size_mm");
        }
    }

    @Test
    void checkWarnsAboutImagesNotAsTheDecreeSays() throws Exception {
        Path folder = dir.resolve("ke-hoach");
        writeImages(folder, new Color(10, 10, 10), new Color(20, 40, 200), false);
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, YAML));
        String all = String.join("\n", messages);
        assertTrue(all.contains("cảnh báo: ảnh chữ ký \"chu-ky.png\" không có nền trong suốt"), all);
        assertTrue(all.matches("(?s).*cảnh báo: ảnh chữ ký \"chu-ky.png\" có màu mực #[0-9a-f]{6}, không phải màu xanh.*"), all);
        assertTrue(all.matches("(?s).*cảnh báo: ảnh con dấu \"con-dau.png\" có màu mực #[0-9a-f]{6}, không phải màu đỏ.*"), all);

        ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB), "jpeg", folder.resolve("con-dau.png").toFile());
        List<String> errors = TestPlans.messages(TestPlans.resolve(dir, YAML));
        assertTrue(errors.stream().anyMatch(m -> m.matches(".*plan\\.yaml:6:\\d+: lỗi: .*\"con-dau.png\".*(JPEG|không phải tệp PNG).*")),
                String.join("\n", errors));
    }

    /** A 600×240 handwritten-like stroke and a 400×400 round seal, on transparent or white ground. */
    static void writeImages(Path folder, Color ink, Color sealInk, boolean transparent) throws IOException {
        Files.createDirectories(folder);
        int type = transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage signature = new BufferedImage(600, 240, type);
        Graphics2D g = signature.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!transparent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 600, 240);
        }
        g.setColor(ink);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[]{30, 120, 160, 230, 290, 380, 440, 570}, new int[]{180, 40, 200, 60, 190, 50, 170, 90}, 8);
        g.dispose();
        ImageIO.write(signature, "png", folder.resolve("chu-ky.png").toFile());

        BufferedImage seal = new BufferedImage(400, 400, type);
        g = seal.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!transparent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 400, 400);
        }
        g.setColor(sealInk);
        g.setStroke(new BasicStroke(14));
        g.drawOval(12, 12, 376, 376);
        g.drawOval(70, 70, 260, 260);
        g.fillPolygon(new int[]{200, 222, 280, 232, 250, 200, 150, 168, 120, 178}, new int[]{130, 185, 185, 218, 275, 240, 275, 218, 185, 185}, 10);
        g.dispose();
        ImageIO.write(seal, "png", folder.resolve("con-dau.png").toFile());
    }

    /** An image's box in points, from the top-left of the page like the glyphs. */
    private static void assertFieldOver(org.apache.pdfbox.pdmodel.common.PDRectangle field, Box image, float pageHeight) {
        assertEquals(image.left(), field.getLowerLeftX(), 0.5 * MM, "field left edge on the image's: " + field);
        assertEquals(image.width(), field.getWidth(), 0.5 * MM, "field as wide as the image: " + field);
        assertEquals(image.bottom(), pageHeight - field.getLowerLeftY(), 0.5 * MM, "field bottom on the image's: " + field);
        assertEquals(image.height(), field.getHeight(), 0.5 * MM, "field as high as the image: " + field);
    }

    record Box(float left, float top, float width, float height) {
        float right() {
            return left + width;
        }

        float bottom() {
            return top + height;
        }

        float centre() {
            return left + width / 2;
        }
    }

    record Line(float left, float right, float baseline, float top) {
        float centre() {
            return (left + right) / 2;
        }
    }

    private static Line line(PrintedPdf printed, int page, String text) {
        Map<Float, List<Glyph>> lines = printed.glyphs().stream().filter(g -> g.page() == page)
                .collect(Collectors.groupingBy(Glyph::baseline));
        for (List<Glyph> glyphs : lines.values()) {
            String joined = glyphs.stream().map(Glyph::text).collect(Collectors.joining());
            if (joined.equals(text.replace(" ", ""))) {
                float left = (float) glyphs.stream().mapToDouble(Glyph::x).min().orElseThrow();
                float right = (float) glyphs.stream().mapToDouble(Glyph::right).max().orElseThrow();
                float height = (float) glyphs.stream().mapToDouble(Glyph::height).max().orElseThrow();
                return new Line(left, right, glyphs.get(0).baseline(), glyphs.get(0).baseline() - height);
            }
        }
        throw new AssertionError("no line " + text + " on page " + page);
    }

    /** Every image drawn on the page, by its width in pixels, with the box the current matrix gives it. */
    static Map<Integer, Box> imageBoxes(PDPage page) throws IOException {
        Map<Integer, Box> boxes = new java.util.TreeMap<>();
        float pageHeight = page.getMediaBox().getHeight();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new Concatenate(this));
                addOperator(new DrawObject(this));
                addOperator(new SetGraphicsStateParameters(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
                addOperator(new SetMatrix(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName()) && operands.get(0) instanceof COSName name) {
                    PDXObject object = getResources().getXObject(name);
                    if (object instanceof PDImageXObject image) {
                        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                        float width = m.getScalingFactorX();
                        float height = m.getScalingFactorY();
                        boxes.put(image.getWidth(), new Box(m.getTranslateX(), pageHeight - m.getTranslateY() - height,
                                width, height));
                        return;
                    }
                }
                super.processOperator(operator, operands);
            }
        };
        engine.processPage(page);
        return boxes;
    }

}
