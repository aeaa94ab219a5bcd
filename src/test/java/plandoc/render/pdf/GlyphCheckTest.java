package plandoc.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patched PdfBoxRenderer paints text with its GlyphCheckedDevice, whose "does the first font have every
 * glyph" test is PDFont.encode: text the font can show is drawn as is, text it cannot takes the library's
 * font-run path (a '#' for each character without a glyph), and what the library drops (soft hyphen, U+FFFC)
 * is dropped.
 */
class GlyphCheckTest {

    @Test
    void thePatchedDeviceIsTheOneThatPaints() throws Exception {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent("<html><body><p>x</p></body></html>", null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            assertEquals("GlyphCheckedDevice", renderer.getOutputDevice().getClass().getSimpleName());
        }
    }

    @Test
    void textWithAndWithoutGlyphsPrintsAsTheLibraryPrintsIt() throws Exception {
        String body = "<p>Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020</p>"
                + "<p>trước 漢字 giữa 😀 sau</p>"
                + "<p>công\u00adnghệ thông\uFFFCtin</p>";
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled(),
                Files.readString(Path.of("templates/assets/pdf.css"), StandardCharsets.UTF_8), RenderSettings.defaults());
        DocumentInfo info = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t", "UBND tỉnh", "t",
                plandoc.resolved.Funding.NONE);
        byte[] pdf = renderer.render("<html><head><title>t</title></head><body>" + body + "</body></html>", info,
                List.of(), Map.of(), Map.of());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
            assertTrue(lines.contains("Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020"), lines.toString());
            assertTrue(lines.contains("trước ## giữa # sau"), lines.toString());
            assertTrue(lines.contains("côngnghệ thôngtin"), lines.toString());
        }
    }
}
