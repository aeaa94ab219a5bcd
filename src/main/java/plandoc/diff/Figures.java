package plandoc.diff;

import java.math.BigDecimal;
import java.util.Optional;
import plandoc.compute.Figure;

/** Comparing computed figures: the same state and, for values, the same amount (2.0 equals 2.00). */
final class Figures {
    private Figures() {
    }

    static boolean same(Figure a, Figure b) {
        if (a.state() != b.state()) {
            return false;
        }
        return !a.isValue() || a.value().compareTo(b.value()) == 0;
    }

    static Optional<BigDecimal> difference(Figure before, Figure after) {
        if (before.state() == Figure.State.UNDETERMINED || after.state() == Figure.State.UNDETERMINED) {
            return Optional.empty();
        }
        return Optional.of(after.orZero().subtract(before.orZero()));
    }
}
