package plandoc.render.portal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the index's search sees it, the same on both sides: MiniSearch 7.2.0's default tokenizer
 * (split on line breaks, spaces and punctuation) and {@code fold} of {@code assets/portal.js}
 * (Vietnamese without its marks, lower case). The index is built here at build time and searched by
 * MiniSearch in the browser, so a word must come out as the same term in both.
 */
final class SearchText {
    /** MiniSearch's {@code SPACE_OR_PUNCTUATION}: {@code /[\n\r\p{Z}\p{P}]+/u}. */
    static final Pattern SEPARATORS = Pattern.compile("[\\n\\r\\p{Z}\\p{P}]+");
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

    private SearchText() {
    }

    /**
     * The tokens MiniSearch makes of a field, empty ones included (they count in its field length):
     * {@code SEPARATORS.split(text, -1)}, by hand. The regular expression took half of the search
     * index's time in a one-changed corpus build, every plan's words going through it in a cold JVM
     * (issue 17); {@code SearchTextTest} holds the two equal.
     */
    static String[] tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (!separator(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (i < n && separator(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            tokens.add(text.substring(start, end));
            start = i;
        }
        tokens.add(text.substring(start));
        return tokens.toArray(String[]::new);
    }

    /** A character of {@link #SEPARATORS}: a line break, or Unicode's Z (separators) or P (punctuation). */
    static boolean separator(int c) {
        if (c == '\n' || c == '\r') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** "Chuyển đổi số" → "chuyen doi so"; empty when nothing is left. */
    static String fold(String token) {
        String bare = MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    }
}
