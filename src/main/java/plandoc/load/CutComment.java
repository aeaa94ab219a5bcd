package plandoc.load;

import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * A plain (unquoted) text followed on its line by {@code " #…"}: YAML reads everything from the
 * {@code #} on as a comment, so "bệnh viện #1 của tỉnh" is published as "bệnh viện". An author who
 * meant a comment keeps one space-separated word after {@code #}; the warning says to quote the
 * whole sentence when the {@code #} belongs to it.
 */
final class CutComment {
    private CutComment() {
    }

    static void check(SourceFile source, String text, TextOrigin origin, Problems problems) {
        if (origin.block() || origin.quoteOffset() != 0 || origin.folded() || text.isEmpty()) {
            return;
        }
        SourcePosition at = origin.start();
        String line = source.line(at.line());
        int start = at.column() - 1;
        if (start < 0 || !line.startsWith(text, start)) {
            return;
        }
        String rest = line.substring(start + text.length());
        int hash = rest.indexOf('#');
        if (hash < 1 || !rest.substring(0, hash).isBlank()) {
            return;
        }
        String comment = rest.substring(hash + 1);
        // "# ghi chú" is how YAML comments are written; "#1 của tỉnh" is text that lost its tail.
        if (comment.isEmpty() || Character.isWhitespace(comment.charAt(0)) || comment.startsWith("#")) {
            return;
        }
        int column = start + text.length() + hash + 1;
        problems.warning(new SourcePosition(at.file(), at.line(), column), "text.comment-cut", text,
                text + " #" + comment.strip());
    }
}
