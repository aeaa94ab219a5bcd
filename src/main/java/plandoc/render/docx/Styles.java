package plandoc.render.docx;

import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's paragraph styles (styles.xml), so a department restyles the copy in one place, Word's
 * navigation pane lists the headings and a table of contents can be made: Normal is the body paragraph
 * (Times New Roman 14 pt, justified, first line indented, the PDF's line height and 6 pt after), the
 * plan's levels are Word's Heading 1–5 (ids "Heading1"…, names "heading 1"…, which Word recognises as its
 * own and lists by their outline level), the rest are named in Vietnamese for the officer. A run states
 * only what differs from its paragraph's style (a bold word, a smaller table): {@link Runs#run}.
 */
final class Styles {
    static final String NORMAL = "Normal";
    /** No indent, left, no spacing, single lines: a paragraph that only holds a page break, a gap or a rule. */
    static final String PLAIN = "Plain";
    /**
     * An empty paragraph that only spaces (under a table, ending a part, above the signer's name): a 10 pt
     * line, the height such a paragraph had before the document had styles (Word's default size).
     */
    static final String GAP = "Gap";
    static final String TITLE = "Title";
    static final String TITLE_NOTE = "TitleNote";
    static final String CENTRED = "Centred";
    static final String ARTICLE = "Article";
    /**
     * An untitled article's first paragraph, "Điều 1." run into its text: the body paragraph's look at the
     * article's outline level, so Word's navigation pane and table of contents list every article.
     */
    static final String ARTICLE_RUN_IN = "ArticleRunIn";
    static final String APPENDIX = "AppendixHeading";
    static final String APPENDIX_TITLE = "AppendixTitle";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String LETTERHEAD = "Letterhead";
    static final String RECIPIENTS = "Recipients";
    static final String SIGNATURE = "Signature";
    static final String HEADER = "Header";

    /** Heading n (1–5) for a section numbered as a part, I., 1., 1.1., a). */
    static String heading(int level) {
        return "Heading" + level;
    }

    /** A style's type size (pt), weight and slant, as a run in it prints without properties of its own. */
    record Look(double size, boolean bold, boolean italic) {
    }

    private record Definition(String id, String name, String basedOn, int outline, Double size, Boolean bold,
                              Boolean italic, STJc.Enum alignment, Integer firstLine, Integer after, Line line,
                              boolean keepNext) {
    }

    /** A line height: {@code value} in 240ths of a line (auto) or in twentieths of a point (at least). */
    record Line(int value, STLineSpacingRule.Enum rule) {
        static Line single() {
            return new Line(240, STLineSpacingRule.AUTO);
        }

        static Line atLeast(double points) {
            return new Line((int) Math.round(points * 20), STLineSpacingRule.AT_LEAST);
        }
    }

    private static final List<Definition> DEFINITIONS = List.of(
            // Normal: the body paragraph as printed (Decree 30: 13–14 pt, lines 1.0–1.5), lines the PDF's 1.3 em.
            new Definition(NORMAL, "Normal", null, -1, (double) Runs.BODY, null, null, STJc.BOTH, Runs.INDENT,
                    Runs.AFTER, Line.atLeast(Runs.LINE), false),
            new Definition(PLAIN, "Đoạn không thụt lề", NORMAL, -1, null, null, null, STJc.LEFT, 0, 0, Line.single(),
                    false),
            new Definition(GAP, "Khoảng cách", PLAIN, -1, 10.0, null, null, null, null, null, null, false),
            new Definition(heading(1), "heading 1", NORMAL, 0, null, true, null, STJc.CENTER, 0, Runs.AFTER, null, true),
            new Definition(heading(2), "heading 2", NORMAL, 1, null, true, null, null, null, null, null, true),
            new Definition(heading(3), "heading 3", NORMAL, 2, null, true, null, null, null, null, null, true),
            new Definition(heading(4), "heading 4", NORMAL, 3, null, true, true, null, null, null, null, true),
            new Definition(heading(5), "heading 5", NORMAL, 4, null, null, true, null, null, null, null, true),
            new Definition(ARTICLE, "Điều", NORMAL, 0, null, true, null, null, null, null, null, true),
            // Not a style separator (a hidden paragraph mark after "Điều 1."): LibreOffice up to 7 prints
            // the two paragraphs on two lines. The whole paragraph, as printed, is the outline entry.
            new Definition(ARTICLE_RUN_IN, "Điều liền nội dung", NORMAL, 0, null, null, null, null, null, null, null,
                    false),
            new Definition(TITLE, "Title", NORMAL, -1, null, true, null, STJc.CENTER, 0, 0, null, false),
            new Definition(TITLE_NOTE, "Chú thích tiêu đề", TITLE, -1, null, false, true, null, null, null, null, false),
            new Definition(APPENDIX, "Phụ lục", TITLE, 0, null, null, null, null, null, null, null, false),
            new Definition(APPENDIX_TITLE, "Tên phụ lục", TITLE, -1, null, null, null, null, null, null, null, false),
            new Definition(CENTRED, "Căn giữa", NORMAL, -1, null, null, null, STJc.CENTER, 0, null, null, false),
            // 13 pt, the size the PDF prints most tables at (a denser table's runs say their own).
            new Definition(TABLE_TEXT, "Chữ trong bảng", PLAIN, -1, 13.0, null, null, null, null,
                    null, null, false),
            new Definition(TABLE_HEADING, "Đầu bảng", TABLE_TEXT, -1, null, true, null, STJc.CENTER, null, null, null,
                    false),
            new Definition(LETTERHEAD, "Cơ quan, quốc hiệu", PLAIN, -1, 12.0, null, null, STJc.CENTER, null, null, null,
                    false),
            new Definition(RECIPIENTS, "Nơi nhận", PLAIN, -1, 11.0, null, null, null, null, null, null, false),
            new Definition(SIGNATURE, "Chữ ký", PLAIN, -1, null, true, null, STJc.CENTER, null, null, null, false),
            new Definition(HEADER, "header", PLAIN, -1, null, null, null, STJc.CENTER, null, null, null, false));

    /** Each style's look with what it inherits, by id. */
    private static final Map<String, Look> LOOKS;

    static {
        Map<String, Look> filled = new LinkedHashMap<>();
        for (Definition d : DEFINITIONS) {
            Look base = d.basedOn() == null ? new Look(Runs.BODY, false, false) : filled.get(d.basedOn());
            filled.put(d.id(), new Look(d.size() == null ? base.size() : d.size(),
                    d.bold() == null ? base.bold() : d.bold(), d.italic() == null ? base.italic() : d.italic()));
        }
        LOOKS = Collections.unmodifiableMap(filled);
    }

    private Styles() {
    }

    /** The look of a paragraph in style {@code id} (null: Normal). */
    static Look look(String id) {
        Look look = id == null ? null : LOOKS.get(id);
        return look == null ? LOOKS.get(NORMAL) : look;
    }

    /** Adds the styles to the document's styles part. */
    static void define(CTStyles styles) {
        for (Definition d : DEFINITIONS) {
            CTStyle style = styles.addNewStyle();
            style.setType(STStyleType.PARAGRAPH);
            style.setStyleId(d.id());
            if (d.id().equals(NORMAL)) {
                style.setDefault(STOnOff1.ON);
            }
            style.addNewName().setVal(d.name());
            if (d.basedOn() != null) {
                style.addNewBasedOn().setVal(d.basedOn());
            }
            // Enter after a heading or title goes on in body text, as in Word's own headings.
            style.addNewNext().setVal(d.outline() >= 0 || d.keepNext() || d.id().startsWith(TITLE) ? NORMAL : d.id());
            style.addNewQFormat();
            CTPPrGeneral p = style.addNewPPr();
            if (d.keepNext()) {
                p.addNewKeepNext();
            }
            if (d.after() != null || d.line() != null) {
                CTSpacing spacing = p.addNewSpacing();
                if (d.after() != null) {
                    spacing.setAfter(BigInteger.valueOf(d.after()));
                }
                if (d.id().equals(heading(1))) {
                    spacing.setBefore(BigInteger.valueOf(Runs.AFTER));
                }
                if (d.line() != null) {
                    spacing.setLine(BigInteger.valueOf(d.line().value()));
                    spacing.setLineRule(d.line().rule());
                }
            }
            if (d.firstLine() != null) {
                p.addNewInd().setFirstLine(BigInteger.valueOf(d.firstLine()));
            }
            if (d.alignment() != null) {
                p.addNewJc().setVal(d.alignment());
            }
            if (d.outline() >= 0) {
                p.addNewOutlineLvl().setVal(BigInteger.valueOf(d.outline()));
            }
            CTRPr r = style.addNewRPr();
            if (d.id().equals(NORMAL)) {
                fonts(r.addNewRFonts());
            }
            if (d.bold() != null) {
                r.addNewB().setVal(d.bold() ? STOnOff1.ON : STOnOff1.OFF);
            }
            if (d.italic() != null) {
                r.addNewI().setVal(d.italic() ? STOnOff1.ON : STOnOff1.OFF);
            }
            if (d.size() != null) {
                BigInteger halfPoints = BigInteger.valueOf(Math.round(d.size() * 2));
                r.addNewSz().setVal(halfPoints);
                r.addNewSzCs().setVal(halfPoints);
            }
        }
    }

    /** The one typeface for every script, so text typed in Vietnamese, East Asian or complex script stays in it. */
    static void fonts(CTFonts fonts) {
        fonts.setAscii(Runs.FONT);
        fonts.setHAnsi(Runs.FONT);
        fonts.setEastAsia(Runs.FONT);
        fonts.setCs(Runs.FONT);
    }
}
