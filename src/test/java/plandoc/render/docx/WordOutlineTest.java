package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.resolved.ArticleView;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every "Điều n." is in Word's navigation pane and table of contents at the articles' outline level (review
 * s15, finding 7: an untitled article was a Normal paragraph with a bold run, so 424's pane showed only
 * "Điều 2" and 4086's sections I–V hung under nothing), printed as before: the untitled article's
 * paragraph style looks exactly like Normal.
 */
class WordOutlineTest {

    /** A paragraph's outline level, from its style (and the styles it is based on); -1: body text. */
    static int outlineLevel(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null) {
            return ((java.math.BigInteger) p.getCTP().getPPr().getOutlineLvl().getVal()).intValue();
        }
        for (String id = p.getStyleID(); id != null; ) {
            XWPFStyle style = doc.getStyles().getStyle(id);
            if (style == null) {
                break;
            }
            var pPr = style.getCTStyle().getPPr();
            if (pPr != null && pPr.getOutlineLvl() != null) {
                return ((java.math.BigInteger) pPr.getOutlineLvl().getVal()).intValue();
            }
            id = style.getBasisStyleID();
        }
        return -1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022"})
    void everyArticleIsAnOutlineEntryAtTheTop(String folder) throws IOException {
        ResolvedPlan plan = PlanDocumentTest.plan(folder);
        try (XWPFDocument doc = PlanDocumentTest.document(plan)) {
            List<String> outline = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                int level = outlineLevel(doc, p);
                if (level >= 0) {
                    outline.add(level + " " + p.getText());
                }
            }
            for (ArticleView article : plan.articles()) {
                String label = article.label() + " ";
                assertTrue(outline.stream().anyMatch(e -> e.startsWith("0 " + label)),
                        label + "at outline level 0: " + outline);
            }
            // The outline starts with Điều 1: nothing above it, and no level skipped on the way down.
            assertTrue(outline.get(0).startsWith("0 Điều 1."), outline.get(0));
        }
    }

    /** 4086 prints its plan inside Điều 1: sections I–V are level 1 under it, Điều 2 comes back to level 0. */
    @Test
    void theSectionsOf4086HangUnderDieu1() throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-4086-2012"))) {
            List<String> top = new ArrayList<>();
            String parentOfFirstSection = null;
            String lastTop = null;
            for (XWPFParagraph p : doc.getParagraphs()) {
                int level = outlineLevel(doc, p);
                if (level == 0) {
                    lastTop = p.getText();
                    top.add(p.getText().substring(0, Math.min(12, p.getText().length())));
                } else if (level == 1 && parentOfFirstSection == null) {
                    parentOfFirstSection = lastTop;
                }
            }
            assertTrue(parentOfFirstSection != null && parentOfFirstSection.startsWith("Điều 1. Phê duyệt"),
                    "section I. under " + parentOfFirstSection);
            assertEquals(List.of("Điều 1. Phê ", "Điều 2. Quyế", "PHỤ LỤC 1", "PHỤ LỤC 2", "PHỤ LỤC 3"), top);
        }
    }

    /** The run-in article's style is Normal's look (no paragraph or run property of its own but the level). */
    @Test
    void anUntitledArticlePrintsAsBefore() throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-424-2022"))) {
            XWPFStyle style = doc.getStyles().getStyle(Styles.ARTICLE_RUN_IN);
            assertEquals("Normal", style.getBasisStyleID());
            var pPr = style.getCTStyle().getPPr();
            assertEquals(0, ((java.math.BigInteger) pPr.getOutlineLvl().getVal()).intValue());
            assertFalse(pPr.isSetInd() || pPr.isSetJc() || pPr.isSetSpacing() || pPr.isSetKeepNext(), pPr.xmlText());
            var rPr = style.getCTStyle().getRPr();
            assertTrue(rPr == null || !rPr.xmlText().contains("<w:"), "no run properties: "
                    + (rPr == null ? "" : rPr.xmlText()));
            XWPFParagraph dieu3 = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Điều 3."))
                    .findFirst().orElseThrow();
            assertEquals(Styles.ARTICLE_RUN_IN, dieu3.getStyleID());
            assertEquals("Điều 3. ", dieu3.getRuns().get(0).text());
            assertTrue(dieu3.getRuns().get(0).isBold(), "the label bold");
            assertFalse(dieu3.getRuns().get(1).isBold(), "the text not");
        }
    }
}
