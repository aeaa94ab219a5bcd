package plandoc.diagnostic;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.regex.Pattern;

/**
 * Renders {@link Message}s and {@link Problem}s in Vietnamese (the default) or English.
 * Texts live in {@code messages_vi.properties} / {@code messages_en.properties} as
 * {@link String#format} patterns (English counted words: {@link #plural}); a missing key is a programming error and fails loudly in tests.
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

    /** Whether the texts have {@code key}: for words looked up by a value (a plan's noun), not every value having one. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    public String text(String key, Object... args) {
        try {
            String pattern = bundle().getString(key);
            if (pattern.contains(",choice,")) {
                return plural(pattern, args);
            }
            return String.format(Locale.ROOT, pattern, args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message text for key " + key + " in " + locale, e);
        }
    }

    /**
     * A text whose words follow a count ("1 plan", "2 plans": English) is a {@link MessageFormat} pattern
     * choosing by it, {@code {0,choice,1#{0} plan|1<{0} plans}}; the JDK's, as ICU's plural format costs
     * a cold start 0.1–0.3 s of locale data (docs/benchmarks.md, s13-cli). A count given as text (a
     * problem's arguments are strings) is read as the number it is.
     */
    private String plural(String pattern, Object[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof String s && COUNT.matcher(s).matches() ? Long.valueOf(s) : args[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(values);
    }

    private static final Pattern COUNT = Pattern.compile("-?[0-9]{1,18}");

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
        boolean english = locale.getLanguage().equals("en");
        java.util.Optional<String> figure = FigureArgument.written(arg, english ? ',' : '.', english ? '.' : ',');
        if (figure.isPresent()) {
            return figure.get();
        }
        String[] parts = arg.substring(1).split("\\|", -1);
        if (!bundle().containsKey(parts[0])) {
            return arg;
        }
        // A figure inside a phrase's arguments is written the reader's way too (FigureArgument.marked).
        return text(parts[0], java.util.Arrays.stream(parts, 1, parts.length)
                .map(p -> FigureArgument.writtenIn(p, english ? ',' : '.', english ? '.' : ',')).toArray());
    }

    /** GNU style, as editors jump to it: {@code content/x/plan.yaml:12:5: lỗi: …}. */
    public String format(Problem problem) {
        String severity = text(problem.isError() ? "severity.error" : "severity.warning");
        return problem.at() + ": " + severity + ": " + format(problem.message());
    }
}
