package plandoc.diff;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A milestone target of an indicator that differs.
 *
 * @param year        the milestone ("2015")
 * @param before      the target as printed before, "" when it had none
 * @param after       the target as printed after, "" when it has none
 * @param valueBefore the structured value before, when the author gave one
 * @param valueAfter  the structured value after, when the author gave one
 */
public record TargetChange(String year, String before, String after, Optional<BigDecimal> valueBefore,
                           Optional<BigDecimal> valueAfter) {
    /** After minus before, only when both targets carry a value. */
    public Optional<BigDecimal> difference() {
        return valueBefore.isPresent() && valueAfter.isPresent()
                ? Optional.of(valueAfter.get().subtract(valueBefore.get())) : Optional.empty();
    }
}
