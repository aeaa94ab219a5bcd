package plandoc.diagnostic;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Renders {@link Message}s and {@link Problem}s in Vietnamese (the default) or English.
 * Texts live in {@code messages_vi.properties} / {@code messages_en.properties} as
 * {@link String#format} patterns; a missing key is a programming error and fails loudly in tests.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The texts; read on another thread when made by {@link #loading(String)}. */
    private final Future<ResourceBundle> bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = CompletableFuture.completedFuture(read(locale));
    }

    private Messages(Locale locale, Future<ResourceBundle> bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public static Messages forLanguage(String language) {
        return new Messages(locale(language));
    }

    /**
     * As {@link #forLanguage}, the texts read on a thread of their own while the caller goes on (the
     * command line's start-up, issue 17); the first text waits for them.
     */
    public static Messages loading(String language) {
        Locale locale = locale(language);
        FutureTask<ResourceBundle> task = new FutureTask<>(() -> read(locale));
        Thread thread = new Thread(task, "plandoc-messages");
        thread.setDaemon(true);
        thread.start();
        return new Messages(locale, task);
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
    }

    private static ResourceBundle read(Locale locale) {
        return ResourceBundle.getBundle("plandoc.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private ResourceBundle bundle() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return bundle.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the texts are needed all the same
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        try {
            return String.format(Locale.ROOT, bundle().getString(key), args);
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
        if (!bundle().containsKey(parts[0])) {
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
