package plandoc.compute;

import java.util.List;
import plandoc.resolved.RuleWidth;

/**
 * An agency name as the header block prints it, and the rule under it (Decree 30, Phụ lục I; format-
 * standard.md §13 F5). The samples break a people's committee name after "ỦY BAN NHÂN DÂN" ("ỦY BAN NHÂN
 * DÂN / TỈNH HÀ TĨNH"), and long names are set as two balanced lines ("SỞ THÔNG TIN VÀ / TRUYỀN
 * THÔNG") rather than wherever the narrow column runs out. Explicit line breaks ({@code \n}) win.
 */
final class IssuerLines {
    private static final List<String> COLLECTIVE_BODIES = List.of("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN");
    /** About what fits on one line of the 70 mm column in 12 pt bold capitals. */
    private static final int ONE_LINE = 24;
    /** The issuer prints 12 pt bold (pdf.css, .doc-header .issuer). */
    static final double ISSUER_PT = 12;
    /** The rule is this share of the line above it: Decree 30 asks for 1/3 to 1/2. */
    static final double RULE_SHARE = 0.4;

    private IssuerLines() {
    }

    static List<String> of(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return List.of();
        }
        if (trimmed.contains("\n")) {
            return trimmed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
        for (String body : COLLECTIVE_BODIES) {
            if (trimmed.startsWith(body + " ")) {
                return List.of(body, trimmed.substring(body.length() + 1).strip());
            }
        }
        if (trimmed.length() > ONE_LINE && trimmed.contains(" ")) {
            return balanced(trimmed);
        }
        return List.of(trimmed);
    }

    /** The rule's width, 12.3 mm: {@link #RULE_SHARE} of the printed width of the line above it. */
    static RuleWidth rule(List<String> lines) {
        double above = lines.isEmpty() ? 0 : TextMeasure.mm(lines.get(lines.size() - 1), ISSUER_PT, true);
        return RuleWidths.of(RULE_SHARE * above);
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
}
