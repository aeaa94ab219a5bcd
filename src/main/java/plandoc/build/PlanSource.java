package plandoc.build;

import java.nio.file.Path;
import plandoc.resolved.ResolvedPlan;

/**
 * A plan to publish and the folder it was read from: the folder's files are its inputs.
 *
 * @param standing whether it is the plan as now written, or its last published version kept because
 *                 the current one has errors (then {@code folder} holds those published sources)
 */
public record PlanSource(Path folder, ResolvedPlan plan, Standing standing) {
    public PlanSource(Path folder, ResolvedPlan plan) {
        this(folder, plan, Standing.CURRENT);
    }

    /** Which version of a plan the site is to show. */
    public enum Standing {
        /** Checked without errors now: rendered when its inputs changed. */
        CURRENT,
        /** The current sources have errors: the published version stays, files and listing alike. */
        LAST_GOOD
    }

    public String slug() {
        return plan.info().slug();
    }
}
