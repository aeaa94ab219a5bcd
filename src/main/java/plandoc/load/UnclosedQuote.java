package plandoc.load;

import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * A quote the officer forgot to close ({@code title: "Kế hoạch …} with no closing {@code "}): YAML lets a quoted
 * text run over several lines, so the parser reads the following lines into it up to the next {@code "} of the
 * file (another key's value, lines further on) and fails only there, at a line with nothing wrong in it. The
 * quote is found again by scanning the tokens up to that line: a quoted text whose next lines are not indented
 * past the line it opens on (which YAML requires of a text's continued lines) was not meant to go on.
 */
final class UnclosedQuote {
    /**
     * The quote, 1-based, and the line where the parser found its closing quote.
     *
     * @param quote {@code "} or {@code '}
     */
    record Found(int line, int column, char quote, int closedAt) {
    }

    private UnclosedQuote() {
    }

    /** The first quoted text opened before {@code errorLine} (1-based) that runs on over less-indented lines. */
    static Optional<Found> before(SourceFile source, int errorLine) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(YamlTreeReader.MAX_CODE_POINTS);
        ScannerImpl scanner = new ScannerImpl(new StreamReader(source.text()), options);
        try {
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token token = scanner.getToken();
                int line = token.getStartMark().getLine() + 1;
                if (line >= errorLine) {
                    return Optional.empty();
                }
                if (token instanceof ScalarToken scalar && quoted(scalar.getStyle())
                        && runsOnUnindented(source, line, token.getEndMark().getLine() + 1)) {
                    char quote = scalar.getStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED ? '"' : '\'';
                    return Optional.of(new Found(line, token.getStartMark().getColumn() + 1, quote,
                            token.getEndMark().getLine() + 1));
                }
            }
        } catch (YAMLException e) {
            // the scanner stops at the same mistake the parser reported: nothing before it was a quote run on
        }
        return Optional.empty();
    }

    private static boolean quoted(DumperOptions.ScalarStyle style) {
        return style == DumperOptions.ScalarStyle.DOUBLE_QUOTED || style == DumperOptions.ScalarStyle.SINGLE_QUOTED;
    }

    /** Whether a line after {@code first} up to {@code last} is indented no further than {@code first}. */
    private static boolean runsOnUnindented(SourceFile source, int first, int last) {
        int indent = SourceFile.indent(source.line(first));
        for (int l = first + 1; l <= last; l++) {
            String text = source.line(l);
            if (!text.isBlank() && SourceFile.indent(text) <= indent) {
                return true;
            }
        }
        return false;
    }
}
