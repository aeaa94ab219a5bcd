package plandoc.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.LogCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.errors.UnmergedPathException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.IndexDiff;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The git repository holding the content, read through JGit (a git binary may be missing on an
 * officer's machine). Read-only: nothing here changes the repository or its working tree.
 */
public final class GitRepository implements AutoCloseable {
    private final Repository repository;
    private final Path workTree;

    private GitRepository(Repository repository) throws IOException {
        this.repository = repository;
        this.workTree = repository.getWorkTree().toPath().toRealPath();
    }

    /** The repository whose working tree contains {@code dir}; empty outside one (or in a bare repository). */
    public static Optional<GitRepository> containing(Path dir) throws IOException {
        CleanupWithoutHook.install(); // before JGit's first file snapshot
        WithoutSystemConfig.install();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(existing(dir).toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return Optional.empty();
        }
        return Optional.of(new GitRepository(repository));
    }

    public Path workTree() {
        return workTree;
    }

    /** {@code path} relative to the working tree, with "/" separators; empty when it lies outside. */
    public Optional<String> relative(Path path) throws IOException {
        Path absolute = real(path);
        if (!absolute.startsWith(workTree)) {
            return Optional.empty();
        }
        return Optional.of(workTree.relativize(absolute).toString().replace('\\', '/'));
    }

    /** The commit a revision names ("HEAD", "HEAD~2", a tag, an abbreviated id); empty when there is none. */
    public Optional<String> resolve(String revision) throws IOException {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
                 | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            // A misspelt, ambiguous or non-commit revision is the user's mistake, reported as unknown.
            return Optional.empty();
        }
    }

    public Commit commit(String commitId) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return commit(walk.parseCommit(ObjectId.fromString(commitId)));
        }
    }

    /**
     * The id of the tree or file at {@code path} (relative to the working tree) in {@code commitId}:
     * equal ids, equal content. Empty when the commit has nothing there.
     */
    public Optional<String> objectId(String commitId, String path) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commitId));
            if (path.isEmpty()) {
                return Optional.of(c.getTree().getName());
            }
            try (TreeWalk tree = TreeWalk.forPath(repository, path, c.getTree())) {
                return tree == null ? Optional.empty() : Optional.of(tree.getObjectId(0).getName());
            }
        }
    }

    /** The text of the file at {@code path} (relative to the working tree) in {@code commitId}, UTF-8; empty without one. */
    public Optional<String> text(String commitId, String path) throws IOException {
        Optional<String> id = objectId(commitId, path);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = repository.open(ObjectId.fromString(id.get()), Constants.OBJ_BLOB).getBytes();
        return Optional.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The folder a plan folder had in {@code commitId} when it was renamed since (s23 tryout M2: {@code git mv} of a
     * plan folder): the plan.yaml git's rename detection pairs with {@code folder}'s, the commit's tree against the
     * working tree as it is (a rename not committed yet counts). Only plan.yaml files beside {@code folder} are read;
     * empty when git pairs none (the folder is new, or its plan.yaml changed past git's similarity threshold).
     */
    public Optional<String> formerFolder(String commitId, String folder) throws IOException {
        int slash = folder.lastIndexOf('/');
        String parent = slash < 0 ? "" : folder.substring(0, slash);
        String plan = folder + "/" + PLAN_FILE;
        TreeFilter plans = org.eclipse.jgit.treewalk.filter.PathSuffixFilter.create("/" + PLAN_FILE);
        try (RevWalk walk = new RevWalk(repository); org.eclipse.jgit.lib.ObjectReader reader = repository.newObjectReader();
             TreeWalk tree = new TreeWalk(repository, reader)) {
            FileTreeIterator working = new FileTreeIterator(repository);
            tree.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            tree.addTree(working);
            tree.setRecursive(true);
            tree.setFilter(org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(List.of(TreeFilter.ANY_DIFF, plans,
                    parent.isEmpty() ? TreeFilter.ALL : PathFilter.create(parent))));
            org.eclipse.jgit.diff.RenameDetector renames = new org.eclipse.jgit.diff.RenameDetector(repository);
            renames.addAll(org.eclipse.jgit.diff.DiffEntry.scan(tree));
            // The working tree's side read from its files: a plan.yaml edited since is in no git object yet.
            org.eclipse.jgit.diff.ContentSource.Pair contents = new org.eclipse.jgit.diff.ContentSource.Pair(
                    org.eclipse.jgit.diff.ContentSource.create(reader), org.eclipse.jgit.diff.ContentSource.create(working));
            List<org.eclipse.jgit.diff.DiffEntry> entries;
            try {
                entries = renames.compute(contents, org.eclipse.jgit.lib.NullProgressMonitor.INSTANCE);
            } catch (org.eclipse.jgit.api.errors.CanceledException e) {
                return Optional.empty(); // never: nothing cancels a null progress monitor
            }
            for (org.eclipse.jgit.diff.DiffEntry entry : entries) {
                if (entry.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.RENAME
                        && entry.getNewPath().equals(plan) && entry.getOldPath().endsWith("/" + PLAN_FILE)) {
                    String old = entry.getOldPath();
                    return Optional.of(old.substring(0, old.length() - PLAN_FILE.length() - 1));
                }
            }
        }
        return Optional.empty();
    }

    /** A plan folder's own file (load.PlanLoader's), by which a renamed folder is followed. */
    static final String PLAN_FILE = "plan.yaml";

    /**
     * The names of the regular files directly in {@code folder} (relative to the working tree, "" for its
     * root) in {@code commitId}, in git's order; none when the commit has no such folder.
     */
    public List<String> filesIn(String commitId, String folder) throws IOException {
        Optional<String> tree = objectId(commitId, folder);
        List<String> names = new ArrayList<>();
        if (tree.isEmpty()) {
            return names;
        }
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(ObjectId.fromString(tree.get()));
            walk.setRecursive(false);
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    names.add(walk.getNameString());
                }
            }
        } catch (org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return names; // a file where the folder was expected
        }
        return names;
    }

    /**
     * Whether {@code ancestor} is {@code commitId} or in its history; false when either is not in this repository (a
     * shallow clone cut before it cannot tell).
     */
    public boolean holds(String commitId, String ancestor) {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.isMergedInto(walk.parseCommit(ObjectId.fromString(ancestor)),
                    walk.parseCommit(ObjectId.fromString(commitId)));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The parents of {@code commitId}, first parent first; none for a root commit. */
    public List<String> parents(String commitId) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commitId));
            return java.util.Arrays.stream(c.getParents()).map(RevCommit::getName).toList();
        }
    }

    /**
     * Writes the files under {@code path} (relative to the working tree) as they are in {@code commitId}
     * into {@code target}, keeping their relative paths. Only regular files: a symbolic link or a
     * submodule is not part of a plan's content.
     *
     * @return false when the commit has nothing under {@code path}
     */
    public boolean materialise(String commitId, String path, Path target) throws IOException {
        boolean found = false;
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
            tree.setRecursive(true);
            if (!path.isEmpty()) {
                tree.setFilter(PathFilter.create(path));
            }
            Path root = target.toAbsolutePath().normalize();
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                Path file = root.resolve(tree.getPathString()).normalize();
                if (!file.startsWith(root)) {
                    continue; // a crafted tree entry must not write outside the temporary folder
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    repository.open(tree.getObjectId(0), Constants.OBJ_BLOB).copyTo(out);
                }
                found = true;
            }
        }
        return found;
    }

    /**
     * HEAD and whether {@code paths} (relative to the working tree; all of it when empty) differ from
     * it; empty before the first commit.
     */
    public Optional<SourceVersion> version(List<String> paths) throws IOException {
        return changes(paths).map(c -> new SourceVersion(c.headId(), c.any()));
    }

    /**
     * HEAD and the files under {@code paths} (relative to the working tree; all of it when empty) that
     * differ from it, as git status lists them (untracked included); empty before the first commit.
     */
    Optional<WorkingChanges> changes(List<String> paths) throws IOException {
        Optional<String> head = resolve(Constants.HEAD);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        if (indexIsHead(head.get())) {
            return Optional.of(new WorkingChanges(head.get(), workingTreeChanges(paths)));
        }
        try (Git git = new Git(repository)) {
            StatusCommand status = git.status();
            paths.forEach(status::addPath);
            Status result = status.call();
            Set<String> changed = new HashSet<>(result.getUncommittedChanges());
            changed.addAll(result.getUntracked());
            return Optional.of(new WorkingChanges(head.get(), changed));
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Whether the index holds exactly HEAD's tree: the tree it would be committed as, its ids computed in
     * memory (nothing is written), is HEAD's. Then nothing is staged, and the files that differ from HEAD
     * are those that differ from the index. An unmerged index, or an entry added with {@code git add -N}, is a no.
     */
    /** A clone made with {@code --depth}: git lists the commits whose parents it lacks in {@code shallow}. */
    boolean isShallow() {
        return java.nio.file.Files.exists(repository.getDirectory().toPath().resolve("shallow"));
    }

    boolean indexIsHead(String headId) throws IOException {
        DirCache index = repository.readDirCache();
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            if (entry.getStage() != DirCacheEntry.STAGE_0 || entry.isIntentToAdd()) {
                return false;
            }
        }
        ObjectId tree;
        try (ObjectInserter ids = new IdsOnly()) {
            tree = index.writeTree(ids);
        } catch (UnmergedPathException e) {
            return false;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ObjectId.fromString(headId)).getTree().equals(tree);
        }
    }

    /**
     * Computes the id each object would have and stores nothing (JGit's formatter refuses to insert). The
     * SHA-1 is the JDK's, compiled to the processor's instructions, rather than JGit's Java one with its
     * collision checks: ~10 ms for a 200-plan index in a cold process, for objects only compared, never stored.
     */
    private static final class IdsOnly extends ObjectInserter.Formatter {
        @Override
        public ObjectId insert(int type, byte[] data, int off, int len) {
            MessageDigest sha1;
            try {
                sha1 = MessageDigest.getInstance("SHA-1");
            } catch (NoSuchAlgorithmException e) {
                return idFor(type, data, off, len);
            }
            sha1.update(Constants.encodedTypeString(type));
            sha1.update((byte) ' ');
            sha1.update(Constants.encodeASCII(len));
            sha1.update((byte) 0);
            sha1.update(data, off, len);
            return ObjectId.fromRaw(sha1.digest());
        }

        @Override
        public ObjectId insert(int type, long length, InputStream in) throws IOException {
            return idFor(type, length, in);
        }
    }

    /**
     * The files under {@code paths} (all of the working tree when empty) that differ from the index or are
     * untracked, as git status lists them: with the index known to be HEAD ({@link #indexIsHead}), these are
     * all the files that differ from HEAD. JGit's status without HEAD's tree, so that none of its ~200 folder
     * objects are read and inflated (issue 17: a third of the git thread's status walk in a 200-plan corpus).
     * Every index entry is then "added" against the empty tree that stands for HEAD: that list is not read.
     */
    private Set<String> workingTreeChanges(List<String> paths) throws IOException {
        IndexDiff diff = new IndexDiff(repository, (ObjectId) null, new FileTreeIterator(repository));
        if (!paths.isEmpty()) {
            diff.setFilter(PathFilterGroup.createFromStrings(paths));
        }
        diff.diff();
        Set<String> changed = new HashSet<>(diff.getModified());
        changed.addAll(diff.getMissing());
        changed.addAll(diff.getConflicting());
        changed.addAll(diff.getUntracked());
        return changed;
    }

    /**
     * The commits from {@code to} back to {@code from} (excluded), newest first, each with the files it
     * changed, when they are a straight line of at most {@code max} single-parent commits; empty
     * otherwise (a merge on the way, {@code from} not an ancestor, an unknown id): the caller then
     * reads the logs it needs in full.
     */
    Optional<List<ChangedCommit>> lineSince(String from, String to, int max) throws IOException {
        if (!ObjectId.isId(from) || !ObjectId.isId(to)) {
            return Optional.empty();
        }
        ObjectId stop = ObjectId.fromString(from);
        List<ChangedCommit> line = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(to));
            while (!c.equals(stop)) {
                if (c.getParentCount() != 1 || line.size() >= max) {
                    return Optional.empty();
                }
                RevCommit parent = walk.parseCommit(c.getParent(0));
                Set<String> added = new HashSet<>();
                line.add(new ChangedCommit(commit(c), changedPaths(parent, c, added), added));
                c = parent;
            }
        } catch (org.eclipse.jgit.errors.MissingObjectException e) {
            return Optional.empty();
        }
        return Optional.of(line);
    }

    /** The files that differ between two commits' trees; those {@code parent} does not have also into {@code added}. */
    private Set<String> changedPaths(RevCommit parent, RevCommit commit, Set<String> added) throws IOException {
        Set<String> paths = new HashSet<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(parent.getTree());
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            while (tree.next()) {
                paths.add(tree.getPathString());
                if (tree.getRawMode(0) == 0) {
                    added.add(tree.getPathString());
                }
            }
        }
        return paths;
    }

    /**
     * The commits reachable from HEAD that changed the plan folder {@code folder} (relative to the working tree),
     * newest first, at most {@code max}: under its name now and, past the commit that renamed it ({@code git mv}
     * within its parent folder: git's rename detection pairs its plan.yaml with one that left a folder beside it, as
     * {@link #formerFolder} pairs them for {@code plandoc diff}), under each name it had before,
     * that commit marked with the name it had ({@link Commit#renamedFrom}; s24 tryout M3: the history began at the
     * rename, called "created"). A log ends at the commit that made the folder: a plan that took the name of one
     * renamed or removed earlier lists none of that plan's commits.
     */
    public List<Commit> planLog(String folder, int max) throws IOException {
        Optional<String> head = resolve(Constants.HEAD);
        if (head.isEmpty() || folder.isEmpty()) {
            return head.isEmpty() ? new ArrayList<>() : log(folder, max);
        }
        List<Commit> commits = new ArrayList<>();
        ObjectId start = ObjectId.fromString(head.get());
        String name = folder;
        try (org.eclipse.jgit.lib.ObjectReader reader = repository.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            while (start != null && commits.size() < max) {
                ObjectId from = start;
                start = null;
                for (ObjectId id : logIds(from, name, max - commits.size())) {
                    RevCommit c = walk.parseCommit(id); // its own parents: the log's are rewritten to the folder's
                    if (madeIn(walk, c, name)) {
                        Optional<String> former = c.getParentCount() == 0 ? Optional.empty()
                                : Optional.ofNullable(renamedPlans(walk, c, parentOf(name)).get(name));
                        commits.add(commit(c, former));
                        if (former.isPresent()) {
                            start = c.getParent(0);
                            name = former.get();
                        }
                        break;
                    }
                    commits.add(commit(c, Optional.empty()));
                }
            }
        }
        return commits;
    }

    /** {@link #log}'s commits, as ids, from {@code start} instead of HEAD. */
    private List<ObjectId> logIds(ObjectId start, String path, int max) throws IOException {
        List<ObjectId> ids = new ArrayList<>();
        try (Git git = new Git(repository)) {
            for (RevCommit c : git.log().add(start).setMaxCount(max).addPath(path).call()) {
                ids.add(c.copy());
            }
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
        return ids;
    }

    /** Whether {@code folder} is new in {@code c}: none of its parents has it. */
    private boolean madeIn(RevWalk walk, RevCommit c, String folder) throws IOException {
        for (RevCommit parent : c.getParents()) {
            try (TreeWalk tree = TreeWalk.forPath(walk.getObjectReader(), folder, walk.parseCommit(parent).getTree())) {
                if (tree != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Per commit and parent folder, the plan folders it renamed there: new folder → old. The plans made in one commit share it. */
    private final java.util.Map<String, java.util.Map<String, String>> renamedPlans = new java.util.HashMap<>();

    /**
     * The plan folders in {@code parent} that {@code c} renamed against its first parent, new folder → old: the
     * plan.yaml files git's rename detection pairs, as {@link #formerFolder} pairs them — only plan.yaml files beside
     * each other are compared (a walk of all the other files a commit changed: ~30 ms wall for one early commit of
     * this repository, on a loaded machine); a copy, whose source stays, is no rename.
     */
    private java.util.Map<String, String> renamedPlans(RevWalk walk, RevCommit c, String parent) throws IOException {
        String key = c.name() + ' ' + parent;
        java.util.Map<String, String> known = renamedPlans.get(key);
        if (known != null) {
            return known;
        }
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        try (TreeWalk tree = new TreeWalk(repository, walk.getObjectReader())) {
            tree.addTree(walk.parseCommit(c.getParent(0)).getTree());
            tree.addTree(c.getTree());
            tree.setRecursive(true);
            tree.setFilter(org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(List.of(TreeFilter.ANY_DIFF,
                    org.eclipse.jgit.treewalk.filter.PathSuffixFilter.create("/" + PLAN_FILE),
                    parent.isEmpty() ? TreeFilter.ALL : PathFilter.create(parent))));
            List<org.eclipse.jgit.diff.DiffEntry> changes = org.eclipse.jgit.diff.DiffEntry.scan(tree);
            // No plan.yaml left a folder: nothing to pair, no contents read.
            if (changes.stream().anyMatch(e -> e.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.DELETE)) {
                org.eclipse.jgit.diff.RenameDetector renames = new org.eclipse.jgit.diff.RenameDetector(repository);
                renames.addAll(changes);
                for (org.eclipse.jgit.diff.DiffEntry entry : renames.compute()) {
                    if (entry.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.RENAME) {
                        renamed.put(folderOf(entry.getNewPath()), folderOf(entry.getOldPath()));
                    }
                }
            }
        }
        renamedPlans.put(key, renamed);
        return renamed;
    }

    /** "content" of "content/a"; "" at the root. */
    private static String parentOf(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? "" : folder.substring(0, slash);
    }

    /** "content/a" of "content/a/plan.yaml". */
    private static String folderOf(String planFile) {
        return planFile.substring(0, planFile.length() - PLAN_FILE.length() - 1);
    }

    /** The commits reachable from HEAD that changed something under {@code path}, newest first. */
    public List<Commit> log(String path, int max) throws IOException {
        return log(path.isEmpty() ? List.of() : List.of(path), max);
    }

    /** The commits reachable from HEAD that changed something under any of {@code paths} (none: any), newest first. */
    public List<Commit> log(List<String> paths, int max) throws IOException {
        Optional<String> head = resolve(Constants.HEAD);
        List<Commit> commits = new ArrayList<>();
        if (head.isEmpty()) {
            return commits;
        }
        try (Git git = new Git(repository)) {
            LogCommand log = git.log().add(ObjectId.fromString(head.get())).setMaxCount(max);
            paths.forEach(log::addPath);
            for (RevCommit c : log.call()) {
                commits.add(commit(c));
            }
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
        return commits;
    }

    @Override
    public void close() {
        repository.close();
    }

    private static Commit commit(RevCommit c) {
        return commit(c, Optional.empty());
    }

    private static Commit commit(RevCommit c, Optional<String> renamedFrom) {
        PersonIdent author = c.getAuthorIdent();
        return new Commit(c.getName(), author.getName(),
                ZonedDateTime.ofInstant(author.getWhenAsInstant(), author.getZoneId()), c.getShortMessage(), renamedFrom);
    }

    /** The real path of {@code path}, resolving links in the part of it that exists (it may not exist yet). */
    private static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = existing(absolute);
        return base.toRealPath().resolve(base.relativize(absolute));
    }

    private static Path existing(Path path) {
        Path p = path.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? path.toAbsolutePath().getRoot() : p;
    }
}
