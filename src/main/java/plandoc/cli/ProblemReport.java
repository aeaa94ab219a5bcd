package plandoc.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import plandoc.Generator;
import plandoc.diagnostic.Problem;

/** Prints every plan's problems, sorted, and decides the exit code. */
final class ProblemReport {
    private final Console console;

    ProblemReport(Console console) {
        this.console = console;
    }

    /** As {@link #print(List, List, boolean, Predicate, Path)} for {@code check}, which reports every plan it reads. */
    boolean print(List<Generator.PlanOutcome> outcomes, boolean strict) {
        return print(List.of(), outcomes, strict);
    }

    /** As above, after {@code shared}: problems of no plan (a province's template older than plandoc's). */
    boolean print(List<Problem> shared, List<Generator.PlanOutcome> outcomes, boolean strict) {
        return print(shared, outcomes, strict, outcome -> false, Path.of("content"));
    }

    /**
     * Prints problems; returns whether the outcomes fail ({@code strict}: warnings fail too). A problem of
     * a file every plan reads (content/province.yaml, content/agencies.yaml) is every plan's: printed and
     * counted once, where the first plan met it.
     *
     * <p>A build prints only some plans (the drafts on {@code --draft}, the issued ones otherwise): the
     * warnings of a plan it leaves out ({@code withheld}) are counted in one line that says how to see
     * them, not listed — the officer printing a draft is not working on the issued plans, and {@code
     * --strict} holds only the plans printed. Errors are listed whatever plan they are in: they fail the
     * build. Problems of no plan ({@code shared}: a province's template older than plandoc's) are printed
     * first and counted once.
     */
    boolean print(List<Problem> shared, List<Generator.PlanOutcome> outcomes, boolean strict,
                  Predicate<Generator.PlanOutcome> withheld, Path content) {
        long errors = shared.stream().filter(Problem::isError).count();
        long warnings = shared.size() - errors;
        shared.forEach(p -> console.err().println(console.messages().format(p)));
        Set<Problem> printed = new HashSet<>();
        Map<Problem, Path> unlisted = new HashMap<>(); // each warning not listed, and the plan it is in
        for (Generator.PlanOutcome outcome : outcomes) {
            boolean left = withheld.test(outcome);
            for (Problem p : outcome.problems().sorted()) {
                if (left && !p.isError()) {
                    unlisted.putIfAbsent(p, outcome.folder());
                    continue;
                }
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
        // A shared file's warning met first in a plan left out, then in a printed one, was listed after all.
        unlisted.keySet().removeAll(printed);
        console.out().println(console.text("cli.summary", outcomes.size(), errors, warnings + unlisted.size()));
        if (!unlisted.isEmpty()) {
            Set<Path> unlistedPlans = new TreeSet<>(unlisted.values());
            Path check = unlistedPlans.size() == 1 ? unlistedPlans.iterator().next() : content;
            console.out().println(console.text("cli.warnings-not-listed", unlisted.size(), unlistedPlans.size(),
                    Launcher.command() + " check " + check));
        }
        if (strict && errors == 0 && warnings > 0) {
            // The summary says "0 errors": say why the command fails all the same.
            console.err().println(console.text("cli.strict-failed", warnings));
        }
        return errors > 0 || strict && warnings > 0;
    }
}
