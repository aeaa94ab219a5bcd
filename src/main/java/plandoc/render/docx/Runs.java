package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs of text and the paragraph styles they go in. */
final class Runs {
    static final String FONT = "Times New Roman";
    /** Body text size (Decree 30: 13–14 pt). */
    static final int BODY = 14;
    /** First-line indent of a body paragraph, 12.7 mm as the PDF. */
    static final int INDENT = Pages.mm(12.7);
    /** 6 pt after a paragraph, in twentieths of a point. */
    static final int AFTER = 120;

    private Runs() {
    }

    /**
     * A run of text in the look given; it states only what differs from its paragraph's style (set
     * before its runs), so the document's font and sizes are changed in one place, the styles.
     */
    static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        return filled(paragraph.createRun(), paragraph, text, size, bold, italic);
    }

    /**
     * A run linking {@code address} (another document of the site cited), in the look of the text around it, as the
     * PDF prints a link: black, not underlined (pdf.css).
     */
    static XWPFRun link(XWPFParagraph paragraph, String address, String text, double size, boolean bold,
                        boolean italic) {
        return filled(paragraph.createHyperlinkRun(address), paragraph, text, size, bold, italic);
    }

    private static XWPFRun filled(XWPFRun run, XWPFParagraph paragraph, String text, double size, boolean bold,
                                  boolean italic) {
        CTRPr properties = PROPERTIES.computeIfAbsent(new Difference(Styles.look(paragraph.getStyleID()),
                new Styles.Look(size, bold, italic)), Runs::properties);
        if (properties != NONE) {
            run.getCTR().setRPr(properties);
        }
        if (!text.isEmpty()) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                text(run, SymbolHyphens.bind(lines[i]));
            }
        }
        return run;
    }

    /** A run's look in a paragraph style of another look. */
    private record Difference(Styles.Look style, Styles.Look run) {
    }

    /** No run properties: the run looks as its style. */
    private static final CTRPr NONE = CTRPr.Factory.newInstance();

    /**
     * Run properties by difference from the style, each set once with POI's setters on a run of its own
     * and then copied into every run of that look: one XMLBeans copy instead of look-ups and insertions per
     * run (issue 17: ~400 runs in a 7-page plan). Never changed after they are made; XMLBeans locks the
     * source of a copy, so documents written at once on several threads may share them.
     */
    // Static on purpose: a handful of looks, made once per JVM and reused by every build and serve re-render (issue 17).
    private static final Map<Difference, CTRPr> PROPERTIES = new ConcurrentHashMap<>();

    private static CTRPr properties(Difference difference) {
        Styles.Look style = difference.style();
        Styles.Look look = difference.run();
        if (style.equals(look)) {
            return NONE;
        }
        CTR alone = CTR.Factory.newInstance();
        XWPFRun run = new XWPFRun(alone, null);
        if (look.bold() != style.bold()) {
            run.setBold(look.bold());
        }
        if (look.italic() != style.italic()) {
            run.setItalic(look.italic());
        }
        if (look.size() != style.size()) {
            run.setFontSize(look.size());
        }
        return alone.getRPr();
    }

    /**
     * The paragraph's last two words tied by a no-break space where {@link plandoc.render.ParagraphEnds} ties them
     * in the PDF: its last line never holds one short syllable alone. Only within the last run of text.
     */
    static void tieLastTwoWords(XWPFParagraph paragraph) {
        List<CTText> texts = new java.util.ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            if (!run.getCTR().getBrList().isEmpty()) {
                texts.clear(); // a line break: only the last line's words
            }
            for (CTText t : run.getCTR().getTList()) {
                if (!t.getStringValue().isBlank()) {
                    texts.add(t);
                }
            }
        }
        if (texts.isEmpty()) {
            return;
        }
        CTText last = texts.get(texts.size() - 1);
        String text = last.getStringValue();
        boolean wordStart = texts.size() == 1 || Character.isWhitespace(lastChar(texts.get(texts.size() - 2).getStringValue()));
        int space = plandoc.render.ParagraphEnds.tiedSpace(text, wordStart);
        if (space >= 0) {
            last.setStringValue(text.substring(0, space) + '\u00a0' + text.substring(space + 1));
        }
    }

    private static char lastChar(String text) {
        return text.charAt(text.length() - 1);
    }

    /**
     * Text as written, hyphens and spaces included: a hyphen is U+002D, never Word's non-breaking hyphen,
     * so Find, copy and text export give the words as typed; but for a number and symbol and a range of years
     * ({@link SymbolHyphens}, given as U+2011), which Word and LibreOffice otherwise broke after their hyphen.
     */
    private static void text(XWPFRun run, String text) {
        int hyphen = text.indexOf(plandoc.render.TitlePhrases.NO_BREAK_HYPHEN);
        if (hyphen >= 0) {
            // Word's own no-break hyphen: a title's "2021-2025" kept on one line (TitlePhrases).
            text(run, text.substring(0, hyphen));
            run.getCTR().addNewNoBreakHyphen();
            text(run, text.substring(hyphen + 1));
            return;
        }
        if (text.isEmpty()) {
            return;
        }
        CTText t = run.getCTR().addNewT();
        t.setStringValue(text);
        if (!text.equals(text.strip())) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    /**
     * The body's line height in points, the PDF's 1.3 em of 14 pt, as "at least": the same pitch in Word
     * and LibreOffice whatever the font's metrics (as 1.13 of a single line it depended on them, and
     * LibreOffice's Liberation Serif gave 18.15 pt, so a page of the Word copy held a little more than the
     * PDF's and broke elsewhere), yet a line holding a picture or larger type still grows.
     */
    static final double LINE = 18.2;

    /** The paragraph in style {@code id} ({@link Styles}), set before its runs; Normal needs no mark. */
    static void style(XWPFParagraph paragraph, String id) {
        if (!id.equals(Styles.NORMAL)) {
            paragraph.setStyle(id);
        }
    }

    /**
     * Kept on the page with the next paragraph. POI's setKeepNext expects the paragraph to have properties
     * already; a Normal paragraph has none.
     */
    static void keepNext(XWPFParagraph paragraph) {
        CTP p = paragraph.getCTP();
        CTPPr properties = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        if (!properties.isSetKeepNext()) {
            properties.addNewKeepNext();
        }
    }

    /**
     * An empty paragraph exactly {@code points} high, for the space the PDF has there (a table's margin,
     * the signature's 25 mm): an empty paragraph in the Gap style is otherwise as high as a 10 pt line
     * (11.5 pt in Word and LibreOffice), which is what moved a signature block that fits on the PDF's page
     * onto the next page of the Word copy.
     */
    static void gap(XWPFParagraph paragraph, double points) {
        style(paragraph, Styles.GAP);
        paragraph.setSpacingBetween(points, LineSpacingRule.EXACT);
    }

    /**
     * A short centred rule of {@code width} twips inside a column {@code column} twips wide, {@code gap}
     * points under the line above (pdf.css's margin for the same rule): an empty paragraph with a bottom
     * border, indented from both sides, exactly {@code gap} high. An empty paragraph is otherwise as high
     * as a line of its paragraph mark's default size, so Word and LibreOffice drew the rule a whole line
     * (some 2–3 mm) under the text the PDF rules 1.5–5 pt under.
     */
    static void rule(XWPFParagraph paragraph, int column, int width, double gap) {
        int side = Math.max(0, (column - width) / 2);
        style(paragraph, Styles.PLAIN);
        paragraph.setIndentationLeft(side);
        paragraph.setIndentationRight(side);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingBetween(gap, LineSpacingRule.EXACT);
        run(paragraph, "", 2, false, false);
    }
}
