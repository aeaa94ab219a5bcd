package plandoc.render.docx;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs and paragraph settings in the document's one typeface. */
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

    static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.getCTR().setRPr(PROPERTIES.computeIfAbsent(new Look(size, bold, italic), Runs::properties));
        if (!text.isEmpty()) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                keepingRangesWhole(run, lines[i]);
            }
        }
        return run;
    }

    /** A run's type size, weight and slant. */
    private record Look(double size, boolean bold, boolean italic) {
    }

    /**
     * Run properties by look, each set once with POI's setters on a run of its own and then copied into
     * every run of that look: one XMLBeans copy instead of a dozen look-ups and insertions per run (issue
     * 17: ~400 runs in a 7-page plan, a sixth of a cold DOCX). Never changed after they are made; XMLBeans
     * locks the source of a copy, so documents written at once on several threads may share them.
     */
    private static final Map<Look, CTRPr> PROPERTIES = new ConcurrentHashMap<>();

    private static CTRPr properties(Look look) {
        CTR alone = CTR.Factory.newInstance();
        XWPFRun run = new XWPFRun(alone, null);
        run.setFontFamily(FONT);
        run.setFontSize(look.size());
        run.setBold(look.bold());
        run.setItalic(look.italic());
        return alone.getRPr();
    }

    /**
     * Text the PDF never breaks at a hyphen, kept on one line: a range of years or figures ("2021-2025",
     * "2021 - 2025") and a word joined by a hyphen (a symbol "31/STTTT-CNTT", "CNTT-Viễn thông"). The
     * hyphen is Word's non-breaking hyphen (w:noBreakHyphen, what Ctrl+Shift+- types; LibreOffice reads it
     * as U+2011 and both print a hyphen) and the spaces inside a range are no-break spaces. Word has no
     * non-breaking en dash: a range written with one ("2021–2025") keeps its dash, followed by a word
     * joiner (U+2060), which LibreOffice honours (Unicode line breaking allows a break after an en dash);
     * Word may still break there.
     */
    private static final Pattern RANGE = Pattern.compile("(?<=\\d) ?[-\u2013] ?(?=\\d)|(?<=\\S)-(?=\\S)");
    private static final String WORD_JOINER = "\u2060";

    private static void keepingRangesWhole(XWPFRun run, String line) {
        if (line.indexOf('-') < 0 && line.indexOf('\u2013') < 0) {
            // Every match needs one of the two dashes, and most cells (figures, names) have neither: no regex
            // search per run (issue 17: 22,000 table cells in the 2,000-item plan).
            text(run, line);
            return;
        }
        Matcher range = RANGE.matcher(line);
        int from = 0;
        while (range.find()) {
            text(run, line.substring(from, range.start()));
            String dash = range.group();
            if (dash.startsWith(" ")) {
                text(run, "\u00a0");
            }
            if (dash.contains("\u2013")) {
                text(run, "\u2013" + WORD_JOINER);
            } else {
                run.getCTR().addNewNoBreakHyphen();
            }
            if (dash.endsWith(" ")) {
                text(run, "\u00a0");
            }
            from = range.end();
        }
        text(run, line.substring(from));
    }

    private static void text(XWPFRun run, String text) {
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
     * The PDF's line height, 1.3 em: Word's single line of Times New Roman is 1.15 em, so 1.13 lines
     * (Decree 30 allows single to 1.5; the Word copy then runs to about as many pages as the PDF).
     */
    static final double LINE = 1.13;

    /** A justified body paragraph indented on its first line. */
    static void body(XWPFParagraph paragraph) {
        settings(paragraph, "body", p -> {
            p.setSpacingBetween(LINE, LineSpacingRule.AUTO);
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(INDENT);
            p.setSpacingAfter(AFTER);
        });
    }

    static void centred(XWPFParagraph paragraph, int after) {
        settings(paragraph, "centred " + after, p -> {
            p.setSpacingBetween(LINE, LineSpacingRule.AUTO);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(after);
        });
    }

    /** A table cell's paragraph, aligned. */
    static void aligned(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        settings(paragraph, "aligned " + alignment, p -> p.setAlignment(alignment));
    }

    /**
     * Paragraph properties by look (a body paragraph, a centred one by its spacing after, a cell's by its alignment),
     * as the run properties above: made with POI's setters on the first paragraph of that look, then copied
     * into each new paragraph of that look — one XMLBeans copy instead of four setters, each a look-up, an
     * insertion and a number set through its schema's union type (issue 17: ~20 ms of a cold DOCX). A
     * paragraph that already has properties gets the setters, which add to what is there.
     */
    private static final Map<String, CTPPr> PARAGRAPHS = new ConcurrentHashMap<>();

    private static void settings(XWPFParagraph paragraph, String look, java.util.function.Consumer<XWPFParagraph> setters) {
        CTP p = paragraph.getCTP();
        if (p.isSetPPr()) {
            setters.accept(paragraph);
            return;
        }
        CTPPr made = PARAGRAPHS.get(look);
        if (made != null) {
            p.setPPr(made);
            return;
        }
        setters.accept(paragraph);
        PARAGRAPHS.putIfAbsent(look, (CTPPr) p.getPPr().copy());
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
        paragraph.setIndentationLeft(side);
        paragraph.setIndentationRight(side);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingBetween(gap, LineSpacingRule.EXACT);
        XWPFRun run = run(paragraph, "", 2, false, false);
        run.setFontSize(2);
    }
}
