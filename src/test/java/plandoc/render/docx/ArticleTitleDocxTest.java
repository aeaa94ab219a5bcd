package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * The Word copy of 424 prints its titled Điều 2 as the PDF does, read back with POI: "Điều 2. Tổ chức thực hiện"
 * is a paragraph of its own, every run bold, kept with the next; its first point follows in regular runs. The
 * untitled Điều 1 still runs on after its bold label.
 */
class ArticleTitleDocxTest {

    @Test
    void article2Of424IsABoldLineOfItsOwn() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-424-2022"))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            int at = -1;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).getText().startsWith("Điều 2.")) {
                    at = i;
                    break;
                }
            }
            assertTrue(at > 0, "Điều 2 is printed");
            XWPFParagraph heading = paragraphs.get(at);
            assertEquals("Điều 2. Tổ chức thực hiện", heading.getText());
            for (XWPFRun run : heading.getRuns()) {
                assertTrue(Looks.bold(run), "'" + run.text() + "' is bold");
            }
            assertTrue(Looks.keepNext(heading), "the title keeps with its text");
            XWPFParagraph next = paragraphs.get(at + 1);
            assertTrue(next.getText().startsWith("1. Sở Thông tin và Truyền thông"), next.getText());
            assertFalse(next.getRuns().stream().anyMatch(Looks::bold), "the text is regular");

            XWPFParagraph first = paragraphs.stream().filter(p -> p.getText().startsWith("Điều 1.")).findFirst().orElseThrow();
            assertTrue(first.getText().startsWith("Điều 1. Phê duyệt Đề án"), first.getText());
            assertTrue(Looks.bold(first.getRuns().get(0)));
            assertEquals("Điều 1. ", first.getRuns().get(0).text());
            assertFalse(Looks.bold(first.getRuns().get(1)), "an untitled article's text runs on in regular");
        }
    }
}
