package plandoc.load;

import java.util.List;
import java.util.Map;

/**
 * Where a key that is not valid in its section belongs, when a nearby section of the document's frame takes it:
 * {@code seal:} written under {@code document:} belongs under {@code document.issuer}. The officer's guide names
 * these keys in one sentence, so one indented a level off is an easy slip; the list of the section's valid keys does
 * not say where the key goes.
 */
final class KeyPlaces {
    /** A section near another, by its path of keys from the file's root ("document", "issuer"). */
    private record Place(List<String> keys, Shape shape) {
        String path() {
            return String.join(".", keys);
        }
    }

    /** Per section (as {@link Fields} names it), the sections near it: its parent, children and siblings. */
    private static final Map<String, List<Place>> NEAR = Map.of(
            "plan.yaml", List.of(place(PlanShape.DOCUMENT, "document"), place(PlanShape.BODY, "plan")),
            "document", List.of(place(PlanShape.ISSUER, "document", "issuer"),
                    place(PlanShape.SIGNATURE, "document", "signature")),
            "issuer", List.of(place(PlanShape.DOCUMENT, "document"), place(PlanShape.SIGNATURE, "document", "signature"),
                    place(PlanShape.SEAL, "document", "issuer", "seal")),
            "signature", List.of(place(PlanShape.DOCUMENT, "document"), place(PlanShape.ISSUER, "document", "issuer")),
            "seal", List.of(place(PlanShape.ISSUER, "document", "issuer")));

    private KeyPlaces() {
    }

    private static Place place(Shape shape, String... keys) {
        return new Place(List.of(keys), shape);
    }

    /** The paths of the sections near {@code context} where {@code key} is valid; empty when none is. */
    static List<String> of(String context, String key) {
        return NEAR.getOrDefault(context, List.of()).stream().filter(p -> p.shape().keyNames().contains(key))
                .map(Place::path).toList();
    }
}
