package plandoc.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import plandoc.diagnostic.Messages;

/**
 * What a command is given by its process: where it writes (results to {@code out}, diagnostics to
 * {@code err}, always UTF-8 so Vietnamese survives consoles whose default charset is not), in which
 * language, and the environment it reads ({@code PLANDOC_*} variables), which tests supply instead of
 * the process's own.
 */
record Console(PrintStream out, PrintStream err, Messages messages, Map<String, String> environment) {
    Console {
        environment = Map.copyOf(environment);
    }

    static Console system(Messages messages) {
        return new Console(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), messages, System.getenv());
    }

    /** The same console speaking {@code other}'s language. */
    Console speaking(Messages other) {
        return new Console(out, err, other, environment);
    }

    /** The same console with its results going nowhere (problems are still printed). */
    Console quiet() {
        return new Console(new PrintStream(OutputStream.nullOutputStream()), err, messages, environment);
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    /**
     * A moment as an officer reads it in a message, in Việt Nam's time whatever the machine's zone: "06/12/2026
     * 10:35", one form for every message (sign printed ISO inside a Vietnamese sentence, s21 tryout 8).
     */
    String time(java.time.temporal.TemporalAccessor moment) {
        java.time.ZonedDateTime t = java.time.Instant.from(moment).atZone(plandoc.model.VietnamTime.ZONE);
        return text("time.vietnam", two(t.getDayOfMonth()), two(t.getMonthValue()), Integer.toString(t.getYear()),
                two(t.getHour()), two(t.getMinute()));
    }

    private static String two(int value) {
        return String.format(java.util.Locale.ROOT, "%02d", value);
    }
}
