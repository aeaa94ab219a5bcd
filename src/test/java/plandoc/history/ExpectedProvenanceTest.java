package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.publish.StateFolder;

/**
 * A changed plan's provenance is known from the history cache before git is read (issue 17): what it
 * prints is git's answer for a plan edited since its last commit, and the guess is never made where
 * the cache cannot know (another HEAD, a log or a summary it does not hold). Where the guess is wrong —
 * the edit undone — {@link Provenance#printsAlike} says so, and the build renders again.
 */
class ExpectedProvenanceTest {
    @TempDir
    Path repo;
    @TempDir
    Path site;

    private final ProvenanceReader reader = new ProvenanceReader();
    private final ChangeSummarizer summaries = new ChangeSummarizer() {
        @Override
        public String version() {
            return "v1";
        }

        @Override
        public ContentChange summarize(GitRepository git, String planPath, List<String> parents, String commitId) {
            return parents.isEmpty() ? new ContentChange(ContentChange.Kind.FIRST, "Ban hành", "Issued")
                    : new ContentChange(ContentChange.Kind.CHANGED, "Sửa kinh phí", "Amounts");
        }
    };

    @Test
    void anEditedPlanPrintsWhatGitWillSay() throws Exception {
        Path content = repo.resolve("content");
        Path a = Files.createDirectories(content.resolve("ke-hoach-a"));
        Path b = Files.createDirectories(content.resolve("ke-hoach-b"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        Files.writeString(b.resolve("plan.yaml"), "b: 1\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Hai kế hoạch", 1_700_000_000_000L);
            Files.writeString(a.resolve("plan.yaml"), "a: 2\n");
            commit(git, "Sửa kế hoạch a", 1_700_000_100_000L);
        }
        HistoryCache cache = cacheAfterABuild(content, List.of(a, b));
        assertTrue(reader.expected(List.of(a), HistoryCache.empty(), "v1").isEmpty(), "nothing cached: no guess");
        assertTrue(reader.expected(List.of(a), cache, "v2").isEmpty(), "summaries of another plandoc: no guess");

        Files.writeString(a.resolve("plan.yaml"), "a: 3\n");
        Provenance expected = reader.expected(List.of(a), cache, "v1").orElseThrow();
        Provenance git = reader.read(List.of(content), List.of(a, b), cache, Optional.of(summaries));
        assertTrue(expected.printsAlike(git, "ke-hoach-a"));
        assertEquals(git.version("ke-hoach-a"), expected.version("ke-hoach-a"));
        assertTrue(expected.version("ke-hoach-a").orElseThrow().dirty());
        assertEquals(List.of("Sửa kinh phí", "Ban hành"),
                expected.entries("ke-hoach-a").stream().map(e -> e.change().orElseThrow().summary()).toList());

        // The edit undone: git says the plan is its last commit again, the guess does not print that.
        Files.writeString(a.resolve("plan.yaml"), "a: 2\n");
        Provenance undone = reader.read(List.of(content), List.of(a, b), cache, Optional.of(summaries));
        assertFalse(expected.printsAlike(undone, "ke-hoach-a"));
        assertFalse(undone.version("ke-hoach-a").orElseThrow().dirty());

        // A new commit: the cache holds another HEAD's logs until git is read.
        try (Git g = Git.open(repo.toFile())) {
            Files.writeString(b.resolve("plan.yaml"), "b: 2\n");
            commit(g, "Sửa kế hoạch b", 1_700_000_200_000L);
        }
        assertTrue(reader.expected(List.of(a), cache, "v1").isEmpty(), "HEAD moved: no guess");
    }

    @Test
    void noGuessOutsideARepository() throws Exception {
        Path a = Files.createDirectories(repo.resolve("ke-hoach-a"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        assertTrue(reader.expected(List.of(a), HistoryCache.empty(), "v1").isEmpty());
    }

    /** The cache as a build leaves it beside the site, read back as the next build reads it. */
    private HistoryCache cacheAfterABuild(Path content, List<Path> plans) throws Exception {
        HistoryCache built = HistoryCache.empty();
        reader.read(List.of(content), plans, built, Optional.of(summaries));
        Path file = StateFolder.resolve(site, HistoryCache.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, built.bytes());
        return HistoryCache.read(file);
    }

    private static void commit(Git git, String message, long when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Chuyên viên", "cv@localhost", when, 420);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
