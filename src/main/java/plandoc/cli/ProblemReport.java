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
        return print(List.of(), outcomes, strict);
    }

    /**
     * As {@link #print(List, boolean)}, after {@code shared}: problems of no plan (a province's template older
     * than plandoc's), printed first and counted once.
     */
    boolean print(List<Problem> shared, List<Generator.PlanOutcome> outcomes, boolean strict) {
        long errors = shared.stream().filter(Problem::isError).count();
        long warnings = shared.size() - errors;
        shared.forEach(p -> console.err().println(console.messages().format(p)));
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
        console.out().println(console.text("cli.summary", outcomes.size(), errors, warnings));
        if (strict && errors == 0 && warnings > 0) {
            // The summary says "0 errors": say why the command fails all the same.
            console.err().println(console.text("cli.strict-failed", warnings));
        }
        return errors > 0 || strict && warnings > 0;
    }
}
