package plandoc.history;

import java.util.HashSet;
import java.util.Set;

/**
 * HEAD and the files of the working tree that differ from it (modified, added, removed, untracked),
 * from one status of the sources: the site is "dirty" when any differ, a plan only when its own
 * folder's files do (issue 17: a plan's page names its own version, not the site's).
 */
final class WorkingChanges {
    private final String headId;
    private final Set<String> paths;
    /** Every folder holding a differing file, at any depth: a plan's question is one look-up, not a scan. */
    private final Set<String> folders = new HashSet<>();

    /**
     * @param headId the full id of HEAD
     * @param paths  the differing files, relative to the working tree with "/" separators
     */
    WorkingChanges(String headId, Set<String> paths) {
        this.headId = headId;
        this.paths = Set.copyOf(paths);
        for (String path : this.paths) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
    }

    String headId() {
        return headId;
    }

    /** The differing files. */
    Set<String> paths() {
        return paths;
    }

    boolean any() {
        return !paths.isEmpty();
    }

    /** Whether a differing file lies outside all of {@code folders} (relative to the working tree). */
    boolean outside(java.util.Collection<String> folders) {
        for (String path : paths) {
            boolean inside = false;
            for (String folder : folders) {
                if (folder.isEmpty() || path.equals(folder) || path.startsWith(folder + "/")) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return true;
            }
        }
        return false;
    }

    /** Whether a file under {@code folder} (relative to the working tree; "" is all of it) differs. */
    boolean under(String folder) {
        return folder.isEmpty() ? any() : paths.contains(folder) || folders.contains(folder);
    }
}
