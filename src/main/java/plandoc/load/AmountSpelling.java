package plandoc.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern UNIT = Pattern.compile(
            "(?iu)^(.*?\\d)\\s*(đồng|đ|vnđ|vnd|₫|triệu đồng|triệu|tr|tỷ đồng|tỷ|tỉ đồng|tỉ|nghìn đồng|nghìn|ngàn|%)\\.?$");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("[+-]?\\d{1,3}( \\d{3})+([.,]\\d+)?");
    private static final Pattern DOT_THOUSANDS_COMMA_DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern COMMA_THOUSANDS_DOT_DECIMAL = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern COMMA_THOUSANDS_AMBIGUOUS = Pattern.compile("[+-]?\\d{1,3},\\d{3}");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private AmountSpelling() {
    }

    /** Advice for a text that looks like an amount, or empty when it does not look like one at all. */
    static Optional<Advice> advise(String typed) {
        String s = halfWidth(TextHygiene.text(typed)).strip();
        Matcher unit = UNIT.matcher(s);
        if (unit.matches()) {
            String number = unit.group(1).strip();
            return Optional.of(new Advice("amount.with-unit", typed, unit.group(2), plainOrSame(number)));
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
