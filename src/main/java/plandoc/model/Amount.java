package plandoc.model;

import java.math.BigDecimal;
import plandoc.diagnostic.SourcePosition;

/**
 * A figure as typed. {@code typed} keeps the source spelling, because YAML reads {@code 4.000}
 * as 4 and only the spelling shows it was meant as four thousand.
 */
public record Amount(BigDecimal value, String typed, SourcePosition at) {
    /** Decimals as typed: {@code 4.000} has 3, {@code 4} has 0. */
    public int typedDecimals() {
        int dot = typed.indexOf('.');
        return dot < 0 ? 0 : typed.length() - dot - 1;
    }
}
