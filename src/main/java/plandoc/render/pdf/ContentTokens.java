package plandoc.render.pdf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds marked-content sequences in a page's content bytes by the lexical rules of ISO 32000-1 7.2 (white space,
 * delimiters, comments, literal and hex strings, dictionaries), without making an object of every number and
 * operator as PDFBox's {@code PDFStreamParser} does. Only the operands {@code /Tag <</MCID n>>} of a {@code BDC} are
 * read; a page holding an inline image (binary data between {@code ID} and {@code EI}) is not read at all.
 */
final class ContentTokens {
    /** Bytes {@code start} (inclusive) to {@code end} (exclusive) of the page's content. */
    record Span(int start, int end) {
    }

    private static final int NAME = 1;
    private static final int DICT_OPEN = 2;
    private static final int DICT_CLOSE = 3;
    private static final int REGULAR = 4;
    private static final int OTHER = 5;
    private static final byte[] MCID = "/MCID".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BDC = "BDC".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BI = "BI".getBytes(StandardCharsets.US_ASCII);

    private ContentTokens() {
    }

    /**
     * The operands ({@code /Tag <</MCID n>>}) of each {@code BDC} whose id is one of {@code mcids}, in the order of
     * the content; none when the content holds an inline image.
     */
    static Map<Integer, Span> markedContent(byte[] content, Set<Integer> mcids) {
        Map<Integer, Span> found = new LinkedHashMap<>();
        // The last six tokens: kind, start, end (a ring).
        int[] kinds = new int[6];
        int[] starts = new int[6];
        int[] ends = new int[6];
        int count = 0;
        int i = 0;
        int n = content.length;
        while (i < n) {
            int b = content[i] & 0xff;
            int start = i;
            int kind;
            if (white(b)) {
                i++;
                continue;
            } else if (b == '%') {
                while (i < n && content[i] != '\n' && content[i] != '\r') {
                    i++;
                }
                continue;
            } else if (b == '(') {
                i = literalStringEnd(content, i);
                kind = OTHER;
            } else if (b == '<') {
                if (i + 1 < n && content[i + 1] == '<') {
                    i += 2;
                    kind = DICT_OPEN;
                } else {
                    while (i < n && content[i] != '>') {
                        i++;
                    }
                    i++;
                    kind = OTHER;
                }
            } else if (b == '>') {
                i += i + 1 < n && content[i + 1] == '>' ? 2 : 1;
                kind = i - start == 2 ? DICT_CLOSE : OTHER;
            } else if (b == '[' || b == ']' || b == '{' || b == '}' || b == ')') {
                i++;
                kind = OTHER;
            } else {
                i++;
                while (i < n && !white(content[i] & 0xff) && !delimiter(content[i] & 0xff)) {
                    i++;
                }
                kind = b == '/' ? NAME : REGULAR;
            }
            int slot = count++ % 6;
            kinds[slot] = kind;
            starts[slot] = start;
            ends[slot] = i;
            if (kind == REGULAR && equals(content, start, i, BI)) {
                return Map.of();
            }
            if (kind == REGULAR && count > 5 && equals(content, start, i, BDC)) {
                // Before it: name, <<, /MCID, number, >>.
                int tag = (count - 6) % 6;
                int open = (count - 5) % 6;
                int key = (count - 4) % 6;
                int value = (count - 3) % 6;
                int close = (count - 2) % 6;
                if (kinds[tag] == NAME && kinds[open] == DICT_OPEN && kinds[key] == NAME
                        && equals(content, starts[key], ends[key], MCID) && kinds[value] == REGULAR
                        && kinds[close] == DICT_CLOSE) {
                    Integer mcid = number(content, starts[value], ends[value]);
                    if (mcid != null && mcids.contains(mcid)) {
                        found.put(mcid, new Span(starts[tag], ends[close]));
                    }
                }
            }
        }
        return found;
    }

    /** The index after the string's closing parenthesis: nested pairs balance, a backslash escapes the next byte. */
    private static int literalStringEnd(byte[] content, int open) {
        int depth = 0;
        int i = open;
        while (i < content.length) {
            byte b = content[i++];
            if (b == '\\') {
                i++;
            } else if (b == '(') {
                depth++;
            } else if (b == ')' && --depth == 0) {
                return i;
            }
        }
        return i;
    }

    private static Integer number(byte[] content, int start, int end) {
        if (end - start > 9) {
            return null;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            if (content[i] < '0' || content[i] > '9') {
                return null;
            }
            value = value * 10 + content[i] - '0';
        }
        return value;
    }

    private static boolean equals(byte[] content, int start, int end, byte[] word) {
        if (end - start != word.length) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (content[start + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean white(int b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean delimiter(int b) {
        return b == '(' || b == ')' || b == '<' || b == '>' || b == '[' || b == ']' || b == '{' || b == '}'
                || b == '/' || b == '%';
    }
}
