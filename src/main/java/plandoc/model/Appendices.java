package plandoc.model;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * The appendices, their numbering, the word printed before the number ("Phụ lục" or "PHỤ LỤC"), and
 * whether they belong to the decision or to the attached plan.
 *
 * @param attachedToAt where {@code attached_to:}'s value was typed (the appendices' position when it was not)
 * @param start        {@code start:}, the number of the first appendix when it is not 1: an amending decision that
 *                     adds "PHỤ LỤC 08" to a plan whose appendices end at 07 (s30 tryout F6); empty when not written
 * @param startAt      where {@code start:}'s value was typed (the appendices' position when it was not)
 */
public record Appendices(AppendixNumbering numbering, AppendixLabel label, boolean attachedToPlan, List<Appendix> items,
                         SourcePosition attachedToAt, Optional<Integer> start, SourcePosition startAt) {
    public static final Appendices NONE = new Appendices(AppendixNumbering.ROMAN, AppendixLabel.DECREE, false, List.of(),
            SourcePosition.startOf(""), Optional.empty(), SourcePosition.startOf(""));

    public Appendices {
        items = List.copyOf(items);
    }
}
