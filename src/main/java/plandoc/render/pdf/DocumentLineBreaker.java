package plandoc.render.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaking for official text: lines break at spaces, never inside a short word such as a
 * document number or a date. openhtmltopdf's default breaker is URL-aware and breaks after "/" and
 * "-", which prints "Quyết định số 590/QĐ-UBND ngày 01/3" on one line and "/2007" on the next.
 * Words longer than {@link #LONGEST_UNBREAKABLE} characters (web addresses) keep the usual break
 * opportunities so they cannot run out of a table cell.
 *
 * <p>Stateful like a {@link BreakIterator}: one instance per render.
 */
final class DocumentLineBreaker implements FSTextBreaker {

    static final int LONGEST_UNBREAKABLE = 24;

    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.forLanguageTag("vi"));
    private String text = "";

    @Override
    public void setText(String newText) {
        this.text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && at < text.length() && insideShortWord(at)) {
            at = lines.next();
        }
        return at;
    }

    /** Whether the break opportunity at {@code at} falls inside a word short enough to keep whole. */
    private boolean insideShortWord(int at) {
        if (at == 0 || Character.isWhitespace(text.charAt(at - 1)) || Character.isWhitespace(text.charAt(at))) {
            return false;
        }
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end - start <= LONGEST_UNBREAKABLE;
    }
}
