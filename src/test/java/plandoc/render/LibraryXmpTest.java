package plandoc.render;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patched {@code com.openhtmltopdf.pdfboxout.PdfBoxRenderer}: for PDF/A and PDF/UA it no longer builds
 * an XMP packet with xmpbox (plandoc's {@code PdfRenderer.describe} always wrote its own in its place), yet
 * still gives the catalog what those standards need, in the library's order — which keeps the PDF's bytes.
 */
class LibraryXmpTest {

    private static final List<String> LIBRARY_ORDER = List.of("Metadata", "MarkInfo", "Lang", "ViewerPreferences");

    @Test
    void theLibraryLeavesTheMetadataEmptyButSetsTheCatalogInItsOrder() throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        byte[] font = bundledRegularFace();
        builder.useFont(() -> new ByteArrayInputStream(font), "Serif", 400, FontStyle.NORMAL, true);
        builder.withHtmlContent("<html lang=\"vi\"><head><title>Kế hoạch</title></head>"
                + "<body style=\"font-family: Serif\"><p>Nội dung</p></body></html>", null);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument document = renderer.getPdfDocument()) {
                PDDocumentCatalog catalog = document.getDocumentCatalog();
                assertFalse(catalog.getMetadata().getCOSObject().hasData(), "no XMP packet from the library");
                assertTrue(catalog.getMarkInfo().isMarked());
                assertEquals("vi", catalog.getLanguage());
                assertTrue(catalog.getViewerPreferences().displayDocTitle());
                List<String> keys = new ArrayList<>();
                catalog.getCOSObject().keySet().forEach(key -> keys.add(key.getName()));
                int first = keys.indexOf("Metadata");
                assertEquals(LIBRARY_ORDER, keys.subList(first, first + LIBRARY_ORDER.size()), keys.toString());
            }
        }
    }

    @Test
    void aPrintedPlanCarriesOneMetadataStreamPlandocs() throws Exception {
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.bundled("ha-tinh-4086-2012").files()); // shared, rendered once per JVM
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> packets = new ArrayList<>();
            for (COSObjectKey key : document.getDocument().getXrefTable().keySet()) {
                COSObject object = document.getDocument().getObjectFromPool(key);
                COSBase value = object.getObject();
                if (value instanceof COSStream stream && COSName.METADATA.equals(stream.getCOSName(COSName.TYPE))) {
                    try (InputStream in = stream.createInputStream()) {
                        packets.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            assertEquals(1, packets.size(), "the file's metadata streams");
            String xmp = packets.get(0);
            assertNotNull(document.getDocumentCatalog().getMetadata());
            assertTrue(xmp.contains("pdfaid:conformance>A<") || xmp.contains("pdfaid:conformance=\"A\""), xmp);
            assertTrue(xmp.contains("OrganId"), "plandoc's e-document fields: " + xmp);
        }
    }

    private static byte[] bundledRegularFace() throws IOException {
        try (InputStream in = LibraryXmpTest.class.getClassLoader()
                .getResourceAsStream("com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Regular.ttf")) {
            return in.readAllBytes();
        }
    }
}
