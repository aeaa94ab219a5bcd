package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The Word copy ties a body paragraph's last two syllables where the PDF does (ParagraphEnds), with a no-break space. */
class ParagraphEndTieDocxTest {

    @Test
    void theLastTwoSyllablesOf424sParagraphsAreTied() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-424-2022"))) {
            // A range's hyphen is Word's no-break hyphen (SymbolHyphens), read as U+2011.
            List<String> texts = doc.getParagraphs().stream().map(p -> p.getText().replace('\u2011', '-')).toList();
            assertTrue(texts.stream().anyMatch(t -> t.endsWith("dịch vụ y tế thông\u00a0minh.")), "s28-pages, page 7");
            assertTrue(texts.stream().anyMatch(t -> t.endsWith("sở, ban, ngành, địa\u00a0phương.")), "page 25");
            assertTrue(texts.stream().anyMatch(t -> t.endsWith("giai đoạn 2021-2025.")), "a range is not tied");
            assertTrue(texts.stream().noneMatch(t -> t.endsWith("đoạn\u00a02021-2025.")), "a range is not tied");
        }
    }
}
