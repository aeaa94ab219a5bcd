package plandoc.build;

import java.nio.file.Path;
import plandoc.resolved.ResolvedPlan;

/** A checked plan and the folder it was read from: the folder's files are its inputs. */
public record PlanSource(Path folder, ResolvedPlan plan) {
    public String slug() {
        return plan.info().slug();
    }
}
