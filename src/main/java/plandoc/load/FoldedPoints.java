package plandoc.load;

import java.util.Optional;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * A plain value (no quotes, no {@code |}) written over several lines is one line to YAML: "outcome: 20 lớp tập
 * huấn;" with "- 500 học viên" below it prints as one line, while the officer meant two points (s22 tryout L4). A
 * warning at the key, when a continuation line starts as a point does ("- ", "+ ", "•", "1." or "2)") and is
 * followed by words; ordinary wrapped prose ("… đến năm" / "2026 …", "giai đoạn 2021" / "- 2025 …") is not one.
 */
final class FoldedPoints {
    /**
     * A point's mark and words: "- Tổ chức …", "+ 500 học viên", "•Đào tạo", "1. Xây dựng", "2) Đào tạo"; not "2026. …"
     * (a year ending a sentence), nor a line without a word.
     */
    private static final Pattern POINT = Pattern.compile("(?:[-+]\\s+|•\\s*|\\d{1,2}[.)]\\s+).*\\p{L}.*");

    private FoldedPoints() {
    }

    /**
     * Warns at {@code keyAt} when the plain scalar starting at {@code at} and ending on line {@code endLine} has a
     * continuation line that reads as a point of its own.
     */
    static void check(SourceFile source, String key, SourcePosition keyAt, SourcePosition at, int endLine,
                      Problems problems) {
        char first = source.charAt(at.line(), at.column());
        if (endLine <= at.line() || first == '|' || first == '>' || first == '"' || first == '\'' || inFlow(source, at)) {
            return;
        }
        point(source, at.line() + 1, endLine).ifPresent(line -> problems.warning(keyAt, "yaml.folded-points", key,
                line, source.line(line).strip()));
    }

    /** Inside "{ … }" or "[ … ]" (an unclosed one runs over the lines below): the lines are not the officer's points. */
    private static boolean inFlow(SourceFile source, SourcePosition at) {
        String before = source.line(at.line()).substring(0, Math.min(source.line(at.line()).length(), at.column() - 1));
        return before.indexOf('{') >= 0 || before.indexOf('[') >= 0;
    }

    private static Optional<Integer> point(SourceFile source, int from, int to) {
        for (int line = from; line <= to; line++) {
            String text = source.line(line).strip();
            if (POINT.matcher(text).matches() && !rangeWrapped(source.line(line - 1).strip(), text)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** "… giai đoạn 2026" above "- 2027 theo …": a range of years wrapped at its dash, not a point. */
    private static boolean rangeWrapped(String above, String text) {
        return !above.isEmpty() && Character.isDigit(above.charAt(above.length() - 1))
                && (text.startsWith("-") || text.startsWith("+")) && Character.isDigit(text.substring(1).strip().charAt(0));
    }
}
