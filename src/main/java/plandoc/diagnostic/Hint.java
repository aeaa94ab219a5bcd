package plandoc.diagnostic;

import java.util.Optional;

/** A "did you mean …?" phrase as a message argument, empty when there is nothing near enough. */
public final class Hint {
    private Hint() {
    }

    public static String nearest(Optional<String> candidate) {
        return candidate.map(c -> "@hint.nearest|" + c).orElse("@hint.none");
    }
}
