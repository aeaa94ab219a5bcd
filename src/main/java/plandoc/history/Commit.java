package plandoc.history;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A commit as a plan's history lists it.
 *
 * @param id          the full commit id (40 hex digits)
 * @param author      the author's name
 * @param when        when it was authored, in the author's own time zone (what the author saw)
 * @param message     the first line of the commit message
 * @param renamedFrom the plan's folder (relative to the working tree) before this commit renamed it; the commits
 *                    listed after it in the history are of the plan under that name
 */
public record Commit(String id, String author, ZonedDateTime when, String message, Optional<String> renamedFrom) {
    public Commit(String id, String author, ZonedDateTime when, String message) {
        this(id, author, when, message, Optional.empty());
    }

    /** The abbreviation people quote: 7 hex digits, as git prints it. */
    public String shortId() {
        return id.substring(0, Math.min(7, id.length()));
    }

    /**
     * The folder the plan had at each commit of {@code log} (newest first) of the plan now in {@code folder}: the
     * name it has until a commit that renamed it, the earlier name from the commit before that one on.
     */
    static List<String> folders(String folder, List<Commit> log) {
        List<String> folders = new java.util.ArrayList<>(log.size());
        String name = folder;
        for (Commit commit : log) {
            folders.add(name);
            name = commit.renamedFrom().orElse(name);
        }
        return folders;
    }
}
