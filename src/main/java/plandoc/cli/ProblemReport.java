package plandoc.cli;

import java.util.List;
import plandoc.Generator;
import plandoc.diagnostic.Problem;

/** Prints every plan's problems, sorted, and decides the exit code. */
final class ProblemReport {
    private final Console console;

    ProblemReport(Console console) {
        this.console = console;
    }

    /** Prints problems; returns whether the outcomes fail ({@code strict}: warnings fail too). */
    boolean print(List<Generator.PlanOutcome> outcomes, boolean strict) {
        long errors = 0;
        long warnings = 0;
        for (Generator.PlanOutcome outcome : outcomes) {
            for (Problem p : outcome.problems().sorted()) {
                console.err().println(console.messages().format(p));
            }
            errors += outcome.problems().errorCount();
            warnings += outcome.problems().warningCount();
        }
        console.out().println(console.text("cli.summary", outcomes.size(), errors, warnings));
        return errors > 0 || strict && warnings > 0;
    }
}
