package plandoc.render.html;

import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Hint;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Suggestions;

/**
 * What went wrong in a province's edited template, said in the officer's language with how to fix it, rather
 * than FreeMarker's English: the two common slips are a misspelt (or empty) value, named with the fields that
 * exist where it was written, and a syntax slip, said as what FreeMarker met and what it needed there.
 */
final class TemplateFailure {
    /** Where the handler leaves the fields it found while the failing template's variables were still in scope. */
    private static final String FIELDS = "plandoc.failure.fields";
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed (\"\\{\"|#[A-Za-z_]+|@)");
    private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("Unknown directive: #([A-Za-z_]+)");
    private static final Pattern UNKNOWN_BUILT_IN = Pattern.compile("Unknown built-in: \"([A-Za-z_]+)\"");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered (\"(?:[^\"\\\\]|\\\\.)*\"|<EOF>)");
    /** FreeMarker's lexer: {@code Lexical error: encountered "s" (115), after "#".}, or {@code <EOF> after "\"abc…"}. */
    private static final Pattern LEXICAL = Pattern.compile(
            "Lexical error: encountered (?:\"((?:[^\"\\\\]|\\\\.)*)\" \\(\\d+\\),|<EOF>) after \"((?:[^\"\\\\]|\\\\.)*)\"\\.");
    /** FreeMarker's tab size for columns (its default). */
    private static final int TAB = 8;
    private static final java.util.Set<String> OBJECT_METHODS = java.util.Set.of("class", "getClass", "hashCode",
            "equals", "toString");
    private static final List<String> DIRECTIVES = List.of("assign", "attempt", "autoesc", "break", "case", "compress",
            "continue", "default", "else", "elseif", "escape", "flush", "ftl", "function", "global", "if", "import",
            "include", "items", "list", "local", "lt", "macro", "nested", "noautoesc", "noescape", "noparse", "nt",
            "outputformat", "recover", "recurse", "return", "rt", "sep", "setting", "stop", "switch", "t", "visit");

    private TemplateFailure() {
    }

