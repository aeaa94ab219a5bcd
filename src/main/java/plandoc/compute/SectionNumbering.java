package plandoc.compute;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import plandoc.model.NumberingStyle;
import plandoc.model.PlanBody;
import plandoc.model.Section;

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
     * @param label   how references print it ("mục II", "điểm 1.2")
     */
    record Numbered(String number, String heading, NumberingStyle style, int level, String anchor, String label) {
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
                        label(style, number, parent));
            } else {
                // Unnumbered blocks and run-in headings are referred to through their parent.
                n = new Numbered(parent == null ? "" : parent.number(), "", null, level, anchor,
                        parent == null ? "" : parent.label());
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
     * How a reference names a section: "phần thứ hai", "mục II", "mục 3" (or "khoản 3 mục II" when
     * nested), "điểm 1.2", "điểm a mục 1.2".
     */
    static String label(NumberingStyle style, String number, Numbered parent) {
        boolean nested = parent != null && !parent.number().isEmpty();
        return switch (style) {
            case PART -> "phần " + number;
            case ROMAN -> "mục " + number + (nested && parent.style() == NumberingStyle.PART ? " " + parent.label() : "");
            case ARABIC -> !nested ? "mục " + number
                    : (parent.style() == NumberingStyle.PART ? "mục " : "khoản ") + number + " " + parent.label();
            case DECIMAL -> "điểm " + number;
            case LETTER -> "điểm " + number + (nested ? " " + (parent.style() == NumberingStyle.DECIMAL
                    ? "mục " + parent.number() : parent.label()) : "");
            case DASH -> parent == null ? "" : parent.label();
        };
    }
}
