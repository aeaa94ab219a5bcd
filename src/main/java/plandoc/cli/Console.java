package plandoc.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import plandoc.diagnostic.Messages;

/**
 * Where the CLI writes: results to {@code out}, diagnostics to {@code err}, always UTF-8 so
 * Vietnamese survives consoles whose default charset is not.
 */
record Console(PrintStream out, PrintStream err, Messages messages) {
    static Console system(Messages messages) {
        return new Console(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), messages);
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
