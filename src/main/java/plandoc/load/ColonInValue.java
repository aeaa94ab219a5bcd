package plandoc.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.SourcePosition;

/**
 * A ": " inside a one-line value ({@code title: Liên hệ: Email: abc}): YAML reads it as a second key on the line
 * and refuses it. The officer wrote words; the fix is the value in quotes, written out, or a text block.
 */
final class ColonInValue {
    /**
     * @param key    the key whose value holds the colon, or "" for a list entry without a key ({@code - *Ghi chú})
     * @param quoted the line's key and value as they should be written ({@code title: "Liên hệ: Email: abc"})
     * @param column where the error is said: the key, or an entry's value
     */
    record Found(String key, String quoted, int column) {
        /** Whether the value is a list entry's own ({@code - !Ghi chú}), not a key's. */
        boolean entry() {
            return key.isEmpty();
        }

        /** The message for a value starting with a mark YAML reads as structure. */
        String markMessage() {
            return entry() ? "yaml.syntax.entry-mark" : "yaml.syntax.value-mark";
        }
    }

    /** A key and its plain value on one line, in a list entry or not; group 3 the value. */
    private static final Pattern KEY_VALUE = Pattern.compile("(\\s*(?:-\\s+)?)([A-Za-z0-9_][A-Za-z0-9_.-]*):\\s+(.*)");

    /** A list entry's plain value ("- Sở Tài chính"), no key before it; group 2 the value. */
    private static final Pattern ENTRY_VALUE = Pattern.compile("(\\s*-\\s+)(.*)");

    /** The characters that start a value YAML reads as structure, not words, when they begin it. */
    static final String MARKS = "[{\"'->|*?,&!%@`";

    private static final Pattern COMMENT = Pattern.compile("\\s+#.*$");

    private ColonInValue() {
    }

    /** The value the refused ":" at {@code at} stands in, when it stands after the value's first character. */
    static Optional<Found> at(SourceFile source, SourcePosition at) {
        Matcher m = KEY_VALUE.matcher(source.line(at.line()));
        if (!m.matches() || at.column() - 1 <= m.start(3) || "\"'|>[{&*!".indexOf(m.group(3).charAt(0)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(quote(m));
    }

    /** Whether the value the refused ":" at {@code at} stands in is wrapped whole in Word's curly quotes (“…”). */
    static boolean curly(SourceFile source, SourcePosition at) {
        Matcher m = KEY_VALUE.matcher(source.line(at.line()));
        return m.matches() && CurlyQuotes.unwrapped(COMMENT.matcher(m.group(3)).replaceFirst("")).isPresent();
    }

    /**
     * The value on {@code line} when it starts with a character YAML reads as structure, not as the first letter of
     * words: "[Dự thảo] Kế hoạch" (a list, then words after it), "- Quyết định …" (a list entry), "*Ghi chú" (an
     * alias), "> Ghi chú" (a text block), "\"Dự thảo\" Kế hoạch" (a quoted value, then words). As pasted from Word;
     * the fix is the whole value in quotes.
     */
    static Optional<Found> startingWithMark(SourceFile source, int line) {
        Matcher m = KEY_VALUE.matcher(source.line(line));
        if (m.matches() && !m.group(3).isBlank() && MARKS.indexOf(m.group(3).charAt(0)) >= 0) {
            return Optional.of(quote(m, true));
        }
        Matcher e = ENTRY_VALUE.matcher(source.line(line));
        if (e.matches() && !e.group(2).isBlank() && "!&*%@`".indexOf(e.group(2).charAt(0)) >= 0) {
            return Optional.of(quoteEntry(e));
        }
        return Optional.empty();
    }

    /**
     * The key's or list entry's value that begins at {@code at} with a mark YAML took for structure and read on
     * without a word ("title: !Ghi chú", a tag; "- &Bộ Tài chính", an anchor): the same fix, the value in quotes.
     */
    static Optional<Found> valueAt(SourceFile source, SourcePosition at) {
        String line = source.line(at.line());
        Matcher m = KEY_VALUE.matcher(line);
        if (m.matches() && m.start(3) == at.column() - 1) {
            return Optional.of(quote(m, true));
        }
        Matcher e = ENTRY_VALUE.matcher(line);
        if (e.matches() && e.start(2) == at.column() - 1) {
            return Optional.of(quoteEntry(e));
        }
        return Optional.empty();
    }

    /** A key, then a full-width colon or a colon with no blank after it, then words ("place:Quảng Nam", "place：…"). */
    private static final Pattern UNSPACED = Pattern.compile("(\\s*(?:-\\s+)?)([a-z][a-z0-9_]*)\\s*(：\\s*|:(?=\\S)(?!//))(.*\\S)\\s*");

    /**
     * "place:Quảng Nam", "title：Điều khoản": the key's colon not followed by a blank, or typed full-width by an
     * Asian keyboard layout. YAML reads the whole line as words where a key was due, and fails there or on the line
     * below; returns the line written as meant ({@code place: Quảng Nam}) and the colon's column.
     */
    static Optional<Found> unspaced(SourceFile source, int line) {
        Matcher m = UNSPACED.matcher(source.line(line));
        if (!m.matches()) {
            return Optional.empty();
        }
        String value = m.group(4);
        boolean plain = MARKS.indexOf(value.charAt(0)) < 0 && !value.contains(": ") && !value.contains(" #")
                || value.matches("[|>][0-9+-]*"); // "text：|": a text block's header, as meant
        String written = m.group(1).stripLeading() + m.group(2) + ": " + (plain ? value : quoted(value));
        return Optional.of(new Found(m.group(2), written, m.start(3) + 1));
    }

    private static Found quoteEntry(Matcher e) {
        Found value = quoteValue(e.group(2), false);
        return new Found("", "- " + value.quoted(), e.start(2) + 1);
    }

    private static Found quote(Matcher m) {
        return quote(m, false);
    }

    /**
     * @param unwrap a value the officer already put in quotes with more quotes inside ("Kế hoạch "Chuyển đổi số" tỉnh")
     *               has its outer pair taken off before it is quoted again: kept, they would print in the document
     *               (s26 re-read M3)
     */
    private static Found quote(Matcher m, boolean unwrap) {
        Found value = quoteValue(m.group(3), unwrap);
        return new Found(m.group(2), m.group(2) + ": " + value.quoted(), m.start(2) + 1);
    }

    /** The value written in quotes, a comment after it kept; {@link Found#key} and column unset. */
    private static Found quoteValue(String written, boolean unwrap) {
        // A " #" tail is a YAML comment, quoted or not: kept after the quotes, so the line loses no words (s25 re-read L2).
        Matcher comment = COMMENT.matcher(written);
        boolean commented = comment.find();
        String tail = commented ? " " + comment.group().strip() : "";
        String value = (commented ? written.substring(0, comment.start()) : written).strip();
        if (unwrap && value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            value = value.substring(1, value.length() - 1);
        }
        // “Điều khoản: thi hành”: Word's curly quotes where YAML's straight ones were meant, not words to print.
        value = CurlyQuotes.unwrapped(value).orElse(value);
        return new Found("", quoted(value) + tail, 0);
    }

    /** {@code value} in double quotes, or in single ones when it holds a double quote or a backslash. */
    static String quoted(String value) {
        return value.contains("\"") || value.contains("\\")
                ? "'" + value.replace("'", "''") + "'" : "\"" + value + "\"";
    }
}
