package plandoc.model;

import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * How a text sits in its YAML scalar, so that a place inside it can be pointed at: a word on line 5
 * of a {@code |} block is reported at its own line rather than at the block's start.
 *
 * @param block       a literal or folded block scalar: content starts on the next line
 * @param indent      the block's content indentation (columns before the text)
 * @param quoteOffset 1 for a quoted scalar (the quote precedes the text), else 0
 * @param folded      the text's line breaks are not the source's: positions in it are its start
 * @param source      the scalar's value as written, references and {@code {{} included; empty when unknown
 */
public record TextLayout(boolean block, int indent, int quoteOffset, boolean folded, Optional<String> source) {
    /** Nothing known beyond the start (texts made by the program). */
    public static final TextLayout START = new TextLayout(false, 0, 0, true);

    public TextLayout {
        java.util.Objects.requireNonNull(source, "source: Optional.empty() when unknown");
    }

    public TextLayout(boolean block, int indent, int quoteOffset, boolean folded) {
        this(block, indent, quoteOffset, folded, Optional.empty());
    }

    public TextLayout withSource(String value) {
        return new TextLayout(block, indent, quoteOffset, folded, Optional.of(value));
    }

    /** The source position of {@code offset} in {@code text}, the scalar starting at {@code start}. */
    public SourcePosition positionOf(SourcePosition start, String text, int offset) {
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
