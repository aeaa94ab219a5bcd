package plandoc.load;

import plandoc.diagnostic.SourcePosition;

/**
 * Where a scalar's text sits in the file, so a reference in line 5 of a {@code |} block is reported
 * at its own line and column rather than at the block's start.
 *
 * @param block       a literal or folded block scalar: content starts on the next line
 * @param indent      the block's content indentation (columns before the text), for block scalars
 * @param quoteOffset 1 for a quoted scalar (the quote precedes the text), else 0
 * @param folded      the text's line breaks are not the source's (a {@code >} block, or a plain or
 *                    quoted scalar written over several lines): positions in it are its start
 */
record TextOrigin(SourcePosition start, boolean block, int indent, int quoteOffset, boolean folded) {
    TextOrigin(SourcePosition start, boolean block, int indent, int quoteOffset) {
        this(start, block, indent, quoteOffset, false);
    }

    SourcePosition positionOf(String text, int offset) {
        if (folded) {
            // Folding joined source lines with spaces: counting line breaks in the text would point
            // past the end of a line. The start is the honest answer.
            return start;
        }
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
        return start;
    }
}
