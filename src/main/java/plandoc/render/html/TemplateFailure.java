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
        String said = e.getEditorMessage() == null ? "" : e.getEditorMessage();
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
