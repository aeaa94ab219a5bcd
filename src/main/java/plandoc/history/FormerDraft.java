package plandoc.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a plan now issued was an e-office draft just before (s30 tryout F9): its plan.yaml as committed last, or as
 * the commit before that left it (the switch itself committed), said {@code draft: true}. What the issue-date check
 * asks before it warns that a draft's planned date was kept as the signing date; a plan outside git, or never a
 * draft, is not one.
 */
public final class FormerDraft {
    private static final Pattern DRAFT_LINE = Pattern.compile("(?m)^\\s+draft:\\s*true\\s*(#.*)?$");

    /**
     * The answers given in this process, by plan file, with the HEAD they were read at. The answer reads committed
     * history only, which a HEAD fixes, so {@code serve} asks git once per plan and commit instead of on every
     * save: the path walk costs ~60 ms of CPU in a repository of ~2,000 commits, more than half a re-render.
     */
    private static final Map<Path, Answer> ANSWERS = new ConcurrentHashMap<>();

    private record Answer(String head, boolean wasDraft) {
    }

    private FormerDraft() {
    }

    public static boolean was(Path planFile) {
        Optional<GitHead.Head> head;
        try {
            head = GitHead.find(planFile.getParent());
        } catch (GitHead.Unknown e) {
            return read(planFile); // a layout only JGit knows: asked every time, as before
        }
        if (head.isEmpty()) {
            return false; // outside git, or nothing committed yet: JGit is not even loaded
        }
        Path key = planFile.toAbsolutePath().normalize();
        String at = head.get().gitDir() + " " + head.get().id();
        Answer known = ANSWERS.get(key);
        if (known != null && known.head().equals(at)) {
            return known.wasDraft();
        }
        boolean wasDraft = read(planFile);
        ANSWERS.put(key, new Answer(at, wasDraft));
        return wasDraft;
    }

    /**
     * As {@link #was(Path)}, answered from the plan folder's log a build's provenance read ({@code folderLog}, newest
     * first, at most {@code limit} commits, renames followed): every commit that changed the folder's plan.yaml changed
     * the folder, so when the log is whole its last two are in it and the history is not walked a second time (issue
     * 17: ~70 ms of CPU, all ~1,840 commits, for a folder no commit touched). A log cut at {@code limit} asks git.
     */
    public static boolean was(Path planFile, List<Commit> folderLog, int limit) {
        if (folderLog.isEmpty()) {
            return false; // no commit touched the folder, so none its plan.yaml
        }
        if (folderLog.size() >= limit && folderLog.stream().noneMatch(c -> c.renamedFrom().isPresent())) {
            return was(planFile);
        }
        return read(planFile, (git, path) -> {
            Optional<String> folder = git.relative(planFile.getParent());
            if (folder.isEmpty()) {
                return List.of();
            }
            List<String> names = Commit.folders(folder.get(), folderLog);
            List<String> lastTwo = new ArrayList<>();
            for (int i = 0; i < folderLog.size() && lastTwo.size() < 2 && names.get(i).equals(folder.get()); i++) {
                if (changes(git, folderLog.get(i).id(), path)) {
                    lastTwo.add(folderLog.get(i).id());
                }
            }
            return lastTwo;
        });
    }

    /** Whether {@code commitId} is in git's log of {@code path}: the file differs from each of its parents. */
    private static boolean changes(GitRepository git, String commitId, String path) throws IOException {
        Optional<String> file = git.objectId(commitId, path);
        List<String> parents = git.parents(commitId);
        if (parents.isEmpty()) {
            return file.isPresent();
        }
        for (String parent : parents) {
            if (git.objectId(parent, path).equals(file)) {
                return false;
            }
        }
        return true;
    }

    private static boolean read(Path planFile) {
        return read(planFile, (git, path) -> git.log(path, 2).stream().map(Commit::id).toList());
    }

    /** The commits, newest first, whose plan.yaml is read: the last two that changed it. */
    private interface LastTwo {
        List<String> of(GitRepository git, String path) throws IOException;
    }

    private static boolean read(Path planFile, LastTwo lastTwo) {
        try {
            Optional<GitRepository> found = GitRepository.containing(planFile.getParent());
            if (found.isEmpty()) {
                return false;
            }
            try (GitRepository git = found.get()) {
                Optional<String> path = git.relative(planFile);
                if (path.isEmpty()) {
                    return false;
                }
                for (String id : lastTwo.of(git, path.get())) {
                    if (git.text(id, path.get()).filter(t -> DRAFT_LINE.matcher(t).find()).isPresent()) {
                        return true;
                    }
                }
                return false;
            }
        } catch (IOException | RuntimeException e) {
            // A repository JGit cannot read costs the warning, never the check.
            return false;
        }
    }
}
