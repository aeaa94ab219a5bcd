package plandoc.render.markdown;

import java.util.regex.Pattern;

/**
 * {@code <br>} ({@code <br/>}, {@code <br />}, any case), the one HTML tag a plan's Markdown may hold: a pipe table
 * row is one line, so a line break inside a cell ("- Phòng A<br>- Phòng B") cannot be written any other way
 * (GFM's own advice). Every other tag is printed as typed. The page, the PDF and the Word copy break the line
 * alike.
 */
public final class LineBreakTag {
    private static final Pattern TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private LineBreakTag() {
    }

    /** Whether an inline HTML node's text is a line break. */
    public static boolean is(CharSequence html) {
        return TAG.matcher(html).matches();
    }

    /** {@code text} with each line break as a line feed: for measuring a cell's longest line. */
    public static String asNewlines(String text) {
        return TAG.matcher(text).replaceAll("\n");
    }
}
