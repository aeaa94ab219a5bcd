package plandoc.compute;

import plandoc.resolved.RuleWidth;

/**
 * The rule under a trích yếu (Decree 30, Phụ lục I; format-standard.md §13 F9): 1/3 to 1/2 of the trích yếu's
 * line. A fixed 55 mm was a third of a full line, but 69 % of a short one-line trích yếu ("Về việc ban hành Kế hoạch
 * năm 2013"), so the rule follows the measured line as the issuer's does.
 */
final class TitleRule {
    /** The trích yếu prints 14 pt bold (pdf.css, .doc-heading). */
    static final double TITLE_PT = 14;
    /** A4 less the 30 mm and 15 mm margins (pdf.css, P1). */
    static final double LINE_MM = 165;
    /** A trích yếu that wraps fills its first line; this is a third of it, the width pdf.css printed before. */
    static final double WRAPPED_MM = 55;

    private TitleRule() {
    }

    /** The width, 31.7 mm: {@link IssuerLines#RULE_SHARE} of a one-line trích yếu, a third of a full line otherwise. */
    static RuleWidth of(String title) {
        double line = Math.min(TextMeasure.mm(title.strip(), TITLE_PT, true), LINE_MM);
        return RuleWidths.of(Math.min(WRAPPED_MM, IssuerLines.RULE_SHARE * line));
    }
}
