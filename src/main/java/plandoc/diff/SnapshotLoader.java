package plandoc.diff;

import java.nio.file.Path;
import java.util.Optional;
import plandoc.Generator;
import plandoc.compute.PlanBudgets;
import plandoc.diagnostic.Problems;
import plandoc.model.Plan;

/**
 * Loads one version of a plan folder through the normal pipeline. {@link Generator} decides whether
 * the version can be compared at all (exactly as {@code plandoc check} would); the model and the
 * budget figures the comparison also needs are then read and computed by the same stages.
 */
final class SnapshotLoader {
    private final PlanBudgets budgets = new PlanBudgets();

    /** A loaded version, or the problems that keep it from being compared. */
    record Loaded(Problems problems, Optional<PlanSnapshot> snapshot) {
    }

    /** @param workingDirectory file positions in problems are shown relative to it */
    Loaded load(Path folder, Path workingDirectory) {
        Generator.PlanOutcome outcome = new Generator(workingDirectory).resolve(folder);
        if (outcome.resolved().isEmpty() || outcome.plan().isEmpty()) {
            return new Loaded(outcome.problems(), Optional.empty());
        }
        Plan plan = outcome.plan().get();
        // The plan just passed, so computing its budgets again reports nothing new.
        PlanSnapshot snapshot = new PlanSnapshot(plan, outcome.resolved().get(), budgets.compute(plan, new Problems()),
                outcome.resolved().get().labels());
        return new Loaded(outcome.problems(), Optional.of(snapshot));
    }
}
