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
    private record Place(String path, Shape shape) {
    }

    /** Per section (as {@link Fields} names it), the sections near it: its parent, children and siblings. */
    private static final Map<String, List<Place>> NEAR = Map.of(
            "plan.yaml", List.of(new Place("document", PlanShape.DOCUMENT), new Place("plan", PlanShape.BODY)),
            "document", List.of(new Place("document.issuer", PlanShape.ISSUER),
                    new Place("document.signature", PlanShape.SIGNATURE)),
            "issuer", List.of(new Place("document", PlanShape.DOCUMENT), new Place("document.signature",
                    PlanShape.SIGNATURE), new Place("document.issuer.seal", PlanShape.SEAL)),
            "signature", List.of(new Place("document", PlanShape.DOCUMENT), new Place("document.issuer",
                    PlanShape.ISSUER)),
            "seal", List.of(new Place("document.issuer", PlanShape.ISSUER)));

    private KeyPlaces() {
    }

    /** The paths of the sections near {@code context} where {@code key} is valid; empty when none is. */
    static List<String> of(String context, String key) {
        return NEAR.getOrDefault(context, List.of()).stream().filter(p -> p.shape().keyNames().contains(key))
                .map(Place::path).toList();
    }
}
