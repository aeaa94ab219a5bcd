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

    /**
     * Prints problems; returns whether the outcomes fail ({@code strict}: warnings fail too). A problem of
     * a file every plan reads (content/province.yaml, content/agencies.yaml) is every plan's: printed and
     * counted once, where the first plan met it.
     */
    boolean print(List<Generator.PlanOutcome> outcomes, boolean strict) {
        return summary(problems(outcomes), 0, strict);
    }

    /** What the check found, counted as printed. */
    record Counts(int plans, long errors, long warnings) {
        boolean fail(boolean strict) {
            return errors > 0 || strict && warnings > 0;
        }
    }

    /** Prints the problems of every plan (a shared file's once) and counts them. */
    Counts problems(List<Generator.PlanOutcome> outcomes) {
        long errors = 0;
        long warnings = 0;
        java.util.Set<Problem> printed = new java.util.HashSet<>();
        for (Generator.PlanOutcome outcome : outcomes) {
            for (Problem p : outcome.problems().sorted()) {
                if (!printed.add(p)) {
                    continue;
                }
                console.err().println(console.messages().format(p));
                if (p.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        return new Counts(outcomes.size(), errors, warnings);
    }

    /**
     * The summary line; returns whether the command fails.
     *
     * @param renderErrors what rendering found wrong besides (a build's template errors): errors of the same count
     */
    boolean summary(Counts counts, long renderErrors, boolean strict) {
        long errors = counts.errors() + renderErrors;
        console.out().println(console.text("cli.summary", counts.plans(), errors, counts.warnings()));
        if (strict && errors == 0 && counts.warnings() > 0) {
            // The summary says "0 errors": say why the command fails all the same.
            console.err().println(console.text("cli.strict-failed", counts.warnings()));
        }
        return errors > 0 || strict && counts.warnings() > 0;
    }
}
