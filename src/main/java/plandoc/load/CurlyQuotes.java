package plandoc.load;

import java.util.Optional;
import java.util.regex.Pattern;
import plandoc.diagnostic.SourcePosition;

/**
 * “Phê duyệt …”, ‘2022-02-18’: a value typed in Word, whose autocorrect turns the straight quotes YAML reads into curly
 * ones. YAML takes them for letters, so the quotes print around a title, a date or an amount is not read, and a ":" in
 * the value starts a key. Only a value wrapped whole in one pair is said: curly quotes inside a title (Đề án “Chuyển
 * đổi số” tỉnh) are the officer's text and print as typed.
 */
final class CurlyQuotes {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** What may follow a value on its line: spaces, a comment. */
    private static final Pattern LINE_END = Pattern.compile("\\s*(#.*)?");

    private CurlyQuotes() {
    }

    /** What a wrapped value is read as, and so how it is said: only text can print the quotes it is wrapped in. */
    enum Kind {
        /** An id ("- id: “ke-hoach”"): written bare, no quotes at all. */
        ID("yaml.curly-quotes-id"),
        /** Digits: read as a number, written bare. */
        NUMBER("yaml.curly-quotes-number"),
        /** A date, a choice, a true/false: straight quotes or none, never printed quotes. */
        PLAIN("yaml.curly-quotes-plain"),
        /** Text, which may print the curly quotes if the officer wants them. */
        TEXT("yaml.curly-quotes");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /** How {@code inner} (a value's text without its curly pair) is read where the format {@code holds} it (null: not known). */
    static Kind kind(String inner, Shape.Value holds) {
        if (holds instanceof Shape.Value.Scalar s
                && (s.kind() == Shape.ScalarKind.ID || s.kind() == Shape.ScalarKind.SCOPED_ID)) {
            return Kind.ID;
        } else if (number(inner)) {
            return Kind.NUMBER;
        } else if (holds instanceof Shape.Value.Choice || holds instanceof Shape.Value.Whole
                || holds instanceof Shape.Value.Scalar s && switch (s.kind()) {
                    case DATE, YEARS, BOOLEAN, AMOUNT, FIGURE -> true;
                    // deadline: a date or words; a date (s30 review R9) is read as one and never prints quotes.
                    case DATE_OR_TEXT -> ISO_DATE.matcher(inner).matches();
                    default -> false;
                }) {
            return Kind.PLAIN;
        }
        return Kind.TEXT;
    }

    /**
     * A curly quote with no partner in a plain value: {@code key} and {@code args} (the quote, the line without it
     * or with straight quotes, the line printing a closed pair, the partner), said at the quote.
     */
    record Unpaired(SourcePosition at, String key, Object... args) {
    }

    /**
     * “Kế hoạch … with no ” (lost when the title was cut in Word), or … tỉnh” with no “: YAML reads the quote as a
     * letter, so it prints alone. {@code text} is the plain value YAML read, {@code at} where it starts; only a
     * value on one line is said (the fix is its line). A lone ‘ at the start is said too, a lone ’ never: it is
     * also the apostrophe.
     */
    static Optional<Unpaired> unpaired(SourceFile source, String text, SourcePosition at, char first) {
        // The quote first: every plain text of a plan comes here and almost none holds one (issue 17: the line's
        // test below compiled a regex per value, ~15 ms of 424's cold build).
        int lone = text.isEmpty() ? -1 : loneDouble(text);
        if (first == '‘' && text.indexOf('’') < 0) {
            lone = 0;
        }
        if (lone < 0) {
            return Optional.empty();
        }
        String line = source.line(at.line());
        int start = at.column() - 1;
        // Only a value that ends its line: one cut at a ":" ("“Điều khoản: …") is said as that parse error.
        if (text.isEmpty() || !line.startsWith(text, start)
                || !LINE_END.matcher(line).region(start + text.length(), line.length()).matches()) {
            return Optional.empty();
        }
        char quote = text.charAt(lone);
        char partner = switch (quote) {
            case '“' -> '”';
            case '”' -> '“';
            default -> '’';
        };
        SourcePosition quoteAt = new SourcePosition(at.file(), at.line(), at.column() + lone);
        String before = line.substring(0, start);
        // A comment after the value is left out of the lines to write: the message goes on after them.
        String after = line.substring(start + text.length()).replaceFirst("^\\s+#.*$", "");
        boolean edge = lone == 0 || lone == text.length() - 1;
        if (!edge) {
            // "Đề án “Chuyển đổi số tỉnh": where the quoted words end only the officer knows.
            String without = before + text.substring(0, lone) + text.substring(lone + 1) + after;
            return Optional.of(new Unpaired(quoteAt, "yaml.curly-quote-unpaired-inside", String.valueOf(quote),
                    without.strip(), String.valueOf(partner)));
        }
        char last = text.charAt(text.length() - 1);
        if (lone == 0 && text.length() > 2 && (last == '"' || last == '\'')) {
            // “Kế hoạch …": Word's quote to open, YAML's to close; neither is a quote to YAML, both print.
            String inner = text.substring(1, text.length() - 1).strip();
            return Optional.of(new Unpaired(quoteAt, "yaml.curly-quotes-mixed", String.valueOf(quote),
                    String.valueOf(last), (before + ColonInValue.quoted(inner) + after).strip()));
        }
        String inner = (lone == 0 ? text.substring(1) : text.substring(0, text.length() - 1)).strip();
        String pair = lone == 0 ? quote + inner + partner : partner + inner + quote;
        return Optional.of(new Unpaired(quoteAt, lone == 0 ? "yaml.curly-quote-unclosed" : "yaml.curly-quote-unopened",
                String.valueOf(quote), (before + ColonInValue.quoted(inner) + after).strip(),
                (before + "'" + pair.replace("'", "''") + "'" + after).strip(), String.valueOf(partner)));
    }

    /** Where the first “ or ” of {@code text} with no partner stands: a ” before any “, or a “ never closed; -1: none. */
    private static int loneDouble(String text) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '“') {
                open.push(i);
            } else if (text.charAt(i) == '”' && open.poll() == null) {
                return i;
            }
        }
        return open.isEmpty() ? -1 : open.peekLast();
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
        // The line to write ends at the value: a comment after it, with its padding, is not part of the fix (s30 review R9).
        String after = end < 0 ? "" : line.substring(end + 1).replaceFirst("^\\s+#.*$", "");
        String typed = line.substring(start, end < 0 ? line.length() : end + 1);
        // A number goes bare: in quotes it would be text ("350"), which no amount is.
        String straight = key || number(inner) ? inner : ColonInValue.quoted(inner);
        return new String[] {(before + straight + after).strip(),
                (before + "'" + typed.replace("'", "''") + "'" + after).strip()};
    }
}
