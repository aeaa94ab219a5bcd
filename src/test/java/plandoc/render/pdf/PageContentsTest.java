package plandoc.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 (s25-cold): openhtmltopdf paints the pages uncompressed and {@link PageContents} compresses each once, after
 * the tags are mended; the PDF must be the one PDFBox's compressing content stream gave.
 */
class PageContentsTest {

    /** Three pages of text, painted compressed by PDFBox, or uncompressed and then compressed by PageContents. */
    private static byte[] saved(boolean compressedByPdfBox) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (int n = 0; n < 3; n++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, compressedByPdfBox)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                    for (int line = 0; line < 40; line++) {
                        content.newLineAtOffset(0, 14);
                        content.showText("Page " + n + ", line " + line + ": the same text again and again");
                    }
                    content.endText();
                }
            }
            if (!compressedByPdfBox) {
                PageContents.compress(document);
            }
            document.setDocumentId(1L);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void pagesCompressedAfterwardsSaveAsPagesPaintedCompressed() throws Exception {
        assertArrayEquals(saved(true), saved(false));
    }

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
