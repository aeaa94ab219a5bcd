package plandoc.model;

import java.math.BigDecimal;
import plandoc.diagnostic.SourcePosition;

/**
 * A figure as typed. {@code typed} keeps the source spelling, because YAML reads {@code 4.000}
 * as 4 and only the spelling shows it was meant as four thousand.
 *
 * @param wordQuotes the curly quotes it was typed in (“1.200”, from Word), which YAML does not take for quotes: said
 *                   by the budget's rules, which alone know whether the number is also a slip of its own (a thousands
 *                   dot) to say with them in one message; empty when typed bare
 */
public record Amount(BigDecimal value, String typed, SourcePosition at, java.util.Optional<WordQuotes> wordQuotes) {
    public Amount(BigDecimal value, String typed, SourcePosition at) {
        this(value, typed, at, java.util.Optional.empty());
    }

    /**
     * A figure typed in Word's curly quotes, as the warning says it: the value as typed ("“350”"), its line written
     * with the number bare ("amounts: 350") and with the quotes kept inside straight ones, and the "@" message key
     * naming the pair.
     */
    public record WordQuotes(String typed, String line, String quotedLine, String pair) {
    }

    /** Decimals as typed: {@code 4.000} has 3, {@code 4} has 0. */
    public int typedDecimals() {
        int dot = typed.indexOf('.');
        return dot < 0 ? 0 : typed.length() - dot - 1;
    }
}
