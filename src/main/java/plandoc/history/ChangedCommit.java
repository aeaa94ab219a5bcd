package plandoc.history;

import java.util.Set;

/**
 * A commit with the files it changed against its only parent (relative to the working tree, "/"
 * separated): enough to tell which plan folders' logs it joins.
 */
record ChangedCommit(Commit commit, Set<String> paths) {
    ChangedCommit {
        paths = Set.copyOf(paths);
    }

    /** Whether git log of {@code folder} lists it: a file at or under the folder changed. */
    boolean touches(String folder) {
        if (folder.isEmpty()) {
            return true;
        }
        String prefix = folder + "/";
        return paths.stream().anyMatch(p -> p.equals(folder) || p.startsWith(prefix));
    }
}
