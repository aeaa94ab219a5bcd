package plandoc.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build takes for a signed PDF: a signature dictionary whose byte range is in the file's raw bytes. The
 * issued-document freeze (build.IssuedFreeze, {@link SignedFiles#signed}) and the plan folder's listing
 * ({@link SignedFiles#in}) answer alike; the freeze parsed every edited issued plan's published PDF with PDFBox
 * to learn it was not signed (issue 17, s33).
 */
class SignedFilesTest {
    @TempDir
    Path folder;

    @Test
    void aPdfIsSignedOnlyWhenItsBytesHoldASignaturesByteRange() throws Exception {
        byte[] noRange = pdf(Optional.empty());
        byte[] withRange = pdf(Optional.of(new int[] {0, 10, 20, 30}));
        // Read back with PDFBox: both carry a signature dictionary, only one a byte range.
        for (byte[] bytes : List.of(noRange, withRange)) {
            try (PDDocument read = Loader.loadPDF(bytes)) {
                assertEquals(1, read.getSignatureDictionaries().size());
            }
        }
        Files.write(folder.resolve("a.pdf"), noRange);
        Files.write(folder.resolve("b.pdf"), withRange);

        assertFalse(SignedFiles.signed(noRange), "no byte range: nothing signed it, whatever PDFBox finds");
        assertTrue(SignedFiles.signed(withRange));
        assertEquals(List.of("b.pdf"), SignedFiles.in(folder).stream().map(SignedFiles.Signed::name).toList(),
                "the folder's listing says the same");
        assertFalse(SignedFiles.signed(new byte[0]), "not a PDF");
    }

    /** A one-page PDF with a signature field holding a signature dictionary, with {@code range} when given. */
    private static byte[] pdf(Optional<int[]> range) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            range.ifPresent(signature::setByteRange);
            field.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.V, signature);
            form.getFields().add(field);
            page.getAnnotations().add(field.getWidgets().get(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
