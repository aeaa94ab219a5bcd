package plandoc.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a build's {@link Provenance} from the git repository holding the content. Outside a
 * repository, or when git cannot be read, the build simply has no provenance: publishing never
 * depends on it.
 */
public final class ProvenanceReader {
    /** Enough history for a reader; the full log stays in git. */
    public static final int HISTORY_LIMIT = 20;
    /** New commits since the cached HEAD brought in one by one; more, and the logs are read again. */
    static final int LINE_LIMIT = 200;

    /**
     * The commit HEAD names in the repository holding {@code dir}, without reading any status or
     * history: a build's provenance is the same as long as HEAD and the source files are (issue 17).
     * Empty outside a repository, before the first commit, or when git cannot be read.
     */
    public Optional<String> head(Path dir) {
        if (!GitMarker.above(dir)) {
            return Optional.empty();
        }
        if (System.getenv("GIT_DIR") == null) {
            try {
                return GitHead.read(dir);
            } catch (GitHead.Unknown e) {
                // JGit knows more layouts
            }
        }
        try {
            Optional<GitRepository> found = GitRepository.containing(dir);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            try (GitRepository git = found.get()) {
                return git.resolve("HEAD").map(id -> git.workTree() + " jgit " + id);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("unreadable " + System.nanoTime()); // never matches: the build runs in full
        }
    }

    /**
     * The provenance the plans in {@code folders} are expected to print, known without reading git's
     * status: HEAD is the commit {@code known} holds their logs and, as {@code summarizerVersion} made
     * them, what each commit changed; each plan's files are taken to differ from its last commit, as
     * they changed since the last build. A guess that lets a changed plan's page start before git has
     * been read (issue 17); whoever uses it compares it with {@link #read}'s answer
     * ({@link Provenance#printsAlike}). Empty when the cache cannot say for every folder.
     */
    public Optional<Provenance> expected(List<Path> folders, HistoryCache known, String summarizerVersion) {
        if (folders.isEmpty() || known.head().isEmpty() || System.getenv("GIT_DIR") != null) {
            return Optional.empty();
        }
        try {
            Optional<GitHead.Head> found = GitHead.find(folders.get(0));
            if (found.isEmpty() || !found.get().id().equals(known.head())) {
                return Optional.empty();
            }
            Path workTree = found.get().workTree().toRealPath();
            String head = found.get().id();
            Map<String, List<Commit>> histories = new LinkedHashMap<>();
            Map<String, SourceVersion> plans = new LinkedHashMap<>();
            Map<String, Map<String, ContentChange>> documentChanges = new LinkedHashMap<>();
            for (Path folder : folders) {
                Path real = folder.toRealPath();
                if (!real.startsWith(workTree)) {
                    return Optional.empty();
                }
                String path = workTree.relativize(real).toString().replace('\\', '/');
                Optional<List<Commit>> log = known.get(head, path);
                if (log.isEmpty()) {
                    return Optional.empty();
                }
                Map<String, ContentChange> byCommit = new LinkedHashMap<>();
                List<String> names = Commit.folders(path, log.get());
                for (int i = 0; i < log.get().size(); i++) {
                    String id = log.get().get(i).id();
                    Optional<ContentChange> change = known.summary(summarizerVersion, names.get(i), id);
                    if (change.isEmpty()) {
                        return Optional.empty();
                    }
                    byCommit.put(id, change.get());
                }
                String slug = folder.getFileName().toString();
                histories.put(slug, log.get());
                plans.put(slug, planVersion(head, log.get(), true));
                documentChanges.put(slug, byCommit);
            }
            return Optional.of(new Provenance(Optional.of(new SourceVersion(head, true)), histories, plans,
                    documentChanges));
        } catch (GitHead.Unknown | IOException e) {
            return Optional.empty(); // git's own answer is waited for
        }
    }

    /**
     * @param sources     folders whose uncommitted changes make the build "dirty" (content, templates)
     * @param planFolders the plan folders published; each gets its history under its folder name
     */
    public Provenance read(List<Path> sources, List<Path> planFolders) {
        return read(sources, planFolders, HistoryCache.empty());
    }

    /** As above, each plan folder's history taken from {@code known} when it holds HEAD's (and put there when not). */
    public Provenance read(List<Path> sources, List<Path> planFolders, HistoryCache known) {
        return read(sources, planFolders, known, Optional.empty());
    }

    /**
     * As above, each commit of each history with what it changed in the plan's document, made by
     * {@code summarizer} unless {@code known} holds it (and put there when not).
     */
    public Provenance read(List<Path> sources, List<Path> planFolders, HistoryCache cache,
                           Optional<ChangeSummarizer> summarizer) {
        if (sources.isEmpty()) {
            return Provenance.NONE;
        }
        if (!GitMarker.above(sources.get(0))) {
            return Provenance.NONE;
        }
        try {
            Optional<GitRepository> found = GitRepository.containing(sources.get(0));
            if (found.isEmpty()) {
                return Provenance.NONE;
            }
            try (GitRepository git = found.get()) {
                // A shallow clone's logs end at its graft, whose commit reads as the plan's creation: kept, they
                // would stand for the repository's at that HEAD in every later build (s26 re-read H1).
                HistoryCache known = git.isShallow() ? HistoryCache.empty() : cache;
                List<String> paths = new ArrayList<>();
                for (Path source : sources) {
                    git.relative(source).ifPresent(paths::add);
                }
                Optional<WorkingChanges> changes = git.changes(paths.contains("") ? List.of() : paths);
                if (changes.isEmpty()) {
                    return Provenance.NONE;
                }
                String head = changes.get().headId();
                if (!known.head().isEmpty() && !known.head().equals(head)) {
                    git.lineSince(known.head(), head, LINE_LIMIT)
                            .ifPresent(line -> known.advance(head, line, HISTORY_LIMIT));
                }
                Map<String, List<Commit>> histories = new LinkedHashMap<>();
                Map<String, SourceVersion> plans = new LinkedHashMap<>();
                Map<String, Map<String, ContentChange>> documentChanges = new LinkedHashMap<>();
                List<String> planPaths = new ArrayList<>();
                Map<String, List<Commit>> logs = new LinkedHashMap<>();
                for (Path folder : planFolders) {
                    Optional<String> path = git.relative(folder);
                    if (path.isPresent()) {
                        planPaths.add(path.get());
                        Optional<List<Commit>> cached = known.get(head, path.get());
                        List<Commit> log = cached.isPresent() ? cached.get() : git.planLog(path.get(), HISTORY_LIMIT);
                        if (cached.isEmpty()) {
                            known.put(head, path.get(), log);
                        }
                        String slug = folder.getFileName().toString();
                        histories.put(slug, log);
                        plans.put(slug, planVersion(head, log, changes.get().under(path.get())));
                        logs.put(slug, log);
                    }
                }
                if (summarizer.isPresent()) {
                    documentChanges = summaries(git, logs, planPaths, known, summarizer.get());
                }
                Optional<SourceVersion> version = Optional.of(new SourceVersion(head, changes.get().any()));
                return new Provenance(version, histories, plans, documentChanges,
                        changes.get().outside(planPaths));
            }
        } catch (IOException | org.eclipse.jgit.api.errors.JGitInternalException
                 | org.eclipse.jgit.errors.RevisionSyntaxException e) {
            // Provenance decorates the pages; a repository JGit cannot read must not stop publishing.
            // Anything else is a fault of plandoc and surfaces as one.
            return Provenance.NONE;
        }
    }

    /**
     * What each commit of each plan's log changed in its document, by slug and commit: from {@code known},
     * else compared now, all plans' commits in one batch (the summarizer may share and spread the work), and kept.
     *
     * @param logs  slug → the plan's log, in the order of {@code paths}
     * @param paths each plan's folder relative to the working tree
     */
    private static Map<String, Map<String, ContentChange>> summaries(GitRepository git, Map<String, List<Commit>> logs,
                                                                     List<String> paths, HistoryCache known,
                                                                     ChangeSummarizer summarizer) throws IOException {
        List<ChangeSummarizer.Request> missing = new ArrayList<>();
        int plan = 0;
        for (List<Commit> log : logs.values()) {
            List<String> folders = Commit.folders(paths.get(plan++), log);
            for (int i = 0; i < log.size(); i++) {
                Commit commit = log.get(i);
                String folder = folders.get(i);
                if (known.summary(summarizer.version(), folder, commit.id()).isEmpty()) {
                    missing.add(new ChangeSummarizer.Request(folder, git.parents(commit.id()), commit.id(),
                            commit.renamedFrom().orElse(folder)));
                }
            }
        }
        List<ContentChange> made = missing.isEmpty() ? List.of() : summarizer.summarizeAll(git, missing);
        for (int i = 0; i < missing.size(); i++) {
            known.putSummary(summarizer.version(), missing.get(i).planPath(), missing.get(i).commitId(), made.get(i));
        }
        Map<String, Map<String, ContentChange>> bySlug = new LinkedHashMap<>();
        plan = 0;
        for (Map.Entry<String, List<Commit>> entry : logs.entrySet()) {
            List<String> folders = Commit.folders(paths.get(plan++), entry.getValue());
            Map<String, ContentChange> byCommit = new LinkedHashMap<>();
            for (int i = 0; i < folders.size(); i++) {
                String id = entry.getValue().get(i).id();
                byCommit.put(id, known.summary(summarizer.version(), folders.get(i), id).orElseThrow());
            }
            bySlug.put(entry.getKey(), byCommit);
        }
        return bySlug;
    }

    /**
     * A plan's own version: the last commit that touched its folder, marked dirty only when its own
     * files differ from it. A folder no commit touched yet is HEAD plus uncommitted files.
     */
    static SourceVersion planVersion(String head, List<Commit> log, boolean dirty) {
        return log.isEmpty() ? new SourceVersion(head, true) : new SourceVersion(log.get(0).id(), dirty);
    }
}
