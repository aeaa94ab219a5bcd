package plandoc.load;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * “Phê duyệt …”, ‘2022-02-18’: a value typed in Word, whose autocorrect turns the straight quotes YAML reads into curly
 * ones. YAML takes them for letters, so the quotes print around a title, a date or an amount is not read, and a ":" in
 * the value starts a key. Only a value wrapped whole in one pair is said: curly quotes inside a title (Đề án “Chuyển
 * đổi số” tỉnh) are the officer's text and print as typed.
 */
final class CurlyQuotes {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private CurlyQuotes() {
    }

    /** {@code text} without the curly pair it is wrapped in ("“Phê duyệt”" → "Phê duyệt"), or empty when it is not. */
    static Optional<String> unwrapped(String text) {
        String s = text.strip();
        if (s.length() < 2) {
            return Optional.empty();
        }
        char open = s.charAt(0);
        char close = s.charAt(s.length() - 1);
        String inner = s.substring(1, s.length() - 1);
        boolean pair = open == '“' && close == '”' || open == '‘' && close == '’';
        // “A” và “B”: two quoted phrases, not one wrapped value.
        return pair && inner.indexOf(open) < 0 && inner.indexOf(close) < 0 && !inner.isBlank()
                ? Optional.of(inner.strip()) : Optional.empty();
    }

    /** "@" and the message key naming the pair {@code text} begins with: double (“ ”) or single (‘ ’). */
    static String pairName(String text) {
        return text.strip().startsWith("‘") ? "@yaml.curly-single" : "@yaml.curly-double";
    }

    /** Whether {@code inner}, quotes taken off, is what YAML would have read as a number ("1447", "0.35"). */
    static boolean number(String inner) {
        return NUMBER.matcher(inner).matches();
    }

    /**
     * The line {@code line} with the curly pair that begins at index {@code start} made straight
     * ({@code title: "Phê duyệt"}; a number bare), and with it kept inside straight quotes, to print it ({@code title: '“Phê duyệt”'});
     * for a key ({@code key}), the pair is dropped: a key needs no quotes.
     */
    static String[] fixes(String line, int start, String inner, boolean key) {
        char close = line.charAt(start) == '“' ? '”' : '’';
        int end = line.indexOf(close, start + 1);
        String before = line.substring(0, start);
        String after = end < 0 ? "" : line.substring(end + 1);
        String typed = line.substring(start, end < 0 ? line.length() : end + 1);
        // A number goes bare: in quotes it would be text ("350"), which no amount is.
        String straight = key || number(inner) ? inner : ColonInValue.quoted(inner);
        return new String[] {(before + straight + after).strip(),
                (before + "'" + typed.replace("'", "''") + "'" + after).strip()};
    }
}
