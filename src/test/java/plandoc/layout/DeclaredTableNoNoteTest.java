package plandoc.layout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 424's summary (Đề án IV.1 and PHỤ LỤC 07, {@code print.undetermined: declared}) prints "…" in its 2022 and 2024
 * source cells, and no sentence of plandoc's under it: the issued PDF holds only what the signer signed (s32 review
 * B2; the five-line italic note "(…) Không tính được kinh phí của từng nguồn vốn …" was printed inside both tables).
 */
class DeclaredTableNoNoteTest {

    @Test
    void theIssuedPdfPrintsTheOpenCellsWithoutPlandocsNote() throws Exception {
        String text;
        try (PDDocument document = Loader.loadPDF(BundledPdfs.of("ha-tinh-424-2022"))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("…"), "the open cells print \"…\"");
        assertFalse(text.contains("Không tính được kinh phí"), "no note of plandoc's in the issued PDF");
        assertFalse(text.contains("(…)"), "no note marker");
    }
}
