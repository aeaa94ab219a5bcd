package plandoc.render.html;

import java.util.List;

/**
 * An agency name as the header block prints it. Decree 30's samples break a people's committee name
 * after "ỦY BAN NHÂN DÂN" ("ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH"), and long names are set as two balanced
 * lines ("SỞ THÔNG TIN VÀ / TRUYỀN THÔNG") rather than wherever the narrow column runs out, which
 * would leave one word alone. Explicit line breaks ({@code \n}) from compute win.
 *
 * @param lines   the lines of the header block
 * @param oneLine the name on one line, for the authority line above the bases
 */
public record IssuerName(List<String> lines, String oneLine) {

    private static final List<String> COLLECTIVE_BODIES = List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN");
    /** About what fits on one line of the 70 mm column in 12 pt bold capitals. */
    private static final int ONE_LINE = 24;

    public IssuerName {
        lines = List.copyOf(lines);
    }

    public static IssuerName of(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return new IssuerName(List.of(), "");
        }
        if (trimmed.contains("\n")) {
            List<String> lines = trimmed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            return new IssuerName(lines, String.join(" ", lines));
        }
        for (String body : COLLECTIVE_BODIES) {
            if (trimmed.startsWith(body + " ")) {
                return new IssuerName(List.of(body, trimmed.substring(body.length() + 1).strip()), trimmed);
            }
        }
        if (trimmed.length() > ONE_LINE && trimmed.contains(" ")) {
            return new IssuerName(balanced(trimmed), trimmed);
        }
        return new IssuerName(List.of(trimmed), trimmed);
    }

    /** Two lines split at the space that makes the longer line shortest; on a tie the first line is the longer. */
    private static List<String> balanced(String name) {
        int best = -1;
        int bestLength = Integer.MAX_VALUE;
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            int longer = Math.max(i, name.length() - i - 1);
            if (longer <= bestLength) {
                best = i;
                bestLength = longer;
            }
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
