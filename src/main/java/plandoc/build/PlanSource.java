package plandoc.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Problem;
import plandoc.resolved.ResolvedPlan;

/**
 * A plan to publish and the folder it was read from: the folder's files are its inputs. Either the
 * plan as resolved now, or — when its input key is the one the site was built from — only its
 * {@link SiteRecord}: such a plan was neither parsed nor checked, and is not rendered again.
 *
 * @param resolved the plan as checked and computed now; empty when it was taken from its record
 * @param record   its site record, when it was read instead of the plan
 * @param problems what {@code check} reported about it (kept in its record)
 * @param standing whether it is the plan as now written, or its last published version kept because
 *                 the current one has errors (then {@code folder} holds those published sources)
 */
public record PlanSource(Path folder, String slug, Optional<ResolvedPlan> resolved, Optional<SiteRecord> record,
                         List<Problem> problems, Standing standing) {
    public PlanSource {
        problems = List.copyOf(problems);
    }

    public PlanSource(Path folder, ResolvedPlan plan) {
        this(folder, plan, Standing.CURRENT);
    }

    public PlanSource(Path folder, ResolvedPlan plan, Standing standing) {
        this(folder, plan.info().slug(), Optional.of(plan), Optional.empty(), List.of(), standing);
    }

    /** A plan checked now, with what the check reported. */
    public static PlanSource checked(Path folder, ResolvedPlan plan, List<Problem> problems) {
        return new PlanSource(folder, plan.info().slug(), Optional.of(plan), Optional.empty(), problems,
                Standing.CURRENT);
    }

    /** A plan whose inputs did not change, read from its record. */
    public static PlanSource recorded(Path folder, SiteRecord record, Standing standing) {
        return new PlanSource(folder, record.slug(), Optional.empty(), Optional.of(record), record.problems(), standing);
    }

    /** Whether this version is an e-office draft (as resolved, or as its record says). */
    public boolean draft() {
        return resolved.map(r -> r.info().draft()).or(() -> record.map(r -> r.info().draft())).orElse(false);
    }

    /** Which version of a plan the site is to show. */
    public enum Standing {
        /** Checked without errors now: rendered when its inputs changed. */
        CURRENT,
        /** The current sources have errors: the published version stays, files and listing alike. */
        LAST_GOOD
    }
}
