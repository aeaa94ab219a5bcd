package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs.body, centred and aligned copy a paragraph look's properties, made once with POI's setters: every
 * paragraph, first of its look or not, gets exactly the XML the setters write, and a paragraph that
 * already has properties keeps them and gets the setters' on top, as before.
 */
class ParagraphLooksTest {

    @Test
    void eachLookIsTheSettersXmlOnEveryParagraph() {
        check(Runs::body, p -> {
            p.setSpacingBetween(Runs.LINE, LineSpacingRule.AUTO);
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(Runs.INDENT);
            p.setSpacingAfter(Runs.AFTER);
        });
        for (int after : new int[] {0, Runs.AFTER, 60}) {
            check(p -> Runs.centred(p, after), p -> {
                p.setSpacingBetween(Runs.LINE, LineSpacingRule.AUTO);
                p.setAlignment(ParagraphAlignment.CENTER);
                p.setSpacingAfter(after);
            });
        }
        for (ParagraphAlignment alignment : ParagraphAlignment.values()) {
            check(p -> Runs.aligned(p, alignment), p -> p.setAlignment(alignment));
        }
    }

    @Test
    void aParagraphWithPropertiesKeepsThem() {
        XWPFDocument document = new XWPFDocument();
        Runs.body(document.createParagraph()); // the look is made
        XWPFParagraph copied = document.createParagraph();
        copied.setPageBreak(true);
        Runs.body(copied);
        XWPFParagraph set = document.createParagraph();
        set.setPageBreak(true);
        set.setSpacingBetween(Runs.LINE, LineSpacingRule.AUTO);
        set.setAlignment(ParagraphAlignment.BOTH);
        set.setIndentationFirstLine(Runs.INDENT);
        set.setSpacingAfter(Runs.AFTER);
        assertEquals(set.getCTP().xmlText(), copied.getCTP().xmlText());
    }

    /** The look on three new paragraphs in a row, and later setters on a copied look, as with POI's setters alone. */
    private static void check(Consumer<XWPFParagraph> look, Consumer<XWPFParagraph> setters) {
        XWPFDocument withLook = new XWPFDocument();
        XWPFDocument withSetters = new XWPFDocument();
        for (int i = 0; i < 3; i++) {
            XWPFParagraph a = withLook.createParagraph();
            look.accept(a);
            a.setKeepNext(true);
            a.setSpacingAfter(0);
            XWPFParagraph b = withSetters.createParagraph();
            setters.accept(b);
            b.setKeepNext(true);
            b.setSpacingAfter(0);
            assertEquals(b.getCTP().xmlText(), a.getCTP().xmlText());
        }
        assertEquals(withSetters.getDocument().xmlText(), withLook.getDocument().xmlText());
    }
}
