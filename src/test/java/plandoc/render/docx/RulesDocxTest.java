package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import plandoc.resolved.ResolvedPlan;

/**
 * The short rules of the Word copy (under the issuer, the motto, the trích yếu, an appendix's heading) are
 * empty bordered paragraphs. Such a paragraph is otherwise as high as a line of its paragraph mark's
 * default size, and LibreOffice drew the rules 2–3 mm under the text where the PDF has them: each is
 * exactly as high as pdf.css's margin above the same rule, so its border lies right under the text.
 * Read back with POI.
 */
class RulesDocxTest {

    @Test
    void everyRuleSitsExactlyItsPdfMarginUnderTheText() throws IOException {
        ResolvedPlan plan = PlanDocumentTest.plan("content/ha-tinh-4086-2012");
        try (XWPFDocument doc = PlanDocumentTest.document(plan)) {
            List<XWPFParagraph> paragraphs = new ArrayList<>();
            XWPFTable header = doc.getTables().get(0);
            header.getRow(0).getTableCells().forEach(cell -> paragraphs.addAll(cell.getParagraphs()));
            paragraphs.addAll(doc.getParagraphs());
            List<Double> gaps = new ArrayList<>();
            for (XWPFParagraph p : paragraphs) {
                if (p.getBorderBottom() != Borders.SINGLE) {
                    continue;
                }
                assertEquals("", p.getText(), "a rule is an empty paragraph");
                assertEquals(LineSpacingRule.EXACT, p.getSpacingLineRule(), "its height is exact, not a line");
                assertEquals(0, Looks.before(p));
                gaps.add(p.getSpacingBetween());
            }
            // Issuer 3 pt, motto 1.5 pt (pdf.css .rule-issuer, .rule), trích yếu 3 pt, then each appendix 5 pt.
            List<Double> expected = new ArrayList<>(List.of(3.0, 1.5, 3.0));
            plan.appendices().forEach(a -> expected.add(5.0));
            assertTrue(plan.appendices().size() > 0);
            assertEquals(expected, gaps);
        }
    }

    /**
     * The rules under the issuer and the trích yếu are as long as the PDF's, the widths compute gave (F5, F9): the
     * issuer's is centred in its cell's text width, 1 mm in from each side (it came out 2 mm short, s36 review L4).
     */
    @Test
    void theIssuerAndTrichYeuRulesAreTheComputedWidths() throws IOException {
        ResolvedPlan plan = PlanDocumentTest.plan("content/ha-tinh-4086-2012");
        try (XWPFDocument doc = PlanDocumentTest.document(plan)) {
            XWPFParagraph issuer = doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().stream()
                    .filter(p -> p.getBorderBottom() == Borders.SINGLE).findFirst().orElseThrow();
            int cellText = Pages.mm(70) - 2 * Pages.mm(1);
            int drawn = cellText - issuer.getIndentationLeft() - issuer.getIndentationRight();
            assertEquals(Pages.mm(plan.header().issuerRuleWidth().mm()), drawn, 2, plan.header().issuerRule());
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> p.getBorderBottom() == Borders.SINGLE)
                    .findFirst().orElseThrow();
            int titleDrawn = Pages.PORTRAIT_TEXT - title.getIndentationLeft() - title.getIndentationRight();
            assertEquals(Pages.mm(plan.header().titleRuleWidth().mm()), titleDrawn, 2, plan.header().titleRule());
        }
    }

    /**
     * The rule under the motto is as long as the motto's text, as the PDF rules it, centred in its cell's text width: a fixed 62 mm printed 60.0 mm through LibreOffice
     * against the PDF's 58.4 mm (s36 review L4).
     */
    @Test
    void theMottoRuleIsAsLongAsTheMotto() throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-4086-2012"))) {
            var cell = doc.getTables().get(0).getRow(0).getCell(1);
            assertEquals(plandoc.compute.Motto.TEXT, cell.getParagraphs().get(1).getText());
            XWPFParagraph motto = cell.getParagraphs().stream().filter(p -> p.getBorderBottom() == Borders.SINGLE)
                    .findFirst().orElseThrow();
            int cellText = Pages.PORTRAIT_TEXT - Pages.mm(70) - 2 * Pages.mm(1);
            int drawn = cellText - motto.getIndentationLeft() - motto.getIndentationRight();
            assertEquals(Pages.mm(plandoc.compute.Motto.RULE_MM), drawn, 2, "twips of " + plandoc.compute.Motto.RULE_MM + " mm");
            assertEquals(motto.getIndentationLeft(), motto.getIndentationRight(), "centred");
        }
    }
}
