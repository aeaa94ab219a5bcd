package plandoc.render;

/**
 * Where a body paragraph's last two words are tied, so that its last line never holds one short syllable alone
 * ("… dịch vụ y tế thông / minh."): what a Word user does by hand with a no-break space. The tie keeps the
 * last two space-separated syllables together when the last is short; a Vietnamese line breaks between the
 * syllables of a word on every line of a justified page, so moving the break one syllable back costs nothing,
 * and where the two are one word ("thông minh", "địa phương") it mends a split word at the paragraph's end,
 * where it shows most. A short number after a word is tied too ("… ở mức 3 và / 4." printed a last line of one
 * figure, 4086 page 3; "Điều / 5." splits what a reader reads as one name). Never a range, reference or address
 * ("giai đoạn 2021-2025.", "30/2020/NĐ-CP", a link), nor two figures: the token before is letters. The PDF and
 * the Word copy tie the same place.
 */
public final class ParagraphEnds {
    /** The longest last syllable tied, in letters: Vietnamese syllables are at most 7 ("nghiêng", "phương"). */
    static final int SHORT = 7;
    /** The longest word before it tied: longer is a foreign word or a name, kept breakable. */
    static final int BEFORE = 10;
    /** The longest number tied after a word, in digits: a clause, item or level ("Điều 12.", "mức 4."), not a figure. */
    static final int NUMBER = 3;
    private static final String CLOSING = ".,;:!?)]}”’\"'…/";
    private static final String OPENING = "([“‘\"'";

    private ParagraphEnds() {
    }

    /**
     * The index in {@code text} (the end of a paragraph's last run of text) of the space to tie, or -1: the
     * last two tokens must both be in {@code text}, one space apart, each letters only apart from punctuation
     * around it, the last one at most {@value #SHORT} letters (or at most {@value #NUMBER} digits). {@code wordStart}: whether {@code text} begins a
     * word (the paragraph's first text, or text after a space).
     */
    public static int tiedSpace(String text, boolean wordStart) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int space = end - 1;
        while (space >= 0 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        if (space <= 0 || Character.isWhitespace(text.charAt(space - 1))) {
            return -1; // one token only, or two spaces (typed layout)
        }
        int start = space - 1;
        while (start >= 0 && !Character.isWhitespace(text.charAt(start))) {
            start--;
        }
        if (start < 0 && !wordStart) {
            return -1; // the token before may begin in an earlier run ("**x**yz"): only whole tokens are tied
        }
        String lastToken = text.substring(space + 1, end);
        String last = letters(lastToken);
        String before = letters(text.substring(start + 1, space));
        boolean shortLast = last != null ? last.codePointCount(0, last.length()) <= SHORT : shortNumber(lastToken);
        return shortLast && before != null && before.codePointCount(0, before.length()) <= BEFORE ? space : -1;
    }

    /** Whether the token is a number of at most {@value #NUMBER} digits, with closing punctuation after it ("4."). */
    private static boolean shortNumber(String token) {
        int to = token.length();
        while (to > 0 && CLOSING.indexOf(token.charAt(to - 1)) >= 0) {
            to--;
        }
        if (to == 0 || to > NUMBER) {
            return false;
        }
        for (int i = 0; i < to; i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The token without the punctuation around it, if what is left is letters only; else null. */
    private static String letters(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && OPENING.indexOf(token.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && CLOSING.indexOf(token.charAt(to - 1)) >= 0) {
            to--;
        }
        if (from == to) {
            return null;
        }
        for (int i = from; i < to; i++) {
            char c = token.charAt(i);
            if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                return null;
            }
        }
        return token.substring(from, to);
    }
}
