package plandoc.history;

import java.util.Set;

/**
 * A commit with the files it changed against its only parent (relative to the working tree, "/"
 * separated): enough to tell which plan folders' logs it joins.
 *
 * @param added the files among {@code paths} its parent did not have
 */
record ChangedCommit(Commit commit, Set<String> paths, Set<String> added) {
    ChangedCommit {
        paths = Set.copyOf(paths);
        added = Set.copyOf(added);
    }

    /** Whether git log of {@code folder} lists it: a file at or under the folder changed. */
    boolean touches(String folder) {
        if (folder.isEmpty()) {
            return true;
        }
        String prefix = folder + "/";
        return paths.stream().anyMatch(p -> p.equals(folder) || p.startsWith(prefix));
    }

    /**
     * Whether it made the plan folder {@code folder} (added its plan.yaml): the plan there from this commit on is not
     * the one before, and may be one renamed from elsewhere ({@link GitRepository#planLog}).
     */
    boolean makes(String folder) {
        return !folder.isEmpty() && added.contains(folder + "/" + GitRepository.PLAN_FILE);
    }
}
