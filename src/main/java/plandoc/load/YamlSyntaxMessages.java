package plandoc.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Classifies SnakeYAML's terse syntax errors into message keys with a hint an officer can act
 * on; the parser's own words travel along for anyone who knows YAML.
 */
final class YamlSyntaxMessages {
    private YamlSyntaxMessages() {
    }

    static String key(JsonProcessingException e) {
        String m = text(e);
        if (m.contains("'\\t'") || m.contains("\t") && m.contains("cannot start any token")) {
            return "yaml.syntax.tab";
        }
        if (m.contains("quoted scalar")) {
            return "yaml.syntax.unclosed-quote";
        }
        if (m.contains("expected ',' or '}'")) {
            return "yaml.syntax.flow-mapping";
        }
        if (m.contains("expected ',' or ']'")) {
            return "yaml.syntax.flow-sequence";
        }
        if (m.contains("could not find expected ':'")) {
            return "yaml.syntax.no-colon";
        }
        if (m.contains("cannot start any token")) {
            return "yaml.syntax.reserved-character";
        }
        if (m.contains("mapping values are not allowed")) {
            return "yaml.syntax.colon";
        }
        if (m.contains("block mapping") || m.contains("block end") || m.contains("did not find expected key")
                || m.contains("block collection")) {
            return "yaml.syntax.indent";
        }
        if (m.contains("exceeds the limit") || m.contains("code point")) {
            return "yaml.syntax.too-large";
        }
        if (m.contains("Nesting depth") || m.contains("nesting depth")) {
            return "yaml.syntax.too-deep";
        }
        return "yaml.syntax";
    }

    /**
     * Errors SnakeYAML finds only on the line after the mistake (an unclosed "{", a key without ":"):
     * for these the place where the construct began is where the author must look.
     */
    static boolean pointsAtStart(String key) {
        return key.equals("yaml.syntax.flow-mapping") || key.equals("yaml.syntax.flow-sequence")
                || key.equals("yaml.syntax.no-colon");
    }

    /** The first line of the parser's message, which names the problem without its context dump. */
    static String detail(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            // The problem alone; the context lines would quote the source back ("title: \"Về …").
            return marked.getProblem().strip();
        }
        String m = text(e);
        return m.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("in 'reader'")
                && !l.startsWith("at [Source")).reduce((a, b) -> a.startsWith("while") ? b : a).orElse(m);
    }

    private static String text(JsonProcessingException e) {
        return e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    }
}
