package plandoc.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the phrases of a centred title on one line: on the page and in the PDF each phrase is a
 * {@code nowrap} span (the text, and what a reader copies or searches, keeps its spaces); in the Word
 * copy the spaces inside it become no-break spaces (U+00A0), Word's own way, and a hyphen between two years
 * a no-break hyphen (U+2011, written as Word's {@code w:noBreakHyphen}: "giai đoạn 2021-" over "2025" in
 * LibreOffice's layout of 424's title once plain hyphens were written). A Decree 30 title is centred
 * bold and may take several lines; a line should end between phrases, never inside one: not "… TỈNH HÀ
 * TĨNH ĐẾN" over "NĂM 2020" (4086 PHỤ LỤC 2). The phrases are the units a reader takes as one: a time
 * ("đến năm 2020", "năm 2012", "giai đoạn 2021-2025", "ngày 28 tháng 12"), a document number ("số
 * 4086/QĐ-UBND"), an amount with its unit ("100 %", "25 tỷ đồng") and, in a sentence-case title, a place
 * ("tỉnh Hà Tĩnh").
 *
 * <p>Only titles are bound (the document's trích yếu, appendix titles); the data files, search and
 * metadata keep the plain text.
 */
public final class TitlePhrases {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String YEAR = "\\d{4}(?:\\s*[-–]\\s*\\d{4})?";
    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile("(?:(?:đến|tới|từ|trước|sau|cuối|đầu)\\s+)?năm\\s+" + YEAR, FLAGS),
            Pattern.compile("giai\\s+đoạn\\s+" + YEAR, FLAGS),
            Pattern.compile("\\d{4}\\s+[-–]\\s+\\d{4}"),
            Pattern.compile("(?:ngày\\s+\\d{1,2}\\s+)?tháng\\s+\\d{1,2}", FLAGS),
            Pattern.compile("(?:số|ngày)\\s+\\d\\S*", FLAGS),
            Pattern.compile("\\d[\\d.,]*\\s+(?:%|(?:nghìn\\s+|triệu\\s+|tỷ\\s+)?đồng)", FLAGS),
            // A place in a title in sentence case: the unit in lower case, the name capitalised ("tỉnh Hà Tĩnh").
            // Not in an upper-case title, where nothing shows where the name ends.
            Pattern.compile("(?:tỉnh|huyện|xã|phường|quận|thị\\s+xã|thị\\s+trấn|thành\\s+phố)(?:\\s+\\p{Lu}\\p{Ll}*){1,4}"));
    private static final char NO_BREAK = '\u00A0';
    /** Written by the Word copy as {@code w:noBreakHyphen}. */
    public static final char NO_BREAK_HYPHEN = '\u2011';
    /** Punctuation closing a phrase stays on its line: a line never starts with "," or ")". */
    private static final Pattern CLOSING = Pattern.compile("[,.;:!?)\\]”\"]*");

    private TitlePhrases() {
    }

    /** A phrase of a title: characters [start, end), its closing punctuation included. */
    public record Phrase(int start, int end) {
    }

    /**
     * {@code title} with the spaces inside its phrases made no-break spaces, and a hyphen between digits
     * there a no-break hyphen (the Word copy). Only there: everywhere else the Word copy keeps the hyphen
     * typed, so Find and copy work ("424/QĐ-UBND").
     */
    public static String bind(String title) {
        char[] out = title.toCharArray();
        for (Phrase phrase : phrases(title)) {
            for (int i = phrase.start(); i < phrase.end(); i++) {
                if (out[i] == ' ') {
                    out[i] = NO_BREAK;
                } else if (out[i] == '-' && i > phrase.start() && i + 1 < phrase.end()
                        && Character.isDigit(out[i - 1]) && Character.isDigit(out[i + 1])) {
                    out[i] = NO_BREAK_HYPHEN;
                }
            }
        }
        return new String(out);
    }

    /**
     * The phrases of {@code title} that hold a space, in order, overlapping ones merged, each with the
     * punctuation that closes it.
     */
    public static List<Phrase> phrases(String title) {
        boolean[] inside = new boolean[title.length()];
        if (title.indexOf(' ') < 0) {
            return List.of();
        }
        for (Pattern phrase : PHRASES) {
            Matcher m = phrase.matcher(title);
            while (m.find()) {
                if (startsWord(title, m.start())) {
                    Matcher closing = CLOSING.matcher(title).region(m.end(), title.length());
                    int end = closing.lookingAt() ? closing.end() : m.end();
                    Arrays.fill(inside, m.start(), end, true);
                }
            }
        }
        List<Phrase> found = new ArrayList<>();
        for (int i = 0; i < inside.length; i++) {
            if (inside[i] && (i == 0 || !inside[i - 1])) {
                int end = i;
                while (end < inside.length && inside[end]) {
                    end++;
                }
                found.add(new Phrase(i, end));
            }
        }
        return found;
    }

    /** "năm" inside "hằngnăm" is not the word "năm": a phrase starts a word. */
    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
    }
}
