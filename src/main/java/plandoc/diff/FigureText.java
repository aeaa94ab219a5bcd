package plandoc.diff;

import java.math.BigDecimal;
import java.util.Optional;
import plandoc.compute.Figure;
import plandoc.compute.VietnameseNumbers;

/**
 * Figures of a comparison printed the Vietnamese way (1.447,50), with the budget's decimals but never
 * hiding a digit a figure has (a converted unit may add some).
 */
final class FigureText {
    /** What an undetermined figure prints, as in the budget tables. */
    static final String UNDETERMINED = "…";

    private final int decimals;

    FigureText(int decimals) {
        this.decimals = decimals;
    }

    /** The figure, "" when blank. */
    String figure(Figure figure) {
        return switch (figure.state()) {
            case BLANK -> "";
            case UNDETERMINED -> UNDETERMINED;
            case VALUE -> VietnameseNumbers.format(figure.value(), digits(figure.value()));
        };
    }

    /** "+0,15", "-2,00", "0,00"; "" when it cannot be known. */
    String difference(Optional<BigDecimal> difference) {
        return difference.map(d -> VietnameseNumbers.signed(d, digits(d))).orElse("");
    }

    private int digits(BigDecimal value) {
        return Math.max(decimals, Math.max(0, value.stripTrailingZeros().scale()));
    }
}
