package plandoc.build;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * Where an issued document's source was first edited since it was published: the line and column an officer opens
 * to put it back as it was (s34: the frozen document's error named the file only), and what the published line says.
 *
 * @param at        the first character that differs, in the source as it is now
 * @param published the published source's text of that line; empty when it has no such line (lines were added)
 */
record FirstEdit(SourcePosition at, Optional<String> published) {
    /** A published line quoted in a message: long text blocks are cut, the line number says where the rest is. */
    private static final int QUOTED = 100;

    /** A source the published version did not have: from its start. */
    static FirstEdit added(String file) {
        return new FirstEdit(new SourcePosition(file, 1, 1), Optional.empty());
    }

    /** The first difference between {@code now} and {@code before} (a file's bytes), said at {@code file}. */
    static FirstEdit of(String file, byte[] now, byte[] before) {
        String[] nowLines = lines(now);
        String[] beforeLines = lines(before);
        int line = 0;
        while (line < nowLines.length && line < beforeLines.length && nowLines[line].equals(beforeLines[line])) {
            line++;
        }
        // Lines taken off the end: the last line there is now, where they were.
        int shown = Math.max(0, Math.min(line, nowLines.length - 1));
        String nowLine = shown < nowLines.length ? nowLines[shown] : "";
        String beforeLine = shown < beforeLines.length ? beforeLines[shown] : null;
        int column = 0;
        if (beforeLine != null) {
            while (column < nowLine.length() && column < beforeLine.length()
                    && nowLine.charAt(column) == beforeLine.charAt(column)) {
                column++;
            }
        }
        return new FirstEdit(new SourcePosition(file, shown + 1, column + 1),
                Optional.ofNullable(beforeLine).map(String::strip).map(FirstEdit::cut));
    }

    /**
     * The file's lines. The text after a final line break is no line (s36 review M1: a line added at the end was
     * compared with it and quoted as an empty published line).
     */
    private static String[] lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n", -1);
        return text.endsWith("\n") ? java.util.Arrays.copyOf(lines, lines.length - 1) : lines;
    }

    private static String cut(String line) {
        return line.length() <= QUOTED ? line : line.substring(0, line.offsetByCodePoints(0, QUOTED - 1)) + "…";
    }
}
