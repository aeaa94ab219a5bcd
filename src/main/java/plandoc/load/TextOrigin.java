package plandoc.load;

import plandoc.diagnostic.SourcePosition;

/**
 * Where a scalar's text sits in the file, so a reference in line 5 of a {@code |} block is reported
 * at its own line and column rather than at the block's start.
 *
 * @param block       a literal or folded block scalar: content starts on the next line
 * @param indent      the block's content indentation (columns before the text), for block scalars
 * @param quoteOffset 1 for a quoted scalar (the quote precedes the text), else 0
 */
record TextOrigin(SourcePosition start, boolean block, int indent, int quoteOffset) {
    SourcePosition positionOf(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = offset - lineStart;
        if (block) {
            return new SourcePosition(start.file(), start.line() + 1 + line, indent + column + 1);
        }
        if (line == 0) {
            return new SourcePosition(start.file(), start.line(), start.column() + quoteOffset + column);
        }
        // Folded plain or quoted scalars lose their line structure; the start is the honest answer.
        return start;
    }
}
