package plandoc.render.docx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.render.TitlePhrases;

/**
 * The hyphens the Word copy must not break a line at: inside a document's number and symbol ("4123/QĐ-UBND",
 * "22/2016/NQ-HĐND", "05-NQ/TU") and a range of years or figures ("2011-2015"). Word and LibreOffice break after a
 * typed hyphen, and printed "Quyết định số 4123/QĐ-" over "UBND" where the PDF never does (s34 pages review 2).
 * Those hyphens only become Word's no-break hyphen ({@code w:noBreakHyphen}): Word holds it as a character of its
 * own, which Find matches only as "^~", not as the "-" typed, so everywhere else the hyphen stays as typed (Runs).
 * No other mark is known to hold in Word (its no-width non-break after a dash does not stop the break there), and
 * any mark after the hyphen (U+200D, a word joiner U+2060) would stand between the "-" and the letters Find is given.
 */
final class SymbolHyphens {
    /** A word opening with a digit and holding a hyphen: a number and symbol, a range, a date typed with hyphens. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}[\\p{L}\\p{N}./]*-[\\p{L}\\p{N}./-]*[\\p{L}\\p{N}]");
    /** A range or a date: figures joined by hyphens. */
    private static final Pattern FIGURES = Pattern.compile("\\p{N}+(?:-\\p{N}+)+");
    /** A range typed with a space after its hyphen (424: "giai đoạn 2011- 2015"), which broke at that space. */
    private static final Pattern SPACED_RANGE = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}+- \\p{N}+(?![\\p{L}\\p{N}])");

    private SymbolHyphens() {
    }

    /**
     * {@code text} with each hyphen of a number and symbol (a word with a "/") or of a range made U+2011, and the
     * space after a range's hyphen a no-break space.
     */
    static String bind(String text) {
        // Each pattern needs a figure before a hyphen: most runs with a "-" (prose, a point's dash) hold none, and the
        // look-behind searches cost ~7 ms of 424's Word copy (issue 17).
        if (text.indexOf('-') < 0 || !holdsFigure(text)) {
            return text;
        }
        char[] out = text.toCharArray();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (word.group().indexOf('/') >= 0 || FIGURES.matcher(word.group()).matches()) {
                bind(out, word.start(), word.end());
            }
        }
        Matcher spaced = SPACED_RANGE.matcher(text);
        while (spaced.find()) {
            bind(out, spaced.start(), spaced.end());
            out[text.indexOf("- ", spaced.start()) + 1] = '\u00a0';
        }
        return new String(out);
    }

    /** Whether {@code text} holds a character {@code \p{N}} matches: a digit, a letter number (Ⅻ), another (², ½). */
    private static boolean holdsFigure(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static void bind(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] == '-') {
                text[i] = TitlePhrases.NO_BREAK_HYPHEN;
            }
        }
    }
}
