package plandoc.history;

import java.io.IOException;
import java.util.ArrayList;
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

    /**
     * One commit of one plan's history to summarise, as {@link #summarize} takes it.
     *
     * @param planPath   the plan's folder in the commit
     * @param formerPath the plan's folder in the parents: {@code planPath}, or the folder the commit renamed it
     *                   from ({@link Commit#renamedFrom})
     */
    record Request(String planPath, List<String> parents, String commitId, String formerPath) {
        public Request {
            parents = List.copyOf(parents);
        }

        /** A commit that left the plan's folder where it was. */
        public Request(String planPath, List<String> parents, String commitId) {
            this(planPath, parents, commitId, planPath);
        }

        /** Whether the commit renamed the plan's folder. */
        public boolean renames() {
            return !formerPath.equals(planPath);
        }
    }

    /**
     * Each request's summary, in the order asked: every history of a build at once, so that an implementation
     * can share versions between them and compare on more than one thread. One after the other by default.
     */
    default List<ContentChange> summarizeAll(GitRepository git, List<Request> requests) throws IOException {
        List<ContentChange> out = new ArrayList<>();
        for (Request r : requests) {
            out.add(summarize(git, r.planPath(), r.parents(), r.commitId()));
        }
        return out;
    }
}
