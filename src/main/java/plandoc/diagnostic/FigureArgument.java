package plandoc.diagnostic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure given to a message as an argument, written in the reader's language when the message is: "10.400" and
 * "724,90" in Vietnamese, "10,400" and "724.90" in English (s20 tryout 18: English messages printed "10.400" where
 * the English site prints "230,000"). What the document itself prints, quoted in a message, stays as printed.
 */
public final class FigureArgument {
    private static final String PREFIX = "@figure|";
    /** A text with figures inside it, each between {@link #OPEN} and {@link #CLOSE} (never in an id or a key). */
    private static final String TEXT_PREFIX = "@figure-text|";
    private static final String OPEN = "[[";
    private static final String CLOSE = "]]";
    private static final java.util.regex.Pattern MARKED = java.util.regex.Pattern.compile("\\[\\[(-?[0-9]+(?:\\.[0-9]+)?)]]");

    private FigureArgument() {
    }

    /** {@code value} with exactly {@code decimals} decimals (half up), as a message argument. */
    public static String of(BigDecimal value, int decimals) {
        return PREFIX + value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A whole count. */
    public static String of(long value) {
        return of(BigDecimal.valueOf(value), 0);
    }

    /** A difference, signed: "+5,00", "-1,50" (English "+5.00"). */
    public static String signed(BigDecimal value, int decimals) {
        return of(value, decimals) + (value.signum() > 0 ? "|+" : "");
    }

    /** Several figures written with {@code separator} between them: "63.300 + 143.600 + 46.500". */
    public static String joined(java.util.List<BigDecimal> values, int decimals, String separator) {
        return PREFIX + String.join("~", values.stream()
                .map(v -> v.setScale(decimals, RoundingMode.HALF_UP).toPlainString()).toList()) + "||" + separator;
    }

    /**
     * A text that is not one figure but holds several among words ("source: 30.000 + 20.000 = 50.000; year: …"), each
     * marked by {@link #marked}: the figures written in the reader's language, the words as they are.
     */
    public static String text(String withMarkedFigures) {
        return TEXT_PREFIX + withMarkedFigures;
    }

    /**
     * {@code value} with as many decimals as it has, to be placed in a {@link #text}, or in an argument of a phrase
     * given as a message argument ("@summary.figure|[[1234.5]]|…").
     */
    public static String marked(BigDecimal value) {
        return marked(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** {@code value} with exactly {@code decimals} decimals (half up), as {@link #marked(BigDecimal)}. */
    public static String marked(BigDecimal value, int decimals) {
        return OPEN + value.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + CLOSE;
    }

    /** {@code part} of a phrase's arguments with its marked figures written with {@code group} and {@code point}. */
    static String writtenIn(String part, char group, char point) {
        return part.contains(OPEN) ? written(TEXT_PREFIX + part, group, point).orElse(part) : part;
    }

    /** Whether {@code argument} is one of these, and the figures it holds written with {@code group} and {@code point}. */
    static java.util.Optional<String> written(String argument, char group, char point) {
        if (argument.startsWith(TEXT_PREFIX)) {
            return java.util.Optional.of(MARKED.matcher(argument.substring(TEXT_PREFIX.length()))
                    .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(grouped(m.group(1), group, point))));
        }
        if (!argument.startsWith(PREFIX)) {
            return java.util.Optional.empty();
        }
        String[] parts = argument.substring(PREFIX.length()).split("\\|", -1);
        String sign = parts.length > 1 ? parts[1] : "";
        String separator = parts.length > 2 ? parts[2] : "";
        return java.util.Optional.of(String.join(separator, java.util.Arrays.stream(parts[0].split("~"))
                .map(plain -> (plain.startsWith("-") ? "" : sign) + grouped(plain, group, point)).toList()));
    }

    /**
     * A plain decimal ("-1234567.50", {@link BigDecimal#toPlainString}) with {@code group} between thousands and
     * {@code point} before the decimals: the one way figures are written, in documents and in messages.
     */
    public static String grouped(String plain, char group, char point) {
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(group);
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (fraction.isEmpty() ? "" : point + fraction);
    }
}
