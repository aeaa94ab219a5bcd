package plandoc.compute;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import plandoc.model.NumberingStyle;
import plandoc.model.PlanBody;
import plandoc.model.Section;
import plandoc.resolved.Citation;
import plandoc.resolved.Citation.Part;
import plandoc.resolved.Citation.Step;

/**
 * Numbers the plan's sections: per level by the plan's {@code numbering} list (a section's own
 * {@code numbering} overrides the style of its children), counting titled sections and sentence
 * points (a section written with {@code text:} and no title: "2.1. Thường xuyên …" printed as a body
 * paragraph starting with its number) unless {@code number: false}; levels beyond the list are dashes.
 */
final class SectionNumbering {
    /**
     * A section's computed number.
     *
     * @param number  the bare number ("II", "1.2", "a", "thứ hai"), "" when unnumbered
     * @param heading as printed before the title ("II.", "1.2.", "a)", "Phần thứ hai")
     * @param label   how references print it ("Mục II", "điểm 1.2")
     * @param cite    the same, as parts and numbers, for words in another language than the document's
     */
    record Numbered(String number, String heading, NumberingStyle style, int level, String anchor, String label,
                    Citation cite) {
    }

    private final Map<Section, Numbered> numbers = new IdentityHashMap<>();
    private final List<NumberingStyle> styles;

    SectionNumbering(PlanBody body) {
        this.styles = body.numbering();
        number(body.sections(), 1, null, null, "muc");
    }

    Numbered of(Section section) {
        return numbers.get(section);
    }

    private void number(List<Section> sections, int level, NumberingStyle override, Numbered parent, String anchorPrefix) {
        NumberingStyle style = override != null ? override
                : level <= styles.size() ? styles.get(level - 1) : NumberingStyle.DASH;
        int index = 0;
        int position = 0;
        for (Section s : sections) {
            position++;
            String anchor = s.id().map(i -> i.value()).orElse(anchorPrefix + "-" + position);
            Numbered n;
            if (counted(s)) {
                index++;
                String number = Numbering.number(style, index, parent == null ? "" : parent.number());
                n = new Numbered(number, Numbering.heading(style, number), style, level, anchor,
                        label(style, number, parent), cite(style, style == NumberingStyle.PART
                        ? String.valueOf(index) : number, parent));
            } else {
                // Unnumbered blocks and run-in headings are referred to through their parent.
                n = new Numbered(parent == null ? "" : parent.number(), "", null, level, anchor,
                        parent == null ? "" : parent.label(), parent == null ? Citation.NONE : parent.cite());
            }
            numbers.put(s, n);
            Numbered forChildren = counted(s) ? n : parent;
            number(s.sections(), counted(s) ? level + 1 : level,
                    s.childNumbering().orElse(counted(s) ? null : override),
                    forChildren, anchor);
        }
    }

    /** A titled section, or a sentence point (text without a title), that is not {@code number: false}. */
    static boolean counted(Section s) {
        return s.numbered() && (s.title().isPresent() || s.text().isPresent());
    }

    /**
     * How a reference names a section: "Phần thứ hai", "Mục II", "Mục 3" (or "khoản 3 Mục II" when
     * nested), "điểm 1.2", "điểm a Mục 1.2". Decree 30 (Phụ lục II, A S3 V.7) capitalises Phần and Mục when a
     * document cites its own parts, not khoản and điểm (s32 review B3); Điều is capitalised wherever it is printed.
     */
    static String label(NumberingStyle style, String number, Numbered parent) {
        boolean nested = parent != null && !parent.number().isEmpty();
        return switch (style) {
            case PART -> "Phần " + number;
            case ROMAN -> "Mục " + number + (nested && parent.style() == NumberingStyle.PART ? " " + parent.label() : "");
            case ARABIC -> !nested ? "Mục " + number
                    : (parent.style() == NumberingStyle.PART ? "Mục " : "khoản ") + number + " " + parent.label();
            case DECIMAL -> "điểm " + number;
            case LETTER -> "điểm " + number + (nested ? " " + (parent.style() == NumberingStyle.DECIMAL
                    ? "Mục " + parent.number() : parent.label()) : "");
            case DASH -> parent == null ? "" : parent.label();
        };
    }

    /**
     * The parts {@link #label} names, step by step ("khoản 3 Mục II": [clause 3][section II]); a part by its
     * position ({@code number} "2" for "Phần thứ hai"). The two are kept in step by {@code CitationWordsTest}.
     */
    static Citation cite(NumberingStyle style, String number, Numbered parent) {
        boolean nested = parent != null && !parent.number().isEmpty();
        boolean inPart = nested && parent.style() == NumberingStyle.PART;
        return switch (style) {
            case PART -> Citation.of(new Step(Part.PART, number));
            case ROMAN -> Citation.of(new Step(Part.SECTION, number)).within(inPart ? parent.cite() : Citation.NONE);
            case ARABIC -> !nested ? Citation.of(new Step(Part.SECTION, number))
                    : Citation.of(new Step(inPart ? Part.SECTION : Part.CLAUSE, number)).within(parent.cite());
            case DECIMAL -> Citation.of(new Step(Part.POINT, number));
            case LETTER -> Citation.of(new Step(Part.POINT, number)).within(!nested ? Citation.NONE
                    : parent.style() == NumberingStyle.DECIMAL ? Citation.of(new Step(Part.SECTION, parent.number()))
                    : parent.cite());
            case DASH -> parent == null ? Citation.NONE : parent.cite();
        };
    }
}
