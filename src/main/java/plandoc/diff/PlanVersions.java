package plandoc.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import plandoc.diagnostic.Message;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;
import plandoc.history.GitRepository;
import plandoc.load.PlanLoader;

/**
 * Loads a plan folder as it is in a commit or in the working tree. A committed version is written
 * from the git tree into a temporary folder and loaded from there like any plan, so it is checked
 * and computed by exactly the code that publishes it.
 */
public final class PlanVersions {
    private final GitRepository git;
    private final SnapshotLoader loader = new SnapshotLoader();

    public PlanVersions(GitRepository git) {
        this.git = git;
    }

    /** The plan folder as it is on disk; positions relative to the current directory. */
    public Version workingTree(Path folder) {
        SnapshotLoader.Loaded loaded = loader.load(folder.toAbsolutePath().normalize(), Path.of(""));
        return new Version(Revision.WORKING_TREE, loaded.problems().sorted(), loaded.snapshot());
    }

    /**
     * The plan folder as committed.
     *
     * @param spec     the revision as the user named it, shown in positions ("…/plan.yaml@HEAD~1:12:5")
     * @param commitId the commit it resolved to
     * @param planPath the plan folder relative to the working tree ("content/ha-tinh-4086-2012")
     */
    public Version committed(String spec, String commitId, String planPath) throws IOException {
        Revision revision = Revision.of(spec, git.commit(commitId));
        String path = planPath.isEmpty() ? git.workTree().getFileName().toString() : planPath;
        Path temp = Files.createTempDirectory("plandoc-diff-");
        try {
            Path folder = temp.resolve(path);
            boolean found = planPath.isEmpty() ? git.materialise(commitId, "", folder)
                    : git.materialise(commitId, planPath, temp);
            if (!found) {
                Problem missing = new Problem(Severity.ERROR, SourcePosition.startOf(path + "@" + spec),
                        Message.of("diff.missing-at-revision", path, spec));
                return new Version(revision, List.of(missing), java.util.Optional.empty());
            }
            // The plan is read with what its loader reads beside it (the agency register, province.yaml), as committed.
            if (!planPath.isEmpty()) {
                for (String shared : SharedSources.at(git, commitId, planPath)) {
                    git.materialise(commitId, shared, temp);
                }
            }
            // Positions relative to the temporary root read as the repository's own paths.
            SnapshotLoader.Loaded loaded = loader.load(folder, temp);
            List<Problem> located = loaded.problems().sorted().stream()
                    .map(p -> new Problem(p.severity(), atRevision(p.at(), spec), p.message())).toList();
            return new Version(revision, located, loaded.snapshot());
        } finally {
            delete(temp);
        }
    }

    private static SourcePosition atRevision(SourcePosition at, String spec) {
        return new SourcePosition(at.file().replace('\\', '/') + "@" + spec, at.line(), at.column());
    }

    /** A temporary folder a revision was written into, and all in it (VersionSummaries' too). */
    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
