package plandoc.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import plandoc.diagnostic.Messages;

/** Runs the command line in-process, capturing what it prints. */
final class Cli {
    /** Exit code and the two streams, split into lines. */
    record Result(int exit, List<String> out, List<String> err) {
        String errText() {
            return String.join("\n", err);
        }

        String outText() {
            return String.join("\n", out);
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // The console's own language is irrelevant: Main speaks the language the arguments ask for.
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLanguage("vi"));
        int exit = PlandocCommand.run(args, console);
        return new Result(exit, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
