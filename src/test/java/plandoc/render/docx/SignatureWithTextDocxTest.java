package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The Word copy keeps the last paragraph of text with the signature block, as the PDF does: without it,
 * the starter's Word copy (LibreOffice) put "Nơi nhận" and the signature alone on page 2. Read back with
 * POI: the paragraph right before the table holding "Nơi nhận:" keeps with the next.
 */
class SignatureWithTextDocxTest {

    @Test
    void theLastParagraphBeforeTheSignatureKeepsWithIt() throws IOException {
        for (String content : List.of("content/ha-tinh-4086-2012", "content/ha-tinh-424-2022")) {
            try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan(content))) {
                List<IBodyElement> body = doc.getBodyElements();
                int signature = -1;
                for (int i = 0; i < body.size(); i++) {
                    if (body.get(i) instanceof XWPFTable table && table.getText().contains("Nơi nhận:")) {
                        signature = i;
                        break;
                    }
                }
                assertTrue(signature > 0, content + ": a signature table after some text");
                XWPFParagraph before = assertInstanceOf(XWPFParagraph.class, body.get(signature - 1), content);
                assertTrue(Looks.keepNext(before), content + ": '" + before.getText() + "' keeps with the signature");
            }
        }
    }
}
