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
        return layout().positionOf(start, text, offset);
    }

    plandoc.model.TextLayout layout() {
        return new plandoc.model.TextLayout(block, indent, quoteOffset, folded);
    }
}