    /**
     * Rethrows like FreeMarker's own handler, first noting, for a value that is missing, the fields of what it
     * was read from: once the exception has left the template, its loop and macro variables are gone.
     */
    static final TemplateExceptionHandler HANDLER = (TemplateException e, Environment env, Writer out) -> {
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            fieldsOf(e.getBlamedExpressionString(), env).ifPresent(f -> env.setCustomAttribute(FIELDS, f));
        }
        throw e;
    };

    /** A template that failed while running. */
    static Message running(TemplateException e, Environment env) {
        String blamed = e.getBlamedExpressionString();
        if (e instanceof InvalidReferenceException && blamed != null) {
            Object noted = env == null ? null : env.getCustomAttribute(FIELDS);
            if (noted instanceof Fields fields) {
                if (fields.names().contains(fields.name())) {
                    return Message.of("render.template-empty-value", blamed);
                }
                String hint = Hint.nearest(Suggestions.nearest(fields.name(), fields.names()));
                return fields.owner().isEmpty()
                        ? Message.of("render.template-missing-name", blamed, hint, String.join(", ", fields.names()))
                        : Message.of("render.template-missing-field", blamed, fields.owner(), fields.name(), hint,
                        String.join(", ", fields.names()));
            }
            return Message.of("render.template-missing-value", blamed);
        }
        return Message.of("render.template-failed", firstParagraph(e.getMessageWithoutStackTop()));
    }

    /** The syntax error behind a failure to import or include another template, if that is what it is. */
    static ParseException syntaxCause(TemplateException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return parse;
            }
        }
        return null;
    }

    /** A template that does not parse. */
    static Message syntax(ParseException e) {
        return syntax(e, Optional.empty());
    }

    /** As {@link #syntax(ParseException)}, the template's text at hand to name what a lexical slip is in. */
    static Message syntax(ParseException e, Optional<String> source) {
        String said = e.getEditorMessage() == null ? "" : e.getEditorMessage();
        Matcher lexical = LEXICAL.matcher(said);
        if (lexical.find()) {
            return lexical(e, Optional.ofNullable(lexical.group(1)).map(TemplateFailure::unescape),
                    unescape(lexical.group(2)), source);
        }
        Matcher m = UNCLOSED.matcher(said);
        if (m.find()) {
            String open = m.group(1);
            if (open.equals("\"{\"")) {
                return Message.of("render.template-unclosed-value");
            }
            String name = open.equals("@") ? "@…" : open;
            return Message.of("render.template-unclosed", "<" + name + ">", "</" + name + ">");
        }
        m = UNKNOWN_DIRECTIVE.matcher(said);
        if (m.find()) {
            return Message.of("render.template-unknown-directive", m.group(1),
                    Hint.nearest(Suggestions.nearest(m.group(1), DIRECTIVES).map(d -> "<#" + d + ">")));
        }
        m = UNKNOWN_BUILT_IN.matcher(said);
        if (m.find()) {
            int list = said.indexOf("built-ins:");
            List<String> builtIns = list < 0 ? List.of()
                    : Arrays.stream(said.substring(list + "built-ins:".length()).split("[,\\s]+"))
                    .filter(s -> !s.isEmpty()).toList();
            return Message.of("render.template-unknown-built-in", m.group(1),
                    Hint.nearest(Suggestions.nearest(m.group(1), builtIns).map(b -> "?" + b)));
        }
        m = ENCOUNTERED.matcher(said);
        if (m.find()) {
            String met = m.group(1).equals("<EOF>") ? "@render.template-end" : firstLine(unquote(m.group(1)));
            if (expects(e, "\"}\"")) {
                return Message.of("render.template-expected-close", met);
            }
            if (expects(e, "<ID>")) {
                return Message.of("render.template-expected-value", met);
            }
            return Message.of("render.template-unexpected", met);
        }
        return Message.of("render.template-syntax", firstParagraph(said));
    }

    /**
     * A character FreeMarker's lexer cannot read where it stands, said as what the officer wrote: a tag typed inside
     * an unclosed {@code ${…}} ({@code ${line<#sep>}), a string whose quote is not closed, a stray character in an
     * expression. FreeMarker's own words ("Lexical error: encountered "s" (115), after "#".") say none of that.
     */
    private static Message lexical(ParseException e, Optional<String> met, String after, Optional<String> source) {
        if (met.isEmpty() && (after.startsWith("\"") || after.startsWith("'"))) {
            String quote = after.substring(0, 1);
            String start = "`" + clip(after.lines().findFirst().orElse(quote)) + "`";
            Optional<int[]> at = source.filter(text -> text.endsWith(after))
                    .map(text -> position(text, text.length() - after.length()));
            return at.map(p -> Message.of("render.template-unclosed-string-at", start, quote, p[0], p[1]))
                    .orElse(Message.of("render.template-unclosed-string", start, quote));
        }
        if (met.isPresent() && after.endsWith("#")) {
            Optional<String> line = source.flatMap(text -> text.lines().skip(Math.max(0, e.getLineNumber() - 1)).findFirst());
            int tag = line.map(l -> l.lastIndexOf("<#", Math.max(0, index(l, e.getColumnNumber()) - 1))).orElse(-1);
            if (tag >= 0) {
                String text = line.get();
                Matcher name = Pattern.compile("<#[A-Za-z_]*").matcher(text).region(tag, text.length());
                String opening = name.lookingAt() ? name.group() : "<#";
                String shown = "`" + opening + ">`";
                int value = text.lastIndexOf("${", tag);
                int directive = text.lastIndexOf("<#", tag - 1);
                int closed = value < 0 ? -1 : text.indexOf('}', value);
                if (value >= 0 && value > directive && (closed < 0 || closed > tag)) {
                    String written = text.substring(value, tag);
                    return Message.of("render.template-tag-in-value", shown, column(text, value), "`" + written.strip() + "}" + opening + ">`");
                }
                if (directive >= 0 && text.indexOf('>', directive) > tag) {
                    Matcher open = Pattern.compile("<#[A-Za-z_]*").matcher(text).region(directive, text.length());
                    String opened = "`" + (open.lookingAt() ? open.group() : "<#") + " …>`";
                    return Message.of("render.template-tag-in-directive", shown, opened, column(text, directive));
                }
            }
            return Message.of("render.template-tag-in-expression");
        }
        String character = after.isEmpty() ? met.orElse("") : after.substring(0, 1);
        return character.isBlank() ? Message.of("render.template-lexical")
                : Message.of("render.template-bad-character", character);
    }

    /** Line and column of {@code offset} in {@code text}, as FreeMarker counts them. */
    private static int[] position(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return new int[]{line, column(text.substring(lineStart), offset - lineStart)};
    }

    /** FreeMarker's column of the character at {@code index} of a line: 1-based, a tab to the next multiple of 8. */
    private static int column(String line, int index) {
        int column = 1;
        for (int i = 0; i < index && i < line.length(); i++) {
            column = line.charAt(i) == '\t' ? (column - 1) / TAB * TAB + TAB + 1 : column + 1;
        }
        return column;
    }

    /** The index in a line of the character at FreeMarker's {@code column}. */
    private static int index(String line, int column) {
        int i = 0;
        while (i < line.length() && column(line, i + 1) <= column) {
            i++;
        }
        return i;
    }

    private static String clip(String text) {
        return text.length() <= 30 ? text.strip() : text.substring(0, 30).strip() + "…";
    }

    /** FreeMarker's escapes in a lexical error's text ({@code \"}, {@code \n}, {@code \u00a7}). */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append(next);
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** The fields where a value was missing: of what it was read from, or the page's top-level names. */
    record Fields(String owner, String name, List<String> names) {
    }

    private static Optional<Fields> fieldsOf(String blamed, Environment env) {
        if (!PATH.matcher(blamed).matches()) {
            return Optional.empty();
        }
        String[] parts = blamed.split("\\.");
        try {
            if (parts.length == 1) {
                // Loop and macro variables, the page's values and the chrome's (text, lang): not Object's methods.
                List<String> known = new ArrayList<>();
                java.util.Set<?> shared = env.getConfiguration().getSharedVariableNames(); // FreeMarker's own
                for (Object name : env.getKnownVariableNames()) {
                    if (!OBJECT_METHODS.contains(String.valueOf(name)) && !shared.contains(name)) {
                        known.add(String.valueOf(name));
                    }
                }
                known.sort(null);
                return Optional.of(new Fields("", parts[0], known));
            }
            TemplateModel model = env.getVariable(parts[0]);
            for (int i = 1; i < parts.length - 1 && model != null; i++) {
                model = model instanceof TemplateHashModel hash ? hash.get(parts[i]) : null;
            }
            if (model == null) {
                return Optional.empty(); // an earlier part is missing: FreeMarker blames that one
            }
            String owner = blamed.substring(0, blamed.lastIndexOf('.'));
            return Optional.of(new Fields(owner, parts[parts.length - 1], names(model)))
                    .filter(f -> !f.names().isEmpty());
        } catch (TemplateModelException e) {
            return Optional.empty(); // the hint is a courtesy; FreeMarker's failure is reported all the same
        }
    }

    /** A record's components (what a template reads by name), or a hash's keys. */
    private static List<String> names(TemplateModel model) throws TemplateModelException {
        if (model instanceof AdapterTemplateModel adapter
                && adapter.getAdaptedObject(Object.class) instanceof Record record) {
            return Arrays.stream(record.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        }
        List<String> names = new ArrayList<>();
        if (model instanceof TemplateHashModelEx hash) {
            for (TemplateModelIterator keys = hash.keys().iterator(); keys.hasNext(); ) {
                if (keys.next() instanceof TemplateScalarModel key) {
                    names.add(key.getAsString());
                }
            }
        }
        return names;
    }

    private static boolean expects(ParseException e, String token) {
        if (e.expectedTokenSequences == null || e.tokenImage == null) {
            return false;
        }
        for (int[] sequence : e.expectedTokenSequences) {
            if (sequence.length > 0 && token.equals(e.tokenImage[sequence[0]])) {
                return true;
            }
        }
        return false;
    }

    private static String unquote(String token) {
        return token.substring(1, token.length() - 1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String firstLine(String text) {
        return "`" + text.lines().findFirst().orElse("").strip() + "`";
    }

    /** FreeMarker appends tips and stack traces after "----" lines; the first part says what went wrong. */
    static String firstParagraph(String message) {
        if (message == null) {
            return "";
        }
        int tips = message.indexOf("\n----");
        String head = tips >= 0 ? message.substring(0, tips) : message;
        return head.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
