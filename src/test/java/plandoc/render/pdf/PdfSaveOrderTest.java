package plandoc.render.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 17, the 2,000-item plan: an associated file is written into its stream in one call, and a large plan
 * collects its layout before the save; neither may change a byte of the PDF.
 */
class PdfSaveOrderTest {

    /** PDFBox's constructor, as AssociatedFiles used it before: the bytes the one-call stream must give. */
    private static byte[] saved(boolean library, byte[] content) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            PDEmbeddedFile file = library
                    ? new PDEmbeddedFile(document, new ByteArrayInputStream(content))
                    : AssociatedFiles.embeddedFile(document, content);
            file.setSubtype("application/json");
            file.setSize(content.length);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("X"), file.getCOSObject());
            document.setDocumentId(1L);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void anEmbeddedFileWrittenInOneCallSavesAsPdfBoxsConstructorSavesIt() throws Exception {
        byte[] content = "{\"plan\": \"kế hoạch\"}\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(saved(true, content), saved(false, content));
        assertArrayEquals(saved(true, new byte[0]), saved(false, new byte[0]));
    }

    @Test
    void theLayoutReleasedHookRunsOnceAndLeavesTheBytesAlone() throws Exception {
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled(),
                Files.readString(Path.of("templates/assets/pdf.css"), StandardCharsets.UTF_8), RenderSettings.defaults());
        DocumentInfo info = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t", "UBND tỉnh", "t",
                plandoc.resolved.Funding.NONE);
        String html = "<html><head><title>t</title></head><body><p>Kế hoạch chuyển đổi số</p></body></html>";
        List<Attachment> files = List.of(new Attachment("plan.json", "application/json", Attachment.DATA, "Dữ liệu",
                "{}".getBytes(StandardCharsets.UTF_8)));
        AtomicInteger calls = new AtomicInteger();
        byte[] plain = renderer.print(html, info, List.of(), Map.of(), Map.of(), Optional.empty(), files).bytes();
        byte[] hooked = renderer.print(html, info, List.of(), Map.of(), Map.of(), Optional.empty(), files, () -> {
            calls.incrementAndGet();
            System.gc();
        }).bytes();
        assertEquals(1, calls.get());
        assertArrayEquals(plain, hooked);
    }
}
