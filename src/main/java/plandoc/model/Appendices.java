package plandoc.model;

import java.util.List;

/**
 * The appendices, their numbering, the word printed before the number ("Phụ lục" or "PHỤ LỤC"), and
 * whether they belong to the decision or to the attached plan.
 */
public record Appendices(AppendixNumbering numbering, AppendixLabel label, boolean attachedToPlan, List<Appendix> items) {
    public static final Appendices NONE = new Appendices(AppendixNumbering.ROMAN, AppendixLabel.DECREE, false, List.of());

    public Appendices {
        items = List.copyOf(items);
    }
}
