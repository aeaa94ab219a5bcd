package plandoc.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer reads committed history only, so it is read once per HEAD (issue 17: {@code serve} walked the plan's
 * history on every save). Shown with a real repository whose objects are taken away after the first answer: the
 * same HEAD still gets it; a new commit is read again.
 */
class FormerDraftTest {
    @TempDir
    Path repo;

    @Test
    void theAnswerIsReadOncePerHead() throws Exception {
        Path plan = repo.resolve("content/qd-1520/plan.yaml");
        try (Git git = draftThenNumbered(plan)) {
            assertTrue(FormerDraft.was(plan));

            Path objects = repo.resolve(".git/objects");
            Path aside = repo.resolve("objects-aside");
            Files.move(objects, aside);
            Files.createDirectories(objects);
            assertTrue(FormerDraft.was(plan), "the same HEAD: git is not read again");
            Files.delete(objects);
            Files.move(aside, objects);

            Files.writeString(plan, "document:\n  number: 1520 # đã ký\n");
            commit(git, "Ghi chú");
            assertFalse(FormerDraft.was(plan), "a new HEAD: read again, the last two commits were never a draft");
        }
    }

    /**
     * A build answers from the plan folder's log its provenance read (issue 17: the history walked once): the last two
     * commits that changed plan.yaml, not the folder's last two; a folder no commit touched was never a draft; a log
     * cut at its limit asks git.
     */
    @Test
    void theFolderLogGivesGitsAnswer() throws Exception {
        Path plan = repo.resolve("content/qd-1520/plan.yaml");
        Path other = Files.createDirectories(repo.resolve("content/qd-77")).resolve("plan.yaml");
        try (Git git = draftThenNumbered(plan)) {
            for (int i = 0; i < 3; i++) {
                Files.writeString(plan.resolveSibling("ghi-chu.md"), "Ghi chú " + i + "\n");
                commit(git, "Ghi chú " + i);
            }
            Files.writeString(other, "document:\n  number: 77\n");
            List<Commit> log = folderLog(repo.resolve("content/qd-1520"));
            assertEquals(5, log.size());
            assertTrue(FormerDraft.was(plan, log, ProvenanceReader.HISTORY_LIMIT));
            assertTrue(FormerDraft.was(plan, log.subList(0, 3), 3), "a log cut at its limit: git is asked");
            assertEquals(List.of(), folderLog(other.getParent()));
            assertFalse(FormerDraft.was(other, List.of(), ProvenanceReader.HISTORY_LIMIT));

            Files.writeString(plan, "document:\n  number: 1520 # đã ký\n");
            commit(git, "Ghi chú số");
            assertFalse(FormerDraft.was(plan, folderLog(plan.getParent()), ProvenanceReader.HISTORY_LIMIT),
                    "the last two commits of plan.yaml were never a draft");
        }
    }

    private List<Commit> folderLog(Path folder) {
        return new ProvenanceReader().read(List.of(repo), List.of(folder)).history(folder.getFileName().toString());
    }

    @Test
    void aPlanOutsideGitWasNeverADraft() throws Exception {
        Path plan = Files.createDirectories(repo.resolve("qd-1520")).resolve("plan.yaml");
        Files.writeString(plan, "document:\n  number: 1520\n");
        assertFalse(FormerDraft.was(plan));
    }

    /** A new repository whose two commits are {@code plan} as a draft, then given its number. */
    private Git draftThenNumbered(Path plan) throws Exception {
        Files.createDirectories(plan.getParent());
        Git git = Git.init().setDirectory(repo.toFile()).call();
        Files.writeString(plan, "document:\n  draft: true\n");
        commit(git, "Dự thảo");
        Files.writeString(plan, "document:\n  number: 1520\n");
        commit(git, "Cấp số");
        return git;
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Văn thư", "vanthu@example.vn");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
