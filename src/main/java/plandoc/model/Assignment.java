package plandoc.model;

import java.util.List;
import java.util.Optional;

/** Who does a task or budget item, with whom, by when, producing what, towards which objectives. */
public record Assignment(Optional<Text> lead, List<Text> partners, Optional<Deadline> deadline,
                         Optional<Text> outcome, List<Id> serves) {
    public static final Assignment NONE = new Assignment(Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), List.of());

    public Assignment {
        partners = List.copyOf(partners);
        serves = List.copyOf(serves);
    }
}
