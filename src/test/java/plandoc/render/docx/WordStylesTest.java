package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Word copy has paragraph styles a department can change in one place (legal review, session 13:
 * styles.xml held only the language, 1,006 runs each carried Times New Roman 14 pt, headings were bold
 * body paragraphs, so Word's navigation pane was empty and no table of contents could be made).
 */
class WordStylesTest {

    @Test
    void normalAndTheDefaultsAreTheDocumentsTypeface() throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-4086-2012"))) {
            var defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            allScripts(defaults.getRFontsArray(0));
            assertEquals(28, ((java.math.BigInteger) defaults.getSzArray(0).getVal()).intValue());
            assertEquals("vi-VN", defaults.getLangArray(0).getVal());
            XWPFStyle normal = doc.getStyles().getStyle("Normal");
            assertNotNull(normal, "a Normal style");
            allScripts(normal.getCTStyle().getRPr().getRFontsArray(0));
            assertEquals(28, ((java.math.BigInteger) normal.getCTStyle().getRPr().getSzArray(0).getVal()).intValue());
            var body = normal.getCTStyle().getPPr();
            assertEquals("both", body.getJc().getVal().toString());
            assertEquals(Runs.INDENT, ((java.math.BigInteger) body.getInd().getFirstLine()).intValue());
            assertEquals(Runs.AFTER, ((java.math.BigInteger) body.getSpacing().getAfter()).intValue());
        }
    }

    private static void allScripts(CTFonts fonts) {
        for (String font : new String[] {fonts.getAscii(), fonts.getHAnsi(), fonts.getEastAsia(), fonts.getCs()}) {
            assertEquals("Times New Roman", font);
        }
    }

    /** Heading 1–3 as Word names its own ("heading 1"), so the navigation pane and a TOC list them by level. */
    @Test
    void headingsAreWordsHeadingStylesWithOutlineLevels() throws IOException {
        ResolvedPlan plan = PlanDocumentTest.plan("content/ha-tinh-424-2022");
        try (XWPFDocument doc = PlanDocumentTest.document(plan)) {
            for (int level = 1; level <= 3; level++) {
                XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
                assertNotNull(style, "Heading" + level);
                assertEquals("heading " + level, style.getName());
                assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
                assertTrue(Looks.bold(firstRun(doc, "Heading" + level)), "heading " + level + " is bold");
            }
            for (String id : List.of("Article", "TableText", "TableHeading", "Recipients", "AppendixHeading",
                    "AppendixTitle", "Title")) {
                assertNotNull(doc.getStyles().getStyle(id), id);
            }
            // Each titled section's paragraph is in the heading style of its level.
            Map<String, String> byNumbering = Map.of("part", "Heading1", "roman", "Heading2", "arabic", "Heading3");
            List<SectionView> sections = new ArrayList<>();
            plan.body().sections().forEach(s -> collect(s, sections));
            int checked = 0;
            for (SectionView s : sections) {
                String style = byNumbering.get(s.style());
                if (style == null || !s.hasTitle()) {
                    continue;
                }
                String title = PlanDocumentTest.plain(s.title().plain());
                XWPFParagraph p = doc.getParagraphs().stream()
                        .filter(x -> PlanDocumentTest.plain(x.getText()).endsWith(title)
                                && PlanDocumentTest.plain(x.getText()).startsWith(s.number()))
                        .findFirst().orElseThrow(() -> new AssertionError(s.number() + " " + title));
                assertEquals(style, p.getStyleID(), s.number() + " " + title);
                checked++;
            }
            assertTrue(checked > 20, "headings checked: " + checked);
            XWPFParagraph article = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Điều 2."))
                    .findFirst().orElseThrow();
            assertEquals("Article", article.getStyleID());
            assertTrue(Looks.keepNext(article));
        }
    }

    private static org.apache.poi.xwpf.usermodel.XWPFRun firstRun(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyleID()) && !p.getRuns().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no paragraph in " + style)).getRuns().get(0);
    }

    private static void collect(SectionView section, List<SectionView> out) {
        out.add(section);
        section.blocks().stream().filter(SectionBlock.class::isInstance)
                .forEach(b -> collect(((SectionBlock) b).section(), out));
    }

    /**
     * A run states only what differs from its style: no run names the typeface, a body run in Normal and a
     * table cell's run at the table style's size carry no size, while a bold word stays bold.
     */
    @Test
    void runsCarryOnlyWhatDiffersFromTheirStyle() throws IOException {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-4086-2012"))) {
            assertFalse(doc.getDocument().xmlText().contains("rFonts"), "no run names a font");
            int runs = 0;
            int sized = 0;
            List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
            for (XWPFTable t : doc.getTables()) {
                t.getRows().forEach(r -> r.getTableCells().forEach(c -> paragraphs.addAll(c.getParagraphs())));
            }
            for (XWPFParagraph p : paragraphs) {
                for (var r : p.getRuns()) {
                    runs++;
                    if (r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfSzArray() > 0) {
                        sized++;
                        assertTrue(Looks.size(r) != Styles.look(p.getStyleID()).size(), "a size the style already gives");
                    }
                }
            }
            assertTrue(runs > 500, "runs: " + runs);
            assertTrue(sized * 10 < runs, sized + " of " + runs + " runs carry a size");
            XWPFParagraph article = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Điều 1."))
                    .findFirst().orElseThrow();
            assertTrue(Looks.bold(article.getRuns().get(0)) && !Looks.bold(article.getRuns().get(1)),
                    "the untitled article's label is bold, its text regular");
        }
    }
}
