package plandoc.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * For a line whose indentation matches no level open above it (SnakeYAML's "expected &lt;block end&gt;"),
 * the line to line it up with: the latest line above of the same kind, a list item ("- ") or a key, whose
 * column is still open there. "Indentation does not match" alone leaves the officer counting spaces.
 */
final class IndentHint {
    /**
     * A line above and the column its item or key starts at (1-based, as messages count). A line of text left of
     * a text block above is {@link OutdentedText}'s.
     */
    record Align(int line, int column) {
    }

    private enum Kind { ITEM, KEY }

    /**
     * A level open at some line: what starts at {@code column} on {@code line}.
     *
     * @param first whether {@code line} opened it (no line above at that column): a first line that is itself
     *              misplaced sets a column its siblings below then miss
     */
    private record Level(int column, Kind kind, int line, boolean first) {
    }

    /** A plan's keys are names ("title", "ns-tinh", "2012-2015"), never words of a sentence. */
    private static final Pattern KEY = Pattern.compile("(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_][A-Za-z0-9_.-]*)\\s*:(\\s.*)?");
    /** A key whose value is on the lines below it ("amounts:"). */
    private static final Pattern OPENS = Pattern.compile("(-\\s+)?[^#]*:\\s*(#.*)?");
    /** A value that starts a block scalar ({@code text: |}, {@code - >-}), whose lines are text, not structure. */
    private static final Pattern BLOCK_SCALAR = Pattern.compile(".*(^|:\\s|^-\\s)\\s*[|>][0-9+-]*\\s*(#.*)?");

    private IndentHint() {
    }

    /**
     * @param line   the misindented line (1-based)
     * @param column where the parser stopped on it; a hint only when that is where the line's text starts
     */
    static Optional<Align> of(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        if (line < 2 || line > lines.length) {
            return Optional.empty();
        }
        String wrong = strip(lines[line - 1]);
        if (SourceFile.indent(wrong) + 1 != column || kind(wrong.strip()) == null) {
            return Optional.empty();
        }
        Kind kind = kind(wrong.strip());
        List<Level> open = new ArrayList<>();
        int blockAbove = -1; // the column a block scalar's lines must go past, or -1
        boolean afterText = false; // whether the last line that is not blank is a block scalar's
        boolean afterOpening = false; // whether the last line that is not blank opens a block below it
        int previous = 0; // the last line that is not blank, a comment or text
        for (int i = 0; i < line - 1; i++) {
            String l = strip(lines[i]);
            String content = l.strip();
            int col = SourceFile.indent(l) + 1;
            if (blockAbove > 0 && (content.isEmpty() || col > blockAbove)) {
                continue;
            }
            blockAbove = -1;
            afterText = false;
            if (content.isEmpty() || content.startsWith("#") || kind(content) == null) {
                continue;
            }
            afterOpening = OPENS.matcher(content).matches();
            boolean first = open.stream().noneMatch(o -> o.column() == col && o.kind() == kind(content));
            open.removeIf(o -> o.column() > col || o.column() == col && o.kind() == kind(content));
            open.add(new Level(col, kind(content), i + 1, first));
            previous = i + 1;
            int innerColumn = col;
            if (kind(content) == Kind.ITEM) {
                String rest = content.substring(1).stripLeading();
                innerColumn = col + content.length() - rest.length();
                if (kind(rest) == Kind.KEY) {
                    final int keyColumn = innerColumn;
                    open.removeIf(o -> o.column() >= keyColumn);
                    open.add(new Level(keyColumn, Kind.KEY, i + 1, false));
                }
            }
            if (BLOCK_SCALAR.matcher(content).matches()) {
                blockAbove = kind(content) == Kind.ITEM && kind(content.substring(1).stripLeading()) != Kind.KEY
                        ? col : innerColumn;
                afterText = true;
            }
        }
        if (afterText && !isStructure(wrong.strip())) {
            return Optional.empty(); // more text left of the block above: OutdentedText says so
        }
        if (afterOpening || open.stream().anyMatch(o -> o.column() == column && o.kind() == kind)) {
            // Right under "amounts:" the line is probably its first entry, at a column not open yet; or it is
            // lined up with an open level and the parser's trouble is something else: the plain message.
            return Optional.empty();
        }
        // An item's own keys below it still stand where they stood: they show the column it came from.
        int meant = kind == Kind.ITEM ? itemColumnByKeysBelow(lines, line, wrong) : -1;
        // Else the nearest open column; of two as near, the later line (an item moved left of its siblings).
        int above = previous;
        return open.stream().filter(o -> o.kind() == kind)
                .min(Comparator.comparingInt((Level o) -> o.column() == meant ? -1 : Math.abs(o.column() - column))
                        .thenComparing(Comparator.comparingInt(Level::line).reversed()))
                // The line just above opened that column, or sits left of this one with nothing under it: it
                // may be the misplaced one, so no side is taken.
                .filter(o -> o.line() != above || !o.first() && o.column() > column)
                .map(o -> new Align(o.line(), o.column()));
    }

    /** For "- id: a" followed by "title: A", the column the item's dash belongs at, or -1. */
    private static int itemColumnByKeysBelow(String[] lines, int line, String wrong) {
        String content = wrong.strip();
        String rest = content.substring(1).stripLeading();
        if (kind(rest) != Kind.KEY || BLOCK_SCALAR.matcher(content).matches() || OPENS.matcher(content).matches()) {
            return -1;
        }
        for (int i = line; i < lines.length; i++) {
            String next = strip(lines[i]);
            if (!next.isBlank() && !next.strip().startsWith("#")) {
                return kind(next.strip()) == Kind.KEY
                        ? SourceFile.indent(next) + 1 - (content.length() - rest.length()) : -1;
            }
        }
        return -1;
    }

    /** Whether a line's content is a key ("title: A") or an entry opening with one ("- id: a"), not words of a text. */
    static boolean isStructure(String content) {
        Kind kind = kind(content);
        return kind == Kind.KEY || kind == Kind.ITEM && kind(content.substring(1).stripLeading()) == Kind.KEY;
    }

    private static Kind kind(String content) {
        if (content.equals("-") || content.startsWith("- ")) {
            return Kind.ITEM;
        }
        return KEY.matcher(content).matches() ? Kind.KEY : null;
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
