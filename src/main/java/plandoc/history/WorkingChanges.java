package plandoc.history;

import java.util.Set;
import java.util.TreeSet;

/**
 * HEAD and the files of the working tree that differ from it (modified, added, removed, untracked),
 * from one status of the sources: the site is "dirty" when any differ, a plan only when its own
 * folder's files do (issue 17: a plan's page names its own version, not the site's).
 *
 * @param headId the full id of HEAD
 * @param paths  the differing files, relative to the working tree with "/" separators
 */
record WorkingChanges(String headId, Set<String> paths) {
    WorkingChanges {
        paths = Set.copyOf(new TreeSet<>(paths));
    }

    boolean any() {
        return !paths.isEmpty();
    }

    /** Whether a file under {@code folder} (relative to the working tree; "" is all of it) differs. */
    boolean under(String folder) {
        if (folder.isEmpty()) {
            return any();
        }
        String prefix = folder + "/";
        return paths.stream().anyMatch(p -> p.equals(folder) || p.startsWith(prefix));
    }
}
