package plandoc.diff;

import java.util.Optional;
import plandoc.history.Commit;

/**
 * One side of a comparison: a commit, or the working tree (the files as they are on disk).
 *
 * @param spec   the revision as the user named it ("HEAD", "v1", "a1b2c3d"); "" for the working tree
 * @param commit the commit it names, absent for the working tree
 */
public record Revision(String spec, Optional<Commit> commit) {
    public static final Revision WORKING_TREE = new Revision("", Optional.empty());

    public static Revision of(String spec, Commit commit) {
        return new Revision(spec, Optional.of(commit));
    }

    public boolean isWorkingTree() {
        return commit.isEmpty();
    }
}
