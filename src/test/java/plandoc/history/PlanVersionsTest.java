package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each plan's own version (issue 17): the last commit that touched its folder, dirty only when that
 * folder's files differ from it (an untracked file included); a folder no commit holds yet is HEAD with
 * uncommitted changes. The site's version is HEAD, dirty when anything in the sources differs.
 */
class PlanVersionsTest {
    @TempDir
    Path repo;

    @Test
    void eachPlanNamesTheLastCommitOfItsFolder() throws Exception {
        Path content = repo.resolve("content");
        Path a = Files.createDirectories(content.resolve("ke-hoach-a"));
        Path b = Files.createDirectories(content.resolve("ke-hoach-b"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        Files.writeString(b.resolve("plan.yaml"), "b: 1\n");
        String first;
        String second;
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            first = commit(git, "Hai kế hoạch", 1_700_000_000_000L);
            Files.writeString(b.resolve("plan.yaml"), "b: 2\n");
            second = commit(git, "Sửa kế hoạch b", 1_700_000_100_000L);
        }
        Path c = Files.createDirectories(content.resolve("ke-hoach-c"));
        Files.writeString(c.resolve("plan.yaml"), "c: 1\n");
        Provenance provenance = new ProvenanceReader().read(List.of(content), List.of(a, b, c));
        assertEquals(new SourceVersion(second, true), provenance.version().orElseThrow(), "the site: HEAD, dirty");
        assertEquals(new SourceVersion(first, false), provenance.version("ke-hoach-a").orElseThrow());
        assertEquals(new SourceVersion(second, false), provenance.version("ke-hoach-b").orElseThrow());
        assertEquals(new SourceVersion(second, true), provenance.version("ke-hoach-c").orElseThrow(),
                "never committed: HEAD and uncommitted changes");

        Files.writeString(a.resolve("ghi-chu.md"), "Ghi chú\n"); // untracked, inside a's folder
        Files.writeString(b.resolve("plan.yaml"), "b: 3\n");
        Provenance edited = new ProvenanceReader().read(List.of(content), List.of(a, b, c));
        assertEquals(new SourceVersion(first, true), edited.version("ke-hoach-a").orElseThrow());
        assertEquals(new SourceVersion(second, true), edited.version("ke-hoach-b").orElseThrow());
    }

    private static String commit(Git git, String message, long when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Chuyên viên", "cv@localhost", when, 420);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call().getName();
    }
}
