package plandoc;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * {@code PLANDOC_DEBUG=1}, the switch that prints a defect's stack trace (exit 3), here for a fault plandoc does not
 * report, so a developer can still see it.
 */
final class DebugTrace {
    private final boolean on;
    private final PrintStream err;

    /** @param environment an environment variable's value by its name ({@code System::getenv}), null when unset */
    DebugTrace(UnaryOperator<String> environment, PrintStream err) {
        this.on = "1".equals(environment.apply("PLANDOC_DEBUG"));
        this.err = err;
    }

    static DebugTrace fromEnvironment() {
        return new DebugTrace(System::getenv, System.err);
    }

    /**
     * A computation that failed on a plan which already has errors: not reported, as those errors are what the
     * officer must fix, and it surfaces as exit 3 once the plan is sound, unless they were its cause.
     */
    void swallowed(Path folder, RuntimeException e) {
        if (on) {
            synchronized (err) {
                err.println("PLANDOC_DEBUG: computing " + folder + " failed after its errors; not reported:");
                e.printStackTrace(err);
            }
        }
    }
}
