package plandoc.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PdfConformance;
import plandoc.TestPlans;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code build} writes two empty signature fields where Decree 30 puts the signatures (the person's
 * between the chức vụ line and the name, the organisation's over the left third of it), PDF/A-3a and
 * PDF/UA-1 at zero failures; {@code plandoc sign} fills those fields, which keep their place, and
 * pdfsig finds each signature valid, trusted and, for the last, covering the whole document.
 */
class SignatureFieldsTest {

    private static final float MM = 72f / 25.4f;
    private static final String PASSWORD = "mat-khau-thu";

    @TempDir
    Path temp;

    @Test
    void buildLeavesEmptyFieldsWhereTheDecreePutsTheSignaturesAndSignFillsThem() throws Exception {
        var plan = TestPlans.resolveClean(temp.resolve("content"), TestPlans.DECISION);
        byte[] bytes = PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                        RenderSettings.defaults()).render(plan).files().stream()
                .filter(f -> f.name().endsWith(".pdf")).findFirst().orElseThrow().bytes();
        PdfConformance.assertConforms("PDF with empty signature fields", bytes);
        Path pdf = Files.write(Files.createDirectories(temp.resolve("site")).resolve("4086-QD-UBND.pdf"), bytes);

        PDRectangle personal;
        PDRectangle organisation;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            PDSignatureField person = (PDSignatureField) form.getField("ChuKyNguoiCoThamQuyen");
            PDSignatureField body = (PDSignatureField) form.getField("ChuKyCoQuan");
            assertNull(person.getSignature(), "empty until signed");
            assertEquals("Chữ ký số của người có thẩm quyền", person.getAlternateFieldName());
            assertEquals("Chữ ký số của cơ quan, tổ chức", body.getAlternateFieldName());
            int page = document.getPages().indexOf(person.getWidgets().get(0).getPage());
            assertEquals(document.getNumberOfPages() - 1, page, "on the signature page");
            personal = person.getWidgets().get(0).getRectangle();
            organisation = body.getWidgets().get(0).getRectangle();
            float height = document.getPage(page).getMediaBox().getHeight();
            float[] title = line(document, page, "PHÓ CHỦ TỊCH");
            float[] name = line(document, page, "Nguyễn Thiện");
            float top = height - personal.getUpperRightY();
            float bottom = height - personal.getLowerLeftY();
            assertTrue(top >= title[2] - 1 && bottom <= name[3] + 1, "between the title (baseline " + title[2]
                    + ") and the name (top " + name[3] + "): " + top + "–" + bottom);
            assertEquals((name[0] + name[1]) / 2, personal.getLowerLeftX() + personal.getWidth() / 2, 1 * MM,
                    "centred on the name");
            assertEquals(personal.getLowerLeftX() + personal.getWidth() / 3, organisation.getUpperRightX(), 0.5 * MM,
                    "the organisation's field over the personal one's left third, where the seal goes");
        }

        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        Cli.Result first = Cli.sign(PASSWORD, pdf.toString(), "--keystore",
                SignCommandTest.keystore(temp, "nguoi-ky", "Nguyễn Thiện", ca).toString());
        assertEquals(0, first.exit(), first.errText());
        Cli.Result second = Cli.sign(PASSWORD, pdf.toString(), "--keystore",
                SignCommandTest.keystore(temp, "co-quan", "UBND tỉnh Hà Tĩnh", ca).toString(), "--organisation");
        assertEquals(0, second.exit(), second.errText());

        byte[] signed = Files.readAllBytes(pdf);
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            assertEquals(2, form.getFields().size(), "signed into the two fields, none added");
            PDSignatureField person = (PDSignatureField) form.getField("ChuKyNguoiCoThamQuyen");
            PDSignatureField body = (PDSignatureField) form.getField("ChuKyCoQuan");
            assertNotNull(person.getSignature());
            assertEquals("Nguyễn Thiện", person.getSignature().getName());
            assertEquals("UBND tỉnh Hà Tĩnh", body.getSignature().getName());
            assertEquals(personal.toString(), person.getWidgets().get(0).getRectangle().toString(), "the field keeps its place");
            assertEquals(organisation.toString(), body.getWidgets().get(0).getRectangle().toString());
        }
        PdfConformance.assertConforms("PDF signed into its fields", signed);
        String report = SignCommandTest.pdfsig(pdf, "-nssdir", "sql:" + SignCommandTest.trustStore(temp, ca));
        assertTrue(report.contains("Signature Field Name: ChuKyNguoiCoThamQuyen")
                && report.contains("Signature Field Name: ChuKyCoQuan"), report);
        assertEquals(2, report.split("Signature is Valid", -1).length - 1, report);
        assertEquals(2, report.split("Certificate is Trusted", -1).length - 1, report);
        assertTrue(report.contains("Total document signed"), report);
    }

    /** left, right, baseline and top (from the page top) of the line reading {@code text} on a 0-based page. */
    private static float[] line(PDDocument document, int page, String text) throws Exception {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String string, List<TextPosition> positions) {
                if (string.strip().equals(text)) {
                    found.addAll(positions);
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(document);
        assertTrue(!found.isEmpty(), "no line " + text);
        float left = found.stream().map(TextPosition::getXDirAdj).min(Float::compare).orElseThrow();
        float right = found.stream().map(p -> p.getXDirAdj() + p.getWidthDirAdj()).max(Float::compare).orElseThrow();
        float baseline = found.get(0).getYDirAdj();
        float top = baseline - found.stream().map(TextPosition::getHeightDir).max(Float::compare).orElseThrow();
        return new float[]{left, right, baseline, top};
    }
}
