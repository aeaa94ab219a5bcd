package plandoc.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers the Vietnamese way (Decree 30 usage, format-standard Z1): {@code .} groups thousands,
 * {@code ,} separates decimals: 1.410.498 and 724,90.
 */
public final class VietnameseNumbers {
    private VietnameseNumbers() {
    }

    /**
     * Prints a figure with exactly {@code decimals} decimals. Inputs are validated to have no more
     * decimals than their budget allows, so rounding only happens when an author asks for fewer
     * decimals in a mention ({@code decimals=0}); it then rounds half up, as officers do by hand.
     */
    public static String format(BigDecimal value, int decimals) {
        return plandoc.diagnostic.FigureArgument.grouped(value.setScale(decimals, RoundingMode.HALF_UP).toPlainString(),
                '.', ',');
    }

    /**
     * A figure with exactly {@code decimals} decimals and no grouping dots, "1234,50" and "-0,50": what Excel reads
     * as a number under the Vietnamese regional format (the "as printed" CSV), the same digits {@link #format} prints.
     */
    public static String ungrouped(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** A whole count: 1.410.498. */
    public static String format(long value) {
        return format(BigDecimal.valueOf(value), 0);
    }

    /** A signed difference for messages: +5,00 or -1,50. */
    public static String signed(BigDecimal value, int decimals) {
        return (value.signum() > 0 ? "+" : "") + format(value, decimals);
    }
}
