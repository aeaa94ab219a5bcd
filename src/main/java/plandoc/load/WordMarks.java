package plandoc.load;

import java.util.Optional;

/**
 * Word's typing where YAML's plain characters go, at the start of a line: a bullet ("• ") or a typographic dash
 * ("– ", "— ") where a list entry's "- " was meant (Word's autocorrect turns "- " into "– " and lists into bullets),
 * and a full-width space (U+3000, from a Vietnamese or CJK input method), a no-break space or a byte order mark
 * (a pasted file's first character) among the blanks that indent a line. YAML takes none of them for what they look
 * like: the line is words, or a key at column 1.
 */
final class WordMarks {
    private WordMarks() {
    }

    /** A bullet or dash typed where "- " was meant: where it is on its line (1-based) and the line with "- ". */
    record Bullet(int column, char mark, String fixed) {
        /** "@" and the message key naming the mark, for the officer to find it. */
        String name() {
            return switch (mark) {
                case '–' -> "@yaml.mark-en-dash";
                case '—' -> "@yaml.mark-em-dash";
                default -> "@yaml.mark-bullet";
            };
        }
    }

    /** "    • UBND tỉnh", "  – VT": the line's first character a bullet or typographic dash followed by a blank. */
    static Optional<Bullet> bullet(String line) {
        int i = SourceFile.indent(line);
        if (i + 1 >= line.length() || !isBullet(line.charAt(i)) || !Character.isWhitespace(line.charAt(i + 1))) {
            return Optional.empty();
        }
        return Optional.of(new Bullet(i + 1, line.charAt(i), (line.substring(0, i) + "- " + line.substring(i + 1).strip())
                .stripLeading()));
    }

    private static boolean isBullet(char c) {
        return c == '•' || c == '–' || c == '—' || c == '·' || c == '●' || c == '▪' || c == '◦' || c == '‣';
    }

    /** A character that looks like a blank (or nothing) but is no indentation to YAML. */
    static boolean oddBlank(char c) {
        return c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B' || c == '\u202F'
                || c >= '\u2000' && c <= '\u200A';
    }

    /** An odd blank among those that begin a line: where it is (1-based) and the line indented with spaces. */
    record OddIndent(int column, char mark, String fixed) {
        String code() {
            return String.format("U+%04X", (int) mark);
        }

        /** "@" and the message key naming the character. */
        String name() {
            return blankName(mark);
        }
    }

    /** "@" and the message key naming an odd blank: the one it is, not a list of what it might be (s30 review R9). */
    static String blankName(char mark) {
        return switch (mark) {
            case '\u3000' -> "@yaml.blank-full-width";
            case '\uFEFF' -> "@yaml.blank-bom";
            case '\u200B' -> "@yaml.blank-zero-width";
            default -> "@yaml.blank-no-break";
        };
    }

    /**
     * "　symbol: …" (U+3000), "\uFEFF  place: …": the line as it looks, indented with plain spaces (a full-width
     * space is two, a byte order mark or zero-width space none), or empty when its indentation is plain.
     */
    static Optional<OddIndent> oddIndent(String line) {
        StringBuilder spaces = new StringBuilder();
        int odd = -1;
        int i = 0;
        for (; i < line.length() && (line.charAt(i) == ' ' || oddBlank(line.charAt(i))); i++) {
            char c = line.charAt(i);
            odd = odd < 0 && c != ' ' ? i : odd;
            spaces.append(c == ' ' || c == '\u00A0' || c == '\u202F' || c >= '\u2000' && c <= '\u200A' ? " "
                    : c == '\u3000' ? "  " : "");
        }
        return odd < 0 || i == line.length() ? Optional.empty()
                : Optional.of(new OddIndent(odd + 1, line.charAt(odd), spaces + line.substring(i)));
    }
}
