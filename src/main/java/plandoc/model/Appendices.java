package plandoc.model;

import java.util.List;
import plandoc.diagnostic.SourcePosition;

/**
 * The appendices, their numbering, the word printed before the number ("Phụ lục" or "PHỤ LỤC"), and
 * whether they belong to the decision or to the attached plan.
 *
 * @param attachedToAt where {@code attached_to:}'s value was typed (the appendices' position when it was not)
 */
public record Appendices(AppendixNumbering numbering, AppendixLabel label, boolean attachedToPlan, List<Appendix> items,
                         SourcePosition attachedToAt) {
    public static final Appendices NONE = new Appendices(AppendixNumbering.ROMAN, AppendixLabel.DECREE, false, List.of(),
            SourcePosition.startOf(""));

    public Appendices {
        items = List.copyOf(items);
    }
}
