package plandoc.compute;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * A computed amount, or the honest absence of one: {@code BLANK} when nothing was given (printed
 * blank, never "0"), {@code UNDETERMINED} when the inputs do not fix it (a crossed cell of items
 * given only as separate breakdowns; never apportioned).
 */
public record Figure(State state, BigDecimal value) {
    public enum State { BLANK, VALUE, UNDETERMINED }

    public static final Figure BLANK = new Figure(State.BLANK, null);
    public static final Figure UNDETERMINED = new Figure(State.UNDETERMINED, null);

    public static Figure of(BigDecimal value) {
        return new Figure(State.VALUE, value);
    }

    public boolean isValue() {
        return state == State.VALUE;
    }

    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(value);
    }

    /** The value, with a blank counting as zero (for comparisons with declared figures). */
    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Adds figures: undetermined wins, blanks add nothing, all blanks stay blank. */
    public static Figure sum(Collection<Figure> figures) {
        BigDecimal total = null;
        for (Figure f : figures) {
            if (f.state == State.UNDETERMINED) {
                return UNDETERMINED;
            }
            if (f.state == State.VALUE) {
                total = total == null ? f.value : total.add(f.value);
            }
        }
        return total == null ? BLANK : of(total);
    }
}
