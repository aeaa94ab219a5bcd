package plandoc.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
 * Every page's content is Flate-compressed, once, as openhtmltopdf paints it (s26-cold: nothing rewrites the pages
 * afterwards any more, so nothing holds them uncompressed; openhtmltopdf's {@code testMode} would turn it off).
 */
class CompressedPagesTest {

    @Test
    void everyPageOfAPrintedDocumentIsCompressedOnce() throws Exception {
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled(),
                Files.readString(Path.of("templates/assets/pdf.css"), StandardCharsets.UTF_8), RenderSettings.defaults());
        DocumentInfo info = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t",
                "UBND tỉnh", "t", plandoc.resolved.Funding.NONE);
        String html = "<html><head><title>t</title></head><body>"
                + "<p>Kế hoạch chuyển đổi số của tỉnh, một đoạn văn đủ dài để lấp nhiều trang.</p>".repeat(150)
                + "</body></html>";
        byte[] pdf = renderer.print(html, info, List.of(), Map.of(), Map.of(), Optional.empty(), List.of()).bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1, "several pages");
            for (PDPage page : document.getPages()) {
                COSStream contents = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                assertEquals(COSName.FLATE_DECODE, contents.getFilters(), "page " + document.getPages().indexOf(page));
            }
        }
    }
}
