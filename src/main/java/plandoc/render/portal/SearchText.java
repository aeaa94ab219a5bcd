package plandoc.render.portal;

import java.text.Normalizer;
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
    private static final Pattern SEPARATORS = Pattern.compile("[\\n\\r\\p{Z}\\p{P}]+");
    private static final Pattern MARKS = Pattern.compile("[\\u0300-\\u036f]");

    private SearchText() {
    }

    /** The tokens MiniSearch makes of a field, empty ones included (they count in its field length). */
    static String[] tokens(String text) {
        return SEPARATORS.split(text, -1);
    }

    /** "Chuyển đổi số" → "chuyen doi so"; empty when nothing is left. */
    static String fold(String token) {
        String bare = MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    }
}
