package plandoc.model;

import java.time.LocalDate;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * What {@code hieu-luc.yaml} beside an issued document's plan.yaml says of its standing on the portal (s30 tryout
 * F2): replaced by another document, or no longer in force from a date. Kept apart from plan.yaml, which is the issued
 * document as issued and travels inside its PDF: marking it changes the portal's pages, never the document's files.
 *
 * @param replacedBy the replacing document: a plan folder's name, or its citation when it is not on this portal
 * @param replacedFrom the day the replacement takes effect (s35), when it is not the replacing document's issue date:
 *                     a decision is often issued first and in force later ("có hiệu lực từ ngày 01/01/2027")
 * @param expired    the day it is no longer in force
 * @param at         the file, for what concerns it as a whole
 */
public record StandingNote(Optional<String> replacedBy, SourcePosition replacedByAt, Optional<LocalDate> replacedFrom,
                           SourcePosition replacedFromAt, Optional<LocalDate> expired, SourcePosition expiredAt,
                           SourcePosition at) {
    public static final String FILE = "hieu-luc.yaml";

    /** Whether {@code replaced_by:} names a plan folder ("ha-tinh-15-2027"), not a citation typed in words. */
    public boolean namesFolder() {
        return replacedBy.map(v -> v.matches("[a-z0-9][a-z0-9._-]*")).orElse(false);
    }
}
