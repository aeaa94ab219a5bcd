package plandoc.load;

import java.util.Optional;

/**
 * A Tab YAML refused outside a text block: pasted from Word as a key line's indentation ("\ttitle: …") or typed
 * after a key's colon ("title:\tMục A"). "Indented with a Tab" alone leaves the officer counting spaces; the fix
 * is the count of spaces, read off the line above that the key lines up with.
 */
final class TabPlace {
    /**
     * Where the Tab's line belongs.
     *
     * @param line   the line above it lines up with (or goes under), 1-based
     * @param column the column its text starts at then, 1-based
     * @param under  whether that line opens a block ("sections:"), so this one goes two spaces past it
     * @param word   what that line shows there ("id:", "-"), for the officer to find the column by
     */
    record Indent(int line, int column, boolean under, String word) {
    }

    private TabPlace() {
    }

    /**
     * An entry's own keys below it ("\t- id: muc-c" then "      title: …") fix its "-" two columns before them: the
     * line above with its "-" there is the one to line up with. The entry just above may be a sub-entry of the one
     * before (s29 tryout F5: column 9 was advised, after a sub-section, for a top-level section whose keys stand at 7).
     */
    private static Optional<Indent> byItsKeys(SourceFile source, int line) {
        for (int l = line + 1; l <= source.lineCount(); l++) {
            String below = source.line(l);
            String s = below.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int keys = SourceFile.indent(below);
            if (below.charAt(0) == '\t' || s.startsWith("-") || keys < 2 || !IndentHint.isStructure(s)) {
                return Optional.empty(); // no key of its own below: the line above decides
            }
            for (int k = line - 1; k >= 1; k--) {
                String above = source.line(k);
                String a = above.strip();
                if (a.isEmpty() || a.startsWith("#") || above.charAt(0) == '\t' || textBlockOpener(source, k) > 0) {
                    continue;
                }
                int indent = SourceFile.indent(above);
                if (indent == keys - 2 && (a.equals("-") || a.startsWith("- "))) {
                    return Optional.of(new Indent(k, keys - 1, false, "-"));
                }
                if (indent < keys - 2) {
                    return Optional.empty(); // out of the list the entry belongs to
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the Tab at {@code column} (1-based) stands after the line's text has begun, not in its indentation. */
    static boolean insideLine(SourceFile source, int line, int column) {
        String text = source.line(line);
        return column - 1 > text.length() - text.stripLeading().length();
    }

    private static final java.util.regex.Pattern BLOCK_OPENER =
            java.util.regex.Pattern.compile("(- )?[^#]*:\\s*[|>][-+0-9]*\\s*(#.*)?");

    /**
     * The line of the {@code key: |} (or {@code >}) whose text holds line {@code l}, or 0 when {@code l} is structure:
     * the first line above it indented less is the opener, or a key of the structure.
     */
    private static int textBlockOpener(SourceFile source, int l) {
        int indent = SourceFile.indent(source.line(l));
        for (int k = l - 1; k >= 1; k--) {
            String line = source.line(k);
            String s = line.strip();
            if (s.isEmpty() || line.charAt(0) == '\t' || SourceFile.indent(line) >= indent) {
                continue;
            }
            if (BLOCK_OPENER.matcher(s).matches()) {
                return k;
            }
            if (IndentHint.isStructure(s) || s.startsWith("- ") || s.startsWith("#")) {
                return 0;
            }
            indent = SourceFile.indent(line); // a text line indented less than this one: look on above it
        }
        return 0;
    }

    /** For a key or list entry indented with a Tab, the line above that shows its column. */
    static Optional<Indent> indent(SourceFile source, int line) {
        String content = source.line(line).strip();
        boolean item = content.equals("-") || content.startsWith("- ");
        Optional<Indent> byKeys = item ? byItsKeys(source, line) : Optional.empty();
        if (byKeys.isPresent()) {
            return byKeys;
        }
        for (int l = line - 1; l >= 1; l--) {
            String above = source.line(l);
            String s = above.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (above.charAt(0) == '\t') {
                return Optional.empty(); // a Tab above too: no column to read off
            }
            int opener = textBlockOpener(source, l);
            if (opener > 0) {
                l = opener + 1; // a line of a text block ("Email: …", "- …") is words: its key shows the column
                continue;
            }
            int col = SourceFile.indent(above) + 1;
            boolean aboveItem = s.equals("-") || s.startsWith("- ");
            if (item && aboveItem) {
                return Optional.of(new Indent(l, col, false, "-"));
            }
            int keyColumn = aboveItem ? col + s.length() - s.substring(1).stripLeading().length() : col;
            String key = aboveItem ? s.substring(1).strip() : s;
            boolean opens = key.endsWith(":") && IndentHint.isStructure(key);
            if (item && !opens) {
                continue; // a key of the entry above: the entry's "-" shows the column
            }
            String word = key.substring(0, key.indexOf(':') + 1);
            return IndentHint.isStructure(s) ? Optional.of(new Indent(l, opens ? keyColumn + 2 : keyColumn, opens, word))
                    : Optional.empty();
        }
        return Optional.empty();
    }
}
