package plandoc.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.model.Unit;

/**
 * Advice for an amount typed as text: the spelling an officer used (Vietnamese or English separators,
 * spaces between thousands, a unit after the number, full-width digits) and what to write instead.
 * When the spelling is ambiguous ("1,447" is 1447 in English and 1,447 in Vietnamese) both readings
 * are offered rather than a guess.
 */
final class AmountSpelling {
    /** One piece of advice: a message key and its arguments (the text as typed comes first). */
    record Advice(String key, Object... args) {
    }

    /** A number, then scale words ("tỷ", "nghìn tỷ", "triệu đồng") or the currency alone ("đ", "VNĐ"), or "%". */
    private static final Pattern UNIT = Pattern.compile(
            "(?iu)^(.*?\\d)\\s*((?:(?:nghìn|ngàn|triệu|tr|tỷ|tỉ)\\s*)*(?:đồng|đ|vnđ|vnd|₫)?|%)\\.?$");
    private static final Pattern SCALE_WORD = Pattern.compile("(?iu)nghìn|ngàn|triệu|tr|tỷ|tỉ");
    /** "1.447", "1,447": a separator before three digits, read as thousands in one country and as decimals in another. */
    private static final Pattern ONE_SEPARATOR_THREE_DIGITS = Pattern.compile("[+-]?\\d{1,3}([.,])\\d{3}");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("[+-]?\\d{1,3}( \\d{3})+([.,]\\d+)?");
    private static final Pattern DOT_THOUSANDS_COMMA_DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_THOUSANDS_DOT_DECIMAL = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern COMMA_THOUSANDS_AMBIGUOUS = Pattern.compile("[+-]?\\d{1,3},\\d{3}");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private AmountSpelling() {
    }

    /**
     * Advice for a text that looks like an amount, or empty when it does not look like one at all; {@code table} is the
     * unit of the budget it is in (empty: not known), in which a figure typed with a unit word is to be written.
     */
    static Optional<Advice> advise(String typed, Optional<Unit> table) {
        String s = halfWidth(TextHygiene.text(typed)).strip();
        Matcher unit = UNIT.matcher(s);
        if (unit.matches() && !unit.group(2).isBlank()) {
            return Optional.of(withUnit(typed, unit.group(1).strip(), unit.group(2).strip(), table));
        }
        if (!s.equals(typed.strip()) && PLAIN.matcher(s).matches()) {
            return Optional.of(new Advice("amount.odd-characters", typed, s));
        }
        if (SPACED_THOUSANDS.matcher(s).matches()) {
            return Optional.of(new Advice("amount.spaced-thousands", typed, plainOrSame(s)));
        }
        if (COMMA_THOUSANDS_AMBIGUOUS.matcher(s).matches()) {
            return Optional.of(new Advice("amount.comma-ambiguous", typed, s.replace(",", ""), s.replace(',', '.')));
        }
        if (COMMA_THOUSANDS_DOT_DECIMAL.matcher(s).matches()) {
            return Optional.of(new Advice("amount.english-notation", typed, s.replace(",", "")));
        }
        if (DOT_THOUSANDS_COMMA_DECIMAL.matcher(s).matches() || COMMA_DECIMAL.matcher(s).matches()) {
            return Optional.of(new Advice("amount.vietnamese-notation", typed, s.replace(".", "").replace(',', '.')));
        }
        return Optional.empty();
    }

    /**
     * "1,5 tỷ" in a table kept in triệu đồng: the figure said in the table's unit (1500), not the number as typed
     * (1.5, a thousand times too small). Where the number reads two ways ("1.447 tỷ": 1447 tỷ or 1,447 tỷ), both
     * figures are given; where the table's unit is not known, no figure is (any would be a guess).
     */
    private static Advice withUnit(String typed, String number, String word, Optional<Unit> table) {
        if (word.equals("%")) {
            return new Advice("amount.with-unit", typed, word, plainOrSame(number));
        }
        BigDecimal scale = BigDecimal.ONE;
        Matcher scaleWord = SCALE_WORD.matcher(word);
        while (scaleWord.find()) {
            String w = scaleWord.group().toLowerCase(java.util.Locale.ROOT);
            scale = scale.multiply(w.startsWith("t") && !w.startsWith("tr") ? BigDecimal.TEN.pow(9)
                    : w.startsWith("tr") ? BigDecimal.TEN.pow(6) : BigDecimal.TEN.pow(3));
        }
        List<BigDecimal> readings = readings(number);
        if (table.isEmpty() || readings.isEmpty()) {
            return new Advice("amount.with-unit-no-figure", typed, word);
        }
        String unitLabel = table.get().label();
        List<String> figures = new ArrayList<>();
        for (BigDecimal r : readings) {
            BigDecimal inTable = r.multiply(scale).divide(table.get().inDong());
            figures.add(inTable.signum() == 0 ? "0" : inTable.stripTrailingZeros().toPlainString());
        }
        if (figures.size() == 2) {
            String separator = ONE_SEPARATOR_THREE_DIGITS.matcher(number.replace(" ", "")).replaceFirst("$1");
            return new Advice("amount.with-unit-two-readings", typed, word, unitLabel, separator, figures.get(0),
                    figures.get(1));
        }
        if (scale.compareTo(BigDecimal.ONE) == 0 && table.get() != Unit.DONG) {
            // "1447đ" in a triệu đồng table: 1447 đồng, or the table's 1447 with the currency added out of habit.
            String asTyped = readings.get(0).stripTrailingZeros().toPlainString();
            return new Advice("amount.with-currency-only", typed, word, unitLabel, asTyped, figures.get(0));
        }
        return scale.compareTo(table.get().inDong()) == 0
                ? new Advice("amount.with-unit", typed, word, figures.get(0))
                : new Advice("amount.with-unit-converted", typed, word, unitLabel, figures.get(0));
    }

    /**
     * The values {@code number} may stand for: one, or two when a lone "." or "," stands before three digits
     * (thousands, then decimals); none when it is no number.
     */
    private static List<BigDecimal> readings(String number) {
        String s = number.replace(" ", "");
        if (ONE_SEPARATOR_THREE_DIGITS.matcher(s).matches()) {
            BigDecimal thousands = new BigDecimal(s.replace(".", "").replace(",", ""));
            return List.of(thousands, new BigDecimal(s.replace(',', '.')));
        }
        String plain = plainOrSame(s);
        return PLAIN.matcher(plain).matches() ? List.of(new BigDecimal(plain)) : List.of();
    }

    /** The plain spelling of a number written with any of the separators above, or the text itself. */
    private static String plainOrSame(String number) {
        String s = number.replace(" ", "");
        if (DOT_THOUSANDS_COMMA_DECIMAL.matcher(s).matches() && (s.contains(",") || s.indexOf('.') != s.lastIndexOf('.'))
                || COMMA_DECIMAL.matcher(s).matches()) {
            return s.replace(".", "").replace(',', '.');
        }
        if (COMMA_THOUSANDS_DOT_DECIMAL.matcher(s).matches()) {
            return s.replace(",", "");
        }
        return s;
    }

    /** Full-width digits and signs (typed with an East Asian keyboard layout) as ASCII. */
    private static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c == 0x3000 ? ' ' : c));
        return out.toString();
    }
}
