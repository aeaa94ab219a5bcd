package plandoc.diff;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.Problem;

/**
 * One side of a comparison as loaded: its problems (positions name the revision, e.g.
 * {@code content/x/plan.yaml@HEAD:12:5}) and the snapshot, absent when errors prevent comparing it.
 */
public record Version(Revision revision, List<Problem> problems, Optional<PlanSnapshot> snapshot) {
    public Version {
        problems = List.copyOf(problems);
    }

    public boolean comparable() {
        return snapshot.isPresent();
    }
}
