package plandoc.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * A line of a text block ({@code text: |}, {@code outcome: >-}, at any depth) pasted left of the text's column:
 * YAML ends the text at the line before and fails on this one as structure ("thiếu dấu ':'", "thụt lề không
 * khớp", a Tab). The officer meant one more line of the text; the fix is the column to indent it to, not quotes.
 * The block is found by SnakeYAML's scanner, as {@link UnclosedQuote} finds a quote: the last token before the
 * line is a block scalar, so nothing but the text (and blank lines) stands between its opening key and the line.
 */
final class OutdentedText {
    /**
     * A line left of the text block it follows.
     *
     * @param line   the line, 1-based
     * @param header the line of the key that opens it, 1-based
     * @param opener that key as written ({@code text: |}), without its comment
     * @param column the column the text's lines start at, 1-based
     * @param like   the nearest line above that starts at {@code column}
     * @param key    the word YAML read as a key at the line's start ("Email"), when it did
     */
    record Found(int line, int header, String opener, int column, int like, Optional<String> key) {
        /** The key the text is written under ("text" of {@code text: |}); empty for a list entry's {@code - |}. */
        Optional<String> openerKey() {
            int colon = opener.lastIndexOf(':');
            return opener.startsWith("-") || colon < 0 ? Optional.empty() : Optional.of(opener.substring(0, colon).strip());
        }
    }

    /**
     * A one-line value a line without ":" may continue: its key, the key's line and column (1-based).
     */
    record Value(String key, int line, int column) {
    }

    private OutdentedText() {
    }

    /** The text block {@code line} (1-based) is left of, when the line reads as text rather than as a key. */
    static Optional<Found> at(SourceFile source, int line) {
        return at(source, line, Optional.empty());
    }

    /**
     * As {@link #at(SourceFile, int)}, also for a line YAML reads as a key when {@code key} is that key's word and it
     * reads as words of a text ("Email: …"), not as a key of the format.
     */
    private static Optional<Found> at(SourceFile source, int line, Optional<String> key) {
        String here = source.line(line);
        String content = here.strip().startsWith("- ") ? here.strip().substring(2).strip() : here.strip();
        if (here.isBlank() || IndentHint.isStructure(here.strip()) && key.isEmpty()
                || content.startsWith("{") || content.startsWith("[")) {
            return Optional.empty(); // a key, an entry, a value in brackets: structure, not words of a text
        }
        Optional<Integer> header = blockJustAbove(source, line);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        int column = source.indentAfter(header.get()) + 1;
        int like = -1;
        for (int l = header.get() + 1; l < line; l++) {
            if (!source.line(l).isBlank() && SourceFile.indent(source.line(l)) + 1 == column) {
                like = l;
            }
        }
        // Right under its key, with no text line yet, the block is YamlTreeReader.blockNotIndented's case.
        if (like < 0 || SourceFile.indent(here) + 1 >= column && here.charAt(SourceFile.indent(here)) != '\t') {
            return Optional.empty();
        }
        String opener = source.line(header.get()).strip().replaceFirst("\\s+#.*$", "");
        return Optional.of(new Found(line, header.get(), opener, column, like, key));
    }

    /**
     * For a ":" the parser refused at {@code line}: the line above it that YAML read as a key with its value running
     * on to this line ("Trong đó: …" pasted at column 1 is a key, the lines under it its value), when that one is
     * a line left of a text block. "Email: …" so pasted is one too: its word is no key of the format (s25 tryout M2).
     */
    static Optional<Found> keyAbove(SourceFile source, int line) {
        int indent = SourceFile.indent(source.line(line));
        for (int l = line - 1; l >= 1; l--) {
            String text = source.line(l);
            if (!text.isBlank() && SourceFile.indent(text) < indent) {
                // Lines pasted together ("Email: …", "Hotline: …") all left of the text: the first left it.
                int first = l;
                for (int above = l - 1; above >= 1; above--) {
                    String up = source.line(above);
                    if (up.isBlank() || up.strip().startsWith("#")) {
                        continue;
                    }
                    if (SourceFile.indent(up) != SourceFile.indent(text)
                            || IndentHint.isStructure(up.strip()) && wordKey(up).isEmpty()) {
                        break;
                    }
                    first = above;
                }
                return at(source, first, wordKey(source.line(first)));
            }
        }
        return Optional.empty();
    }

    /**
     * The lines pasted with {@code first} below it, up to {@code before}: at its column, each one more line of the
     * same text ("Hotline: …" under "Email: …"); each is said, so that one run shows every line to indent.
     */
    static java.util.List<Found> pastedWith(SourceFile source, Found first, int before) {
        java.util.List<Found> lines = new java.util.ArrayList<>();
        int indent = SourceFile.indent(source.line(first.line()));
        for (int l = first.line() + 1; l < before; l++) {
            String text = source.line(l);
            if (!text.isBlank() && !text.strip().startsWith("#") && SourceFile.indent(text) == indent) {
                lines.add(new Found(l, first.header(), first.opener(), first.column(), first.like(), wordKey(text)));
            }
        }
        return lines;
    }

    /** The word a line starts with as a key ("Email" of "Email: …"), when it is no key of the format but words. */
    private static Optional<String> wordKey(String line) {
        Matcher m = WORD_KEY.matcher(line.strip());
        return m.matches() && KeyAfterText.words(m.group(1)) ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A line that starts with a plain word and a colon ("Email: …", "Hotline:"), as YAML reads a key. */
    private static final Pattern WORD_KEY = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*):(\\s.*)?");

    /**
     * For a line without ":" ("và văn thư các cơ quan" under {@code title: Tập huấn …}, at the key's column): the
     * plain value just above it, which the line may continue. YAML takes a value's next line only indented past
     * its key; quoting the whole value also works, the one fix the message gave.
     */
    static Optional<Value> valueAbove(SourceFile source, int line) {
        Token[] last = tokensBefore(source, line);
        if (last[2] instanceof ScalarToken value && value.getStyle() == DumperOptions.ScalarStyle.PLAIN
                && last[1] != null && last[1].getTokenId() == Token.ID.Value && last[0] instanceof ScalarToken key) {
            return Optional.of(new Value(key.getValue(), key.getStartMark().getLine() + 1,
                    key.getStartMark().getColumn() + 1));
        }
        return Optional.empty();
    }

    /** The line of the block scalar's key when the last token before {@code line} is a block scalar. */
    private static Optional<Integer> blockJustAbove(SourceFile source, int line) {
        Token last = tokensBefore(source, line)[2];
        return last instanceof ScalarToken scalar && block(scalar.getStyle())
                ? Optional.of(last.getStartMark().getLine() + 1) : Optional.empty();
    }

    /** The last three tokens that start before {@code line}, the last one last (null where there are fewer). */
    private static Token[] tokensBefore(SourceFile source, int line) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlTreeReader.MAX_CODE_POINTS);
        ScannerImpl scanner = new ScannerImpl(new StreamReader(source.text()), options);
        Token[] last = new Token[3];
        try {
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token token = scanner.getToken();
                if (token.getStartMark().getLine() + 1 >= line) {
                    break;
                }
                last[0] = last[1];
                last[1] = last[2];
                last[2] = token;
            }
        } catch (YAMLException e) {
            // the scanner stops at the mistake the parser reported: the tokens before it are what counts
        }
        return last;
    }

    private static boolean block(DumperOptions.ScalarStyle style) {
        return style == DumperOptions.ScalarStyle.LITERAL || style == DumperOptions.ScalarStyle.FOLDED;
    }
}
