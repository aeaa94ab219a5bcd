package plandoc.resolved;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the document names one of its parts, kept as its parts and numbers rather than as one language's words, so
 * that the chrome can say it in its own: "nhiệm vụ số 15 Phụ lục 04" in the document's Vietnamese, "task 15
 * (Appendix 04)" on an English agency view. The Vietnamese wording is the document's label ({@link AgencyWork#label()},
 * what plan.json publishes); {@code compute.CitationWords} says the same steps in either language.
 *
 * @param steps the part, then what holds it, innermost first: [khoản 3][mục II] for "khoản 3 mục II"
 * @param place where the row's table is shown, when several tables number their rows from 1 ("Phụ lục 04"): the
 *              words after the row's, as "khoản 2 Điều 3" (in brackets in English); empty otherwise
 */
public record Citation(List<Step> steps, List<Step> place) {
    public static final Citation NONE = new Citation(List.of(), List.of());

    public Citation {
        steps = List.copyOf(steps);
        place = List.copyOf(place);
    }

    public static Citation of(Step... steps) {
        return new Citation(List.of(steps), List.of());
    }

    /** This citation with the steps of {@code outer} after its own: a clause {@code within} its section. */
    public Citation within(Citation outer) {
        List<Step> all = new ArrayList<>(steps);
        all.addAll(outer.steps);
        return new Citation(all, place);
    }

    /** This citation placed in {@code where} (a table's appendix or section), said after it. */
    public Citation placedIn(Citation where) {
        return new Citation(steps, where.steps);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** What a step names. */
    public enum Part implements Keyword {
        /** "phần thứ hai": its {@link Step#number()} is the part's position, "2". */
        PART,
        /** "mục II", "mục 3". */
        SECTION,
        /** "khoản 3". */
        CLAUSE,
        /** "điểm 1.2", "điểm a". */
        POINT,
        /** "Điều 3". */
        ARTICLE,
        /** "Phụ lục 04", or "Phụ lục" (no number) for a document's only appendix. */
        APPENDIX,
        /** "nhiệm vụ số 15": a row of a task table. */
        TASK,
        /** "chỉ tiêu số 2": a row of an objectives table. */
        OBJECTIVE,
        /** "dự án số 3": a budget row, called by its table's noun ({@link Step#noun()}). */
        ITEM,
        /** "nhóm III": a budget group, what a row numbered from 1 in each group is named within (s31). */
        GROUP;

        /** The part a site record names by its word; empty for a word no part has (a foreign record). */
        public static Optional<Part> byId(String id) {
            return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
        }

        /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
        @Override
        public String toString() {
            return id();
        }
    }

    /**
     * @param number the part's number as printed ("II", "3", "a", "04"); empty only for a document's only appendix
     * @param noun   for an {@link Part#ITEM}, what its budget calls its rows ("dự án", "nhiệm vụ", a plan's own
     *               word); empty for the other parts
     */
    public record Step(Part part, Optional<String> number, Optional<String> noun) {
        public Step {
            java.util.Objects.requireNonNull(number, "number: Optional.empty() for an only appendix");
            java.util.Objects.requireNonNull(noun, "noun: Optional.empty() for a part other than an item");
        }

        /** A numbered part other than a budget row: "mục II", "Phụ lục 04". */
        public Step(Part part, String number) {
            this(part, Optional.of(number), Optional.empty());
        }

        /** A budget row, by its number and what its budget calls its rows: "dự án số 3". */
        public static Step item(String number, String noun) {
            return new Step(Part.ITEM, Optional.of(number), Optional.of(noun));
        }

        /** A document's only appendix, which prints no number: "Phụ lục". */
        public static Step onlyAppendix() {
            return new Step(Part.APPENDIX, Optional.empty(), Optional.empty());
        }
    }
}
