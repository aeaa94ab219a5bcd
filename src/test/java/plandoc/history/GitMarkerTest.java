package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outside any repository the build reads no provenance and so never needs JGit. */
class GitMarkerTest {
    @Test
    void aFolderWithoutGitAboveIsNotInARepository(@TempDir Path dir) throws IOException {
        Assumptions.assumeFalse(GitMarker.above(dir.getParent()), "the temporary folder itself lies in a repository");
        Path content = Files.createDirectories(dir.resolve("content/ke-hoach"));
        assertFalse(GitMarker.above(content));
        assertEquals(Provenance.NONE, new ProvenanceReader().read(List.of(dir.resolve("content")), List.of(content)));
    }

    @Test
    void aGitFolderOrFileAboveMayBeARepository(@TempDir Path dir) throws IOException {
        Assumptions.assumeFalse(GitMarker.above(dir.getParent()), "the temporary folder itself lies in a repository");
        Path nested = Files.createDirectories(dir.resolve("repo/content/ke-hoach"));
        Files.createDirectories(dir.resolve("repo/.git"));
        assertTrue(GitMarker.above(nested));
        // A worktree or submodule has a .git file instead.
        Path worktree = Files.createDirectories(dir.resolve("wt/content"));
        Files.writeString(dir.resolve("wt/.git"), "gitdir: ../repo/.git/worktrees/wt\n");
        assertTrue(GitMarker.above(worktree));
        // A folder that does not exist yet is looked up from the part of it that does.
        assertTrue(GitMarker.above(dir.resolve("repo/not/yet")));
    }
}
