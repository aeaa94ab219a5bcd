package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files that differ from HEAD, read without HEAD's tree when the index is HEAD's (issue 17), are
 * exactly those git's full status lists, in every state of the working tree: edited, edit undone,
 * deleted, new untracked file and folder, ignored file; and the index is not taken for HEAD's once
 * anything is staged or added with intent to add (then git's full status answers).
 */
class WorkingChangesTest {
    @TempDir
    Path repo;

    @Test
    void withTheIndexAtHeadTheChangesAreGitStatus() throws Exception {
        Path content = repo.resolve("content");
        Path a = Files.createDirectories(content.resolve("ke-hoach-a"));
        Path b = Files.createDirectories(content.resolve("ke-hoach-b"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        Files.writeString(b.resolve("plan.yaml"), "b: 1\n");
        Files.writeString(repo.resolve(".gitignore"), "*.tmp\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Hai kế hoạch");
        }

        assertChanges(Set.of(), "clean");
        Files.writeString(a.resolve("plan.yaml"), "a: 2\n");
        assertChanges(Set.of("content/ke-hoach-a/plan.yaml"), "edited");
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        assertChanges(Set.of(), "edit undone");
        Files.writeString(b.resolve("ghi-chu.tmp"), "x");
        assertChanges(Set.of(), "ignored file");
        Files.writeString(b.resolve("bang.md"), "# Bảng\n");
        assertChanges(Set.of("content/ke-hoach-b/bang.md"), "new file in a plan");
        Path c = Files.createDirectories(content.resolve("ke-hoach-c"));
        Files.writeString(c.resolve("plan.yaml"), "c: 1\n");
        assertChanges(Set.of("content/ke-hoach-b/bang.md", "content/ke-hoach-c/plan.yaml"), "new untracked plan");
        Files.delete(a.resolve("plan.yaml"));
        assertChanges(Set.of("content/ke-hoach-b/bang.md", "content/ke-hoach-c/plan.yaml",
                "content/ke-hoach-a/plan.yaml"), "deleted");
    }

    @Test
    void aStagedFileIsNotTheIndexAtHead() throws Exception {
        Path a = Files.createDirectories(repo.resolve("content").resolve("ke-hoach-a"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Kế hoạch a");
        }
        try (Git git = Git.open(repo.toFile()); GitRepository ours = GitRepository.containing(repo).orElseThrow()) {
            String head = ours.resolve("HEAD").orElseThrow();
            assertTrue(ours.indexIsHead(head));
            Files.writeString(a.resolve("plan.yaml"), "a: 2\n");
            git.add().addFilepattern("content").call();
            assertFalse(ours.indexIsHead(head), "staged");
            assertEquals(status(git), ours.changes(List.of("content")).orElseThrow().paths());

            git.reset().setRef("HEAD").call();
            assertTrue(ours.indexIsHead(head), "reset to HEAD");
        }
    }

    @Test
    void gitsOwnCommitRecordsTheIndexAsHeadAndAddingWithIntentDoesNot() throws Exception {
        assumeTrue(gitBinary(), "a git binary");
        Path a = Files.createDirectories(repo.resolve("content").resolve("ke-hoach-a"));
        Files.writeString(a.resolve("plan.yaml"), "a: 1\n");
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=Chuyên viên", "-c", "user.email=cv@localhost", "-c", "commit.gpgsign=false",
                "commit", "-q", "-m", "Kế hoạch a");
        try (GitRepository ours = GitRepository.containing(repo).orElseThrow()) {
            String head = ours.resolve("HEAD").orElseThrow();
            assertTrue(ours.indexIsHead(head), "git's own index (with its cache tree)");
            Files.writeString(a.resolve("moi.md"), "mới\n");
            git("add", "-N", "content/ke-hoach-a/moi.md");
            assertFalse(ours.indexIsHead(head), "added with intent to add");
            assertEquals(Set.of("content/ke-hoach-a/moi.md"), ours.changes(List.of("content")).orElseThrow().paths());
        }
    }

    private static boolean gitBinary() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", args) + ": " + output);
    }

    @Test
    void aFolderDiffersWhenAFileAtAnyDepthUnderItDoes() {
        WorkingChanges changes = new WorkingChanges("h", Set.of("content/ke-hoach-ab/plan.yaml",
                "content/ke-hoach-c/hinh/so-do.png", "templates"));
        assertTrue(changes.under("content/ke-hoach-ab"));
        assertTrue(changes.under("content/ke-hoach-c"));
        assertTrue(changes.under("content/ke-hoach-c/hinh"));
        assertTrue(changes.under("content"));
        assertTrue(changes.under("templates"), "the path itself");
        assertTrue(changes.under(""));
        assertFalse(changes.under("content/ke-hoach-a"), "a folder whose name begins another's");
        assertFalse(changes.under("content/ke-hoach-c/hinh/so"));
        assertFalse(new WorkingChanges("h", Set.of()).under(""));
    }

    private void assertChanges(Set<String> expected, String state) throws Exception {
        try (Git git = Git.open(repo.toFile()); GitRepository ours = GitRepository.containing(repo).orElseThrow()) {
            assertTrue(ours.indexIsHead(ours.resolve("HEAD").orElseThrow()), state);
            assertEquals(expected, status(git), state + ": git status");
            assertEquals(expected, ours.changes(List.of("content")).orElseThrow().paths(), state);
            assertEquals(status(git), ours.changes(List.of()).orElseThrow().paths(), state + ": whole tree");
        }
    }

    private static Set<String> status(Git git) throws Exception {
        Status status = git.status().call();
        Set<String> changed = new HashSet<>(status.getUncommittedChanges());
        changed.addAll(status.getUntracked());
        return changed;
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Chuyên viên", "cv@localhost", 1_700_000_000_000L, 420);
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
