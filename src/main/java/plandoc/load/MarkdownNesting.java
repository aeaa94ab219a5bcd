package plandoc.load;

import plandoc.diagnostic.Problems;

/**
 * Refuses Markdown nested deeper than a document can need — block quotes inside block quotes, lists
 * inside lists — before the Markdown parser meets it: the parser recurses once per level, so 1,000
 * nested {@code >} would end in a stack overflow while rendering. Like the YAML nesting limit, the
 * limit is reported at the line that crosses it.
 */
final class MarkdownNesting {
    /** Far beyond any plan (seed documents nest at most 3 levels), far below what the parser survives. */
    static final int LIMIT = 32;

    private MarkdownNesting() {
    }

    /** Reports the first line of {@code text} nested deeper than {@link #LIMIT}; returns whether it is within. */
    static boolean check(String text, TextOrigin origin, Problems problems) {
        int offset = 0;
        for (String line : text.split("\n", -1)) {
            int depth = depth(line);
            if (depth > LIMIT) {
                // At the line's first mark, not at its blanks (s27: the column was the text block's).
                int blanks = line.length() - line.stripLeading().length();
                problems.error(origin.positionOf(text, offset + blanks), "markdown.too-deep", depth, LIMIT);
                return false;
            }
            offset += line.length() + 1;
        }
        return true;
    }

    /**
     * Containers opened on one line, plus those its indentation continues (a list item's content is
     * indented by its marker's width; counted as one level per two columns, which over-counts a little
     * and so errs on the safe side).
     */
    static int depth(String line) {
        int n = line.length();
        int i = 0;
        int columns = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            columns += line.charAt(i) == '\t' ? 4 : 1;
            i++;
        }
        int depth = 0;
        while (i < n) {
            int j = i;
            while (j < n && j - i < 3 && line.charAt(j) == ' ') {
                j++;
            }
            if (j < n && line.charAt(j) == '>') {
                depth++;
                i = j + 1;
                continue;
            }
            int k = j;
            while (k < n && k - j < 9 && Character.isDigit(line.charAt(k))) {
                k++;
            }
            boolean bullet = k == j && j < n && "-+*".indexOf(line.charAt(j)) >= 0;
            boolean ordinal = k > j && k < n && (line.charAt(k) == '.' || line.charAt(k) == ')');
            int after = bullet ? j + 1 : k + 1;
            if ((bullet || ordinal) && after < n && (line.charAt(after) == ' ' || line.charAt(after) == '\t')) {
                depth++;
                i = after + 1;
                continue;
            }
            break;
        }
        return depth + columns / 2;
    }
}
