package plandoc.history;

import java.io.IOException;
import java.util.List;

/**
 * Says what one commit changed in a plan's document (package {@code plandoc.diff} compares the two
 * versions); {@link ProvenanceReader} asks it for each commit of a plan's history that
 * {@link HistoryCache} does not already hold a summary of.
 */
public interface ChangeSummarizer {
    /**
     * The code that makes the summaries (plandoc's own version): a summary kept by another is made again,
     * since the comparison or its wording may have changed.
     */
    String version();

    /**
     * What {@code commitId} changed in the plan at {@code planPath} against its parents.
     *
     * @param planPath the plan folder relative to the working tree ("content/ha-tinh-4086-2012")
     * @param parents  the commit's parents, first parent first; none for a root commit
     */
    ContentChange summarize(GitRepository git, String planPath, List<String> parents, String commitId)
            throws IOException;
}
