package plandoc.diff;

import java.util.List;

/**
 * An article or a section (with id) added, removed, moved or re-worded. A section's text includes
 * its sub-sections that have no id of their own, since they can only be followed through it.
 *
 * @param labelBefore how references printed it before ("mục II", "Điều 2"), "" when added
 * @param labelAfter  how references print it after, "" when removed
 * @param title       its title (after, or before when removed), as the author wrote it
 * @param moved       it has another parent, or another place among its siblings
 * @param titleDiff   the title's words, {@link WordDiff#NONE} unless re-worded
 * @param textDiff    the text's words, {@link WordDiff#NONE} unless re-worded
 * @param citedOnly   its title and text are worded as before: only the figures they cite ({@code {amount:}},
 *                    {@code {count:}}) print otherwise, so no one edited it and the summary must not say so
 * @param citedFrom   when {@code citedOnly}, the tables whose figures it cites print otherwise, in the order cited
 */
public record PartChange(PartKind kind, String id, Status status, String labelBefore, String labelAfter,
                         String title, boolean moved, WordDiff titleDiff, WordDiff textDiff,
                         boolean citedOnly, List<CitedTable> citedFrom) {
    public PartChange {
        citedFrom = List.copyOf(citedFrom);
    }

    /** Re-worded by its author, not only by the figures it cites. */
    public boolean edited() {
        return (titleDiff.changed() || textDiff.changed()) && !citedOnly;
    }
}
