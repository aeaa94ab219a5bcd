package plandoc.compute;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import plandoc.diagnostic.Problems;
import plandoc.model.IssuedDocument;
import plandoc.model.Recipient;

/**
 * A place listed twice in Nơi nhận: the e-office system sends the document to each place of ToPlaces, so
 * it would go there twice. Places are compared as the record holds them (a ";" line split, a {@code to:}
 * list item, references printed, never a note), and as a reader reads them: Unicode NFC, any case, runs of
 * white space as one. A warning at the second, naming the line of the first.
 */
final class RepeatedPlaces {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private RepeatedPlaces() {
    }

    static void check(IssuedDocument doc, TextResolver text, Problems problems) {
        Map<String, RecipientPlaces.Place> seen = new HashMap<>();
        for (Recipient recipient : doc.recipients()) {
            for (RecipientPlaces.Place place : RecipientPlaces.of(recipient, text)) {
                RecipientPlaces.Place first = seen.putIfAbsent(key(place.name()), place);
                if (first != null) {
                    problems.warning(place.at(), "recipient.repeated", place.name(), first.at().line());
                }
            }
        }
    }

    private static String key(String place) {
        return Normalizer.normalize(place, Normalizer.Form.NFC).toLowerCase(VI).replaceAll("\\s+", " ").strip();
    }
}
