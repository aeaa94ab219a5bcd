package plandoc.diff;

import java.nio.file.Path;
import java.util.Optional;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.compute.PlanBudgets;
import plandoc.diagnostic.Problems;
import plandoc.compute.PlanResolver;
import plandoc.model.DocumentHeader;
import plandoc.model.Plan;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.IdIndex;
import plandoc.validate.PlanValidator;

/**
 * Loads one version of a plan folder through the normal pipeline. {@link Generator} decides whether
 * the version can be compared at all (exactly as {@code plandoc check} would); the model and the
 * budget figures the comparison also needs are then read and computed by the same stages.
 */
final class SnapshotLoader {
    private final java.util.function.BiFunction<Plan, Problems, java.util.Map<String, plandoc.compute.BudgetFigures>> budgets;

    SnapshotLoader() {
        this(new PlanBudgets()::compute);
    }

    /** @param budgets how a version's budget figures are computed (tests give one that fails, as a defect would) */
    SnapshotLoader(java.util.function.BiFunction<Plan, Problems, java.util.Map<String, plandoc.compute.BudgetFigures>> budgets) {
        this.budgets = budgets;
    }

    /** A loaded version, or the problems that keep it from being compared. */
    record Loaded(Problems problems, Optional<PlanSnapshot> snapshot) {
    }

    /** @param workingDirectory file positions in problems are shown relative to it */
    Loaded load(Path folder, Path workingDirectory) {
        PlanOutcome outcome = new Generator(workingDirectory).resolve(folder);
        if (outcome.plan().isEmpty()) {
            return new Loaded(outcome.problems(), Optional.empty());
        }
        Plan plan = outcome.plan().get();
        // A version missing a number, symbol, issuer … (each reported) has no header and resolves to nothing: compared,
        // it would read as an edit ("424/QĐ-UBND" → "424/") and title the comparison "Quyết định số /QĐ-UBND".
        Optional<DocumentHeader> header = plan.document().header();
        Optional<ResolvedPlan> resolved = outcome.resolved().or(() -> resolvedDespiteErrors(plan));
        if (header.isEmpty() || resolved.isEmpty()) {
            return new Loaded(outcome.problems(), Optional.empty());
        }
        try {
            // Its problems were reported by the pipeline above; computing the budgets again reports nothing new.
            PlanSnapshot snapshot = new PlanSnapshot(plan, header.get(), resolved.get(), budgets.apply(plan, new Problems()),
                    resolved.get().labels());
            return new Loaded(outcome.problems(), Optional.of(snapshot));
        } catch (RuntimeException e) {
            if (outcome.resolved().isPresent()) {
                // The pipeline found no error, so a failure here is plandoc's own defect: the CLI reports it (exit 3),
                // not "see the errors above" with none above.
                throw e;
            }
            return new Loaded(outcome.problems(), Optional.empty());
        }
    }

    /**
     * A plan with errors (a printed total that no longer agrees, an unknown reference) is still compared
     * from what can be computed: that is exactly when an adjustment needs its comparison table. Only a
     * plan the stages cannot get through is not.
     */
    private static Optional<ResolvedPlan> resolvedDespiteErrors(Plan plan) {
        try {
            Problems again = new Problems();
            IdIndex index = new PlanValidator().validate(plan, again);
            return new PlanResolver().resolve(plan, index, again);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
