package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plans' histories are read from git once per HEAD (issue 17): a second read at the same HEAD
 * takes every history from the cache and gives the same provenance; a new commit reads them again.
 */
class HistoryCacheTest {
    @TempDir
    Path repo;

    @Test
    void historiesAreReadOncePerHead() throws Exception {
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
        ProvenanceReader reader = new ProvenanceReader();
        Provenance direct = reader.read(List.of(content), List.of(a, b));
        assertEquals(2, direct.history("ke-hoach-a").size());

        HistoryCache first = HistoryCache.empty();
        assertEquals(direct, reader.read(List.of(content), List.of(a, b), first));
        assertTrue(first.changed(), "read from git and kept");
        Path file = repo.resolve(HistoryCache.FILE);
        Files.write(file, first.bytes());

        HistoryCache again = HistoryCache.read(file);
        assertEquals(direct, reader.read(List.of(content), List.of(a, b), again));
        assertFalse(again.changed(), "every history came from the cache");

        try (Git git = Git.open(repo.toFile())) {
            Files.writeString(b.resolve("plan.yaml"), "b: 2\n");
            commit(git, "Sửa kế hoạch b", 1_700_000_200_000L);
        }
        Provenance moved = reader.read(List.of(content), List.of(a, b), again);
        assertTrue(again.changed(), "a new HEAD: read again");
        assertEquals(2, moved.history("ke-hoach-b").size());
        assertEquals(reader.read(List.of(content), List.of(a, b)), moved);
    }

    private static void commit(Git git, String message, long when) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Chuyên viên", "cv@localhost", when, 420);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
