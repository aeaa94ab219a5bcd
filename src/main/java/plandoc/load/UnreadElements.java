package plandoc.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.model.Id;
import plandoc.model.IdKind;
import plandoc.model.UnreadElement;

/**
 * The elements of one plan that a reader left out because of an error it reported for them, by id: validate
 * then knows that a reference to one of them is not a second mistake (one mistake, one error).
 */
final class UnreadElements {
    private final List<UnreadElement> elements = new ArrayList<>();

    /** Notes an element left out (when it has an id to be referred to by) and returns the empty element. */
    <T> Optional<T> leftOut(Optional<Id> id, IdKind kind) {
        id.ifPresent(i -> elements.add(new UnreadElement(i, kind)));
        return Optional.empty();
    }

    /** Notes what a left-out element held: its parts (a budget's items) go with it. */
    void leftOut(Id id, IdKind kind) {
        elements.add(new UnreadElement(id, kind));
    }

    List<UnreadElement> elements() {
        return List.copyOf(elements);
    }
}
