package plandoc.load;

import java.util.regex.Pattern;

/**
 * Cleans what text pasted from Word carries and no reader can see: non-breaking and other odd spaces,
 * zero-width characters, soft hyphens and Tabs inside a value. In identifiers (ids, keys, agency names)
 * it also turns typographic dashes between digits into "-" ({@code 2016–2020}) and drops typographic
 * quotes, which an author types around a name but which never belong inside an id.
 */
final class TextHygiene {
    /** Spaces that look like a space: NBSP, the U+2000 block, narrow NBSP, medium math and ideographic space. */
    private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]");
    /** Characters that print nothing: zero-width space/joiners, word joiner, BOM, soft hyphen. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern DASH_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)\\s*[\\u2010-\\u2015\\u2212]\\s*(?=\\d)");
    private static final Pattern TYPOGRAPHIC_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private TextHygiene() {
    }

    /** Prose: odd spaces become spaces, invisible characters go; nothing else changes. */
    static String text(String s) {
        if (isPlain(s)) {
            return s;
        }
        return INVISIBLE.matcher(ODD_SPACE.matcher(s).replaceAll(" ")).replaceAll("");
    }

    /** An identifier or a name matched against a register: also dashes, quotes and repeated spaces. */
    static String name(String s) {
        if (isPlain(s)) {
            return s;
        }
        String cleaned = text(s);
        cleaned = DASH_BETWEEN_DIGITS.matcher(cleaned).replaceAll("-");
        cleaned = TYPOGRAPHIC_QUOTES.matcher(cleaned).replaceAll("");
        return SPACES.matcher(cleaned).replaceAll(" ").strip();
    }

    /** What was removed or replaced, as a message argument naming its kind ("dấu cách không ngắt"). */
    static String describe(String original) {
        for (int i = 0; i < original.length(); i++) {
            String one = String.valueOf(original.charAt(i));
            if (one.equals("\t")) {
                return "@text.char.tab";
            }
            if (ODD_SPACE.matcher(one).matches()) {
                return "@text.char.space";
            }
            if (INVISIBLE.matcher(one).matches()) {
                return "@text.char.invisible";
            }
            if (TYPOGRAPHIC_QUOTES.matcher(one).matches()) {
                return "@text.char.quote";
            }
        }
        return DASH_BETWEEN_DIGITS.matcher(original).find() ? "@text.char.dash" : "@text.char.space";
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c >= 0xA0 && (c == 0xA0 || c == 0xAB || c == 0xAD || c == 0xBB || c >= 0x2000)) {
                return false;
            }
        }
        return true;
    }
}
