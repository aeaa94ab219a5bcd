package plandoc.serve;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * A fault of plandoc itself (never a user's mistake): described in one line, with the stack trace
 * appended when {@code PLANDOC_DEBUG=1}, so long-running commands (the preview server) report it like
 * the CLI does instead of hiding it.
 */
final class Defect {
    private Defect() {
    }

    /** Whether the user asked for stack traces. */
    public static boolean debugging() {
        return "1".equals(System.getenv("PLANDOC_DEBUG"));
    }

    /** {@code e} in one line, plus its stack trace when debugging. */
    public static String describe(Throwable e) {
        String line = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (!debugging()) {
            return line;
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return line + System.lineSeparator() + trace;
    }
}
