package plandoc;

import java.nio.file.Path;
import java.util.Optional;
import plandoc.build.PlanSource;
import plandoc.build.SiteRecord;
import plandoc.diagnostic.Problems;
import plandoc.load.SecrecyLine;
import plandoc.model.Plan;
import plandoc.model.Secrecy;
import plandoc.publish.Withholding;
import plandoc.resolved.ResolvedPlan;

/**
 * One plan's outcome of {@link Generator#resolve}: its problems, the plan as loaded (when it could be read), and the
 * resolved document when it could be computed without errors.
 */
public record PlanOutcome(Path folder, Problems problems, Optional<Plan> plan, Optional<ResolvedPlan> resolved,
                          Optional<SiteRecord> record) implements Withholding.Candidate<PlanSource> {
    public PlanOutcome(Path folder, Problems problems, Optional<Plan> plan, Optional<ResolvedPlan> resolved) {
        this(folder, problems, plan, resolved, Optional.empty());
    }

    /**
     * A plan known by its computed document alone: {@code serve}'s preview, which withholds nothing
     * ({@link Withholding#PREVIEW}) and so never asks its {@link #secrecy}.
     */
    public PlanOutcome(Path folder, Problems problems, Optional<ResolvedPlan> resolved) {
        this(folder, problems, Optional.empty(), resolved);
    }

    /**
     * A plan whose inputs are those the site was last built from: neither parsed nor checked, its
     * problems and site pages' data come from its record (issue 17).
     */
    public static PlanOutcome recorded(Path folder, SiteRecord record) {
        Problems problems = new Problems();
        record.problems().forEach(problems::add);
        return new PlanOutcome(folder, problems, Optional.empty(), Optional.empty(), Optional.of(record));
    }

    public String slug() {
        return folder.getFileName().toString();
    }

    /** The plan as published now: checked without errors, or known by its record; empty when it has errors. */
    @Override
    public Optional<PlanSource> current() {
        if (resolved.isPresent()) {
            return Optional.of(PlanSource.checked(folder, resolved.get(), problems.sorted()));
        }
        return record.map(r -> PlanSource.recorded(folder, r, PlanSource.Standing.CURRENT));
    }

    /** Whether this output leaves the plan out ({@link Withholding}): a draft in a plain build, a secret plan. */
    public boolean withheldBy(Withholding withholding) {
        return withholding.withholds(draft(), secret());
    }

    /** Whether the plan, as read now or as its record says, is an e-office draft. */
    public boolean draft() {
        return plan.map(p -> p.document().draft())
                .or(() -> resolved.map(r -> r.info().draft()))
                .or(() -> record.map(r -> r.info().draft()))
                .orElse(false);
    }

    /**
     * The secrecy level of the plan as read. Not known from a site record: a secret plan is never published, so no
     * record of one is taken as the plan's current version.
     */
    public Optional<Secrecy> secrecy() {
        return plan.flatMap(p -> p.document().secrecy());
    }

    /** Whether the plan has a secrecy level, or — its plan.yaml could not be read at all — a {@code secrecy:} line. */
    public boolean secret() {
        return secrecyAsWritten().isPresent();
    }

    /**
     * The secrecy level as written ("Tối mật"), for messages; for a plan.yaml that could not be read at all, the
     * value of its {@code secrecy:} line ({@link SecrecyLine}), which withholds it all the same.
     */
    public Optional<String> secrecyAsWritten() {
        if (plan.isPresent() || resolved.isPresent() || record.isPresent()) {
            return secrecy().map(Secrecy::label);
        }
        return SecrecyLine.in(folder);
    }
}
