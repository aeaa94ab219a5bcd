package plandoc.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import plandoc.PlanOutcome;
import plandoc.diagnostic.Problem;

/** Prints every plan's problems, sorted, and decides the exit code. */
final class ProblemReport {
    private final Console console;

    ProblemReport(Console console) {
        this.console = console;
    }

    /** {@code check}, which reports every plan it reads: the problems, then the summary. */
    boolean print(List<PlanOutcome> outcomes, boolean strict) {
        return print(List.of(), outcomes, strict);
    }

    /** As above, after {@code shared}: problems of no plan (a province's template older than plandoc's). */
    boolean print(List<Problem> shared, List<PlanOutcome> outcomes, boolean strict) {
        return summary(problems(shared, outcomes, outcome -> false, Path.of("content")), 0, strict);
    }

    /**
     * What the check found, counted as printed.
     *
     * @param warnings       the warnings listed
     * @param unlisted       the warnings of plans the build leaves out, counted but not listed
     * @param unlistedPlans  how many plans those are in
     * @param seeThem        the folder {@code check} is to be run on to list them
     */
    record Counts(int plans, long errors, long warnings, long unlisted, int unlistedPlans, Path seeThem) {
        /** {@code --strict} holds only the plans printed. */
        boolean fail(boolean strict) {
            return errors > 0 || strict && warnings > 0;
        }
    }

    /**
     * Prints the problems and counts them. A problem of a file every plan reads (content/province.yaml,
     * content/agencies.yaml) is every plan's: printed and counted once, where the first plan met it. Problems of
     * no plan ({@code shared}) come first.
     *
     * <p>A build prints only some plans (the drafts on {@code --draft}, the issued ones otherwise): the
     * warnings of a plan it leaves out ({@code withheld}) are counted in one line that says how to see
     * them, not listed — the officer printing a draft is not working on the issued plans. Errors are
     * listed whatever plan they are in: they fail the build.
     */
    Counts problems(List<Problem> shared, List<PlanOutcome> outcomes,
                    Predicate<PlanOutcome> withheld, Path content) {
        long errors = shared.stream().filter(Problem::isError).count();
        long warnings = shared.size() - errors;
        shared.forEach(p -> console.err().println(console.messages().format(p)));
        Set<Problem> printed = new HashSet<>();
        Map<Problem, Path> unlisted = new HashMap<>(); // each warning not listed, and the plan it is in
        for (PlanOutcome outcome : outcomes) {
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
        Set<Path> unlistedPlans = new TreeSet<>(unlisted.values());
        Path seeThem = unlistedPlans.size() == 1 ? unlistedPlans.iterator().next() : content;
        return new Counts(outcomes.size(), errors, warnings, unlisted.size(), unlistedPlans.size(), seeThem);
    }

    /**
     * Prints {@code more}, problems of no plan found after the others were printed (the build's fonts, known once it
     * knows what it published), and counts them with {@code counts}: what is counted is what was printed.
     */
    Counts also(Counts counts, List<Problem> more) {
        more.forEach(p -> console.err().println(console.messages().format(p)));
        long errors = more.stream().filter(Problem::isError).count();
        return new Counts(counts.plans(), counts.errors() + errors, counts.warnings() + more.size() - errors,
                counts.unlisted(), counts.unlistedPlans(), counts.seeThem());
    }

    /**
     * The summary line; returns whether the command fails.
     *
     * @param renderErrors what rendering found wrong besides (a build's template errors): errors of the same count
     */
    boolean summary(Counts counts, long renderErrors, boolean strict) {
        long errors = counts.errors() + renderErrors;
        console.out().println(console.text("cli.summary", counts.plans(), errors, counts.warnings() + counts.unlisted()));
        if (counts.unlisted() > 0) {
            console.out().println(console.text("cli.warnings-not-listed", counts.unlisted(), counts.unlistedPlans(),
                    Launcher.command() + " check " + counts.seeThem()));
        }
        if (strict && errors == 0 && counts.warnings() > 0) {
            // The summary says "0 errors": say why the command fails all the same.
            console.err().println(console.text("cli.strict-failed", counts.warnings()));
        }
        return errors > 0 || strict && counts.warnings() > 0;
    }
}
