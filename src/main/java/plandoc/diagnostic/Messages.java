package plandoc.diagnostic;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s and {@link Problem}s in Vietnamese (the default) or English.
 * Texts live in {@code messages_vi.properties} / {@code messages_en.properties} as
 * {@link String#format} patterns; a missing key is a programming error and fails loudly in tests.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("plandoc.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String language) {
        return new Messages("en".equals(language) ? Locale.ENGLISH : VIETNAMESE);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        try {
            return String.format(Locale.ROOT, bundle.getString(key), args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message text for key " + key + " in " + locale, e);
        }
    }

    /**
     * Formats a message. An argument written {@code @key} or {@code @key|arg|arg} is itself a
     * message ("a list", "dự án số 3 (giao-ban)"), so phrases inside messages are translated too.
     */
    public String format(Message message) {
        Object[] args = message.args().stream().map(this::argument).toArray();
        return text(message.key(), args);
    }

    private String argument(String arg) {
        if (!arg.startsWith("@")) {
            return arg;
        }
        String[] parts = arg.substring(1).split("\\|", -1);
        if (!bundle.containsKey(parts[0])) {
            return arg;
        }
        return text(parts[0], (Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length));
    }

    /** GNU style, as editors jump to it: {@code content/x/plan.yaml:12:5: lỗi: …}. */
    public String format(Problem problem) {
        String severity = text(problem.isError() ? "severity.error" : "severity.warning");
        return problem.at() + ": " + severity + ": " + format(problem.message());
    }
}
