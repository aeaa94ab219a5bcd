package plandoc.validate;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Text;

/**
 * Tables Markdown does not read as tables: their lines print as one paragraph of text, "|" and "---" and all, in
 * the PDF, the site and Word. Three ways an officer typing in Word gets there, each an error at its line with the
 * line to write:
 * <ul>
 *   <li>no |---| line under the header: two or more lines in a paragraph that each start and end with "|" (no
 *   sentence does), and none of them a |---| line;</li>
 *   <li>a |---| line Markdown does not read: fewer than three "-" a cell ("|-|-|"), "=", or a dash Word put for
 *   "-" ("—", "–");</li>
 *   <li>a table glued under a line of text (or a list item's first line): a table starts a block of its own, so
 *   it needs a blank line above it.</li>
 * </ul>
 */
final class UnreadTables {
    private final Parser parser;
    private final Text text;
    private final Problems problems;

    UnreadTables(Parser parser, Text text, Problems problems) {
        this.parser = parser;
        this.text = text;
        this.problems = problems;
    }

    void check(Paragraph paragraph) {
        List<BasedSequence> lines = paragraph.getContentLines();
        boolean[] seen = new boolean[lines.size()];
        for (int k = 1; k < lines.size(); k++) {
            String header = content(lines.get(k - 1));
            if (!isRuling(content(lines.get(k))) || !header.contains("|")) {
                continue;
            }
            int start = k - 1;
            while (start > 0 && content(lines.get(start - 1)).startsWith("|") && !seen[start - 1]) {
                start--;
            }
            if (!isTable(header + "\n" + content(lines.get(k)))) {
                problems.error(at(lines.get(k)), "markdown.table-bad-ruling", content(lines.get(k)),
                        ruling(cells(header)));
            }
            if (start > 0) {
                problems.error(at(lines.get(start)), "markdown.table-after-text");
            }
            for (int i = start; i <= k; i++) {
                seen[i] = true;
            }
            for (int i = k + 1; i < lines.size() && content(lines.get(i)).contains("|"); i++) {
                seen[i] = true;
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            int end = k;
            while (end < lines.size() && !seen[end] && framed(content(lines.get(end)))) {
                end++;
            }
            if (end - k >= 2) {
                String header = content(lines.get(k));
                problems.error(at(lines.get(k)), "markdown.table-no-ruling", ruling(cells(header)), cells(header));
                if (k > 0) {
                    problems.error(at(lines.get(k)), "markdown.table-after-text");
                }
            }
            k = Math.max(k, end);
        }
    }

    /** The |---| line for a table of {@code columns} columns. */
    static String ruling(int columns) {
        return "|" + "---|".repeat(Math.max(1, columns));
    }

    /** The cells a row's line holds, "|" at its ends or not; an escaped "\|" is text in a cell. */
    static int cells(String row) {
        String s = row.strip();
        int bars = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '|') {
                bars++;
            }
        }
        boolean closes = s.length() > 1 && s.endsWith("|") && !s.endsWith("\\|");
        return bars + 1 - (s.startsWith("|") ? 1 : 0) - (closes ? 1 : 0);
    }

    /** A line meant as a |---| line: only rules, colons, "|" and spaces, with a "|" and a rule. */
    static boolean isRuling(String line) {
        return line.contains("|") && line.chars().anyMatch(c -> "-=_—–".indexOf(c) >= 0)
                && line.chars().allMatch(c -> "|-=_—–:+ \t".indexOf(c) >= 0);
    }

    /**
     * A body row typed as a |---| line: every cell a rule of three or more. A row of single dashes ("| - | - |",
     * "không có" under a heading) is content (s25 re-read M2).
     */
    static boolean isRuleRow(String line) {
        if (!isRuling(line)) {
            return false;
        }
        List<String> cells = java.util.Arrays.stream(line.strip().replaceAll("^\\||\\|$", "").split("\\|"))
                .map(String::strip).toList();
        return cells.stream().anyMatch(c -> !c.isEmpty())
                && cells.stream().allMatch(c -> c.isEmpty() || c.matches(":?[-=_—–]{3,}:?"));
    }

    /** A line that starts and ends with "|", as a table's row does and a sentence does not. */
    private static boolean framed(String line) {
        return line.length() > 1 && line.startsWith("|") && line.endsWith("|") && !line.endsWith("\\|")
                && !isRuling(line);
    }

    /** Whether Markdown reads a header and a |---| line as a table, by the parser the renderers' rules follow. */
    private boolean isTable(String twoLines) {
        for (Node node = parser.parse(twoLines).getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof TableBlock) {
                return true;
            }
        }
        return false;
    }

    private SourcePosition at(BasedSequence line) {
        int indent = line.length() - line.toString().stripLeading().length();
        return text.positionOf(line.getStartOffset() + indent);
    }

    private static String content(BasedSequence line) {
        return line.toString().strip();
    }
}
