package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEAD read from the repository's files agrees with JGit, in the layouts git writes. */
class GitHeadTest {
    private static RevCommit commit(Git git, Path dir, String text) throws Exception {
        Files.writeString(dir.resolve("plan.yaml"), text, StandardCharsets.UTF_8);
        git.add().addFilepattern("plan.yaml").call();
        PersonIdent who = new PersonIdent("test", "test@localhost");
        return git.commit().setMessage(text).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static String id(Path dir) throws GitHead.Unknown {
        Optional<String> head = GitHead.read(dir);
        assertTrue(head.isPresent(), "a commit is expected");
        return head.get().substring(head.get().lastIndexOf(' ') + 1);
    }

    @Test
    void looseAndPackedBranchesAndADetachedHead(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("content/ke-hoach"));
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            assertEquals(Optional.empty(), GitHead.read(sub), "no commit yet");
            RevCommit first = commit(git, dir, "a");
            assertEquals(first.getName(), id(sub));
            RevCommit second = commit(git, dir, "b");
            assertEquals(second.getName(), id(sub));

            // git gc packs the refs: the branch lives in packed-refs only.
            String branch = git.getRepository().getFullBranch();
            Path loose = dir.resolve(".git").resolve(branch);
            Files.writeString(dir.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted \n"
                    + second.getName() + " " + branch + "\n", StandardCharsets.UTF_8);
            Files.delete(loose);
            assertEquals(second.getName(), id(sub));
            assertEquals(second.getName(), git.getRepository().resolve("HEAD").getName(), "JGit reads the same");

            git.checkout().setName(first.getName()).call();
            assertEquals(first.getName(), id(sub));
        }
    }

    @Test
    void aWorktreeFindsItsBranchInTheCommonFolder(@TempDir Path dir) throws Exception {
        Path main = Files.createDirectories(dir.resolve("main"));
        RevCommit c;
        try (Git git = Git.init().setDirectory(main.toFile()).call()) {
            c = commit(git, main, "a");
        }
        // What "git worktree add ../wt" writes.
        Path admin = Files.createDirectories(main.resolve(".git/worktrees/wt"));
        Files.writeString(admin.resolve("commondir"), "../..\n", StandardCharsets.UTF_8);
        Files.writeString(admin.resolve("HEAD"), "ref: refs/heads/wt-branch\n", StandardCharsets.UTF_8);
        Files.writeString(main.resolve(".git/refs/heads/wt-branch"), c.getName() + "\n", StandardCharsets.UTF_8);
        Path wt = Files.createDirectories(dir.resolve("wt/content"));
        Files.writeString(dir.resolve("wt/.git"), "gitdir: " + admin + "\n", StandardCharsets.UTF_8);
        assertEquals(c.getName(), id(wt));
    }

    @Test
    void aLayoutItDoesNotKnowIsLeftToJGit(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve(".git/reftable"));
        org.junit.jupiter.api.Assertions.assertThrows(GitHead.Unknown.class, () -> GitHead.read(dir));
    }
}
