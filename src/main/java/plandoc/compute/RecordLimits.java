package plandoc.compute;

import plandoc.diagnostic.Problems;
import plandoc.model.IssuedDocument;
import plandoc.model.Recipient;
import plandoc.model.RecordField;

/**
 * Decree 30 Phụ lục VI lengths of the record's fields made from resolved text — the trích yếu
 * (Subject) and each place sent to (ToPlaces) — as the record will hold them, references printed.
 * The plain values (issuer, số, ký hiệu, signer) are checked where they are read.
 */
final class RecordLimits {
    private RecordLimits() {
    }

    static void check(IssuedDocument doc, TextResolver text, Problems problems) {
        // A title missing or unreadable was reported when read.
        doc.title().ifPresent(title -> {
            String subject = text.inline(title).plain();
            if (!RecordField.SUBJECT.fits(subject)) {
                problems.error(title.at(), RecordField.SUBJECT.messageKey(), RecordField.length(subject),
                        RecordField.SUBJECT.max());
            }
        });
        for (Recipient recipient : doc.recipients()) {
            for (RecipientPlaces.Place place : RecipientPlaces.of(recipient, text)) {
                if (!RecordField.TO_PLACE.fits(place.name())) {
                    problems.error(place.at(), RecordField.TO_PLACE.messageKey(), RecordField.length(place.name()),
                            RecordField.TO_PLACE.max());
                }
            }
        }
    }
}
