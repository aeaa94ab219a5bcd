package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import plandoc.TestPlans;
import plandoc.resolved.ResolvedPlan;

/**
 * The Word copy takes as much of a page as the PDF, part by part (s17-docx): a new user's one-page plan
 * printed on one page as a PDF and on two in LibreOffice ("2. Sở Tài chính" and the signature block overleaf,
 * a third of page 1 empty). What differed, measured on the PDF and the DOCX printed by LibreOffice: the
 * signature's 25 mm stood over a 10 pt empty line (11.5 pt more), every table had a 10 pt empty line under
 * it for the PDF's 6 pt margin and no cell padding for the PDF's 2 pt, and the body's 1.13 lines depended on
 * the font's metrics (18.15 pt in LibreOffice for the PDF's 18.2). Read back with POI.
 */
class PageFlowDocxTest {
    @TempDir
    static Path dir;

    /** The PDF's body line, 1.3 em of 14 pt, as a height Word and LibreOffice take whatever the font says. */
    @Test
    void bodyLinesAreThePdfsWhateverTheFontsMetrics() throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-4086-2012"))) {
            CTSpacing normal = doc.getStyles().getStyle("Normal").getCTStyle().getPPr().getSpacing();
            assertEquals(STLineSpacingRule.AT_LEAST, normal.getLineRule(), "at least: a picture's line still grows");
            assertEquals(BigInteger.valueOf(Math.round(1.3 * 14 * 20)), normal.getLine());
            CTSpacing plain = doc.getStyles().getStyle("Plain").getCTStyle().getPPr().getSpacing();
            assertEquals(STLineSpacingRule.AUTO, plain.getLineRule(), "tables, letterhead, signature: single lines");
            assertEquals(BigInteger.valueOf(240), plain.getLine());
        }
    }

    /**
     * Every empty paragraph of the body (under a table, ending a part, a rule) is exactly as high as the
     * space the PDF has there: under a table 6 pt (pdf.css .table-block, table.md-table), a section break
     * 1 pt (nothing in the PDF), a rule its margin. None is left a line of its mark's size.
     */
    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022", "one-page"})
    void everyEmptyParagraphIsAsHighAsThePdfsSpace(String which) throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(plan(which, dir))) {
            List<IBodyElement> body = doc.getBodyElements();
            int tables = 0;
            int breaks = 0;
            for (int i = 0; i < body.size(); i++) {
                if (!(body.get(i) instanceof XWPFParagraph p) || !p.getText().isEmpty() || !p.getRuns().stream()
                        .allMatch(r -> r.getEmbeddedPictures().isEmpty())) {
                    continue;
                }
                String where = which + ", paragraph " + i;
                assertTrue(Looks.lineHeight(p).startsWith("exact "), where + ": an exact height, not " + Looks.lineHeight(p));
                CTSpacing spacing = p.getCTP().getPPr().getSpacing();
                assertEquals(0, Looks.before(p), where + ": no space before");
                boolean sectionBreak = p.getCTP().getPPr().isSetSectPr();
                if (sectionBreak) {
                    assertEquals(BigInteger.valueOf(20), spacing.getLine(), where + ": a section break, 1 pt");
                    breaks++;
                } else if (underATable(body, i)) {
                    assertEquals(BigInteger.valueOf(120), spacing.getLine(), where + ": under a table, 6 pt");
                    tables++;
                } else {
                    assertEquals(Borders.SINGLE, p.getBorderBottom(), where + ": otherwise a rule");
                }
            }
            assertTrue(tables >= 2, which + ": tables checked: " + tables);
            assertTrue(breaks >= 1, which + ": section breaks checked: " + breaks);
        }
    }

    /** pdf.css's .signature-space: 25 mm between the signer's title and name, and nothing more. */
    @Test
    void theSignatureSpaceIsThePdfs25Millimetres() throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(plan("one-page", dir))) {
            XWPFTableCell signer = signatureBlock(doc).getRow(0).getCell(1);
            List<XWPFParagraph> empty = signer.getParagraphs().stream().filter(p -> p.getText().isEmpty()).toList();
            assertEquals(1, empty.size(), "one space, between title and name");
            XWPFParagraph space = empty.get(0);
            assertEquals(STLineSpacingRule.EXACT, space.getCTP().getPPr().getSpacing().getLineRule());
            assertEquals(BigInteger.valueOf(Pages.mm(25)), space.getCTP().getPPr().getSpacing().getLine());
            assertEquals(0, Looks.before(space), "no space before the 25 mm");
            assertEquals("Trần Thị Bình", signer.getParagraphs().get(signer.getParagraphs().indexOf(space) + 1).getText());
        }
    }

    /**
     * A data table's cells padded 2 pt on every side as the PDF's (rows as high, text wrapped in cells as
     * wide); a header cell none above and below, its lines single where the PDF's are 1.05 em.
     */
    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "one-page"})
    void tableCellsArePaddedAsThePdfs(String which) throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(plan(which, dir))) {
            int checked = 0;
            for (XWPFTable table : doc.getTables()) {
                CTTblCellMar margins = table.getCTTbl().getTblPr().getTblCellMar();
                if (!ruled(table)) {
                    // The letterhead and the signature block: no padding above and below, as the PDF's.
                    assertTrue(margins.getTop() == null || BigInteger.ZERO.equals(margins.getTop().getW()));
                    continue;
                }
                for (var side : new CTTblWidth[] {margins.getTop(), margins.getLeft(), margins.getBottom(),
                        margins.getRight()}) {
                    assertNotNull(side, which + ": padding on every side");
                    assertEquals(BigInteger.valueOf(40), side.getW(), which + ": 2 pt");
                }
                XWPFTableRow header = table.getRow(0);
                assertTrue(header.isRepeatHeader());
                for (XWPFTableCell cell : header.getTableCells()) {
                    var own = cell.getCTTc().getTcPr().getTcMar();
                    assertNotNull(own, which + ": a header cell's own padding");
                    assertEquals(BigInteger.ZERO, own.getTop().getW(), which + ": a header cell, none above");
                    assertEquals(BigInteger.ZERO, own.getBottom().getW(), which + ": none below");
                }
                checked++;
            }
            assertTrue(checked >= 2, which + ": tables checked: " + checked);
        }
    }

    /** The page number's line centred in the 20 mm top margin, as the PDF's @top-center prints it. */
    @Test
    void thePageNumberIsCentredInTheTopMargin() throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(plan("one-page", dir))) {
            var margins = doc.getDocument().getBody().getSectPr().getPgMar();
            int top = ((BigInteger) margins.getTop()).intValue();
            int line = (int) Math.round(14 * 1.15 * 20);
            assertEquals((top - line) / 2, ((BigInteger) margins.getHeader()).intValue(), "(20 mm − a 14 pt line) / 2");
        }
    }

    /** Whether the paragraph at {@code i} closes a data table: the table, then only its notes (Plain) above it. */
    private static boolean underATable(List<IBodyElement> body, int i) {
        int above = i - 1;
        while (above >= 0 && body.get(above) instanceof XWPFParagraph note && "Plain".equals(note.getStyleID())
                && !note.getText().isEmpty()) {
            above--;
        }
        return above >= 0 && body.get(above) instanceof XWPFTable table && ruled(table);
    }

    /** A table with rules (data or pipe table), not the letterhead or the signature block. */
    private static boolean ruled(XWPFTable table) {
        var pr = table.getCTTbl().getTblPr();
        return pr.isSetTblBorders() && pr.getTblBorders().isSetInsideH()
                && !pr.getTblBorders().getInsideH().getVal().toString().equals("none");
    }

    private static XWPFTable signatureBlock(XWPFDocument doc) {
        List<XWPFTable> found = new ArrayList<>();
        for (XWPFTable table : doc.getTables()) {
            if (table.getText().contains("Nơi nhận")) {
                found.add(table);
            }
        }
        assertEquals(1, found.size());
        return found.get(0);
    }

    /** A bundled plan, or the one-page plan of the tryout (src/test/resources/render/docx/one-page-plan.yaml). */
    static ResolvedPlan plan(String which, Path dir) throws IOException {
        if (!which.equals("one-page")) {
            return PlanDocumentTest.plan(which);
        }
        return TestPlans.resolveClean(dir, onePagePlan());
    }

    static String onePagePlan() throws IOException {
        try (InputStream in = PageFlowDocxTest.class.getResourceAsStream("/render/docx/one-page-plan.yaml")) {
            // The tryout's plan is plandoc new's starter given a number: its sample content made the office's own.
            return TestPlans.starterFilledIn(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
