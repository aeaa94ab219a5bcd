package plandoc.history;

/**
 * The commit a build was made from.
 *
 * @param commitId the full id of HEAD
 * @param dirty    the sources differ from that commit (uncommitted or untracked files), so the
 *                 output is not exactly what the commit holds
 */
public record SourceVersion(String commitId, boolean dirty) {
    public String shortId() {
        return commitId.substring(0, Math.min(7, commitId.length()));
    }

    /** The id with git's own "-dirty" suffix when the sources differ, for machine-readable metadata. */
    public String describe() {
        return dirty ? commitId + "-dirty" : commitId;
    }
}
