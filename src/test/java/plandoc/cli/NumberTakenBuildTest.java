package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s30 tryout F3: a published decision's folder copied for a new one, its number left as it was, was published beside
 * it, two texts under one "Số: 1520/QĐ-UBND". In a real second build, where the first decision is known by its site
 * record and not read again, the copy takes the error at its {@code number:}, naming the first's; the first stays
 * published as it was, the copy is not published.
 */
class NumberTakenBuildTest {
    private static final Path CASE = ErrorCasesTest.ERRORS.resolve("number-taken");

    @TempDir
    Path dir;

    @Test
    void aCopiedFolderWithTheSameNumberIsNotPublished() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path site = dir.resolve("site");
        copy("qd-ban-hanh", content);
        Cli.Result first = build(content, site);
        assertEquals(0, first.exit(), first.errText());
        byte[] issued = Files.readAllBytes(site.resolve("qd-ban-hanh").resolve("1520-QD-UBND.pdf"));

        copy("qd-chep-lai", content);
        Cli.Result second = build(content, site);
        assertEquals(1, second.exit(), second.errText());
        assertOnlyTheCopyTakesTheError(second, content);
        assertFalse(Files.exists(site.resolve("qd-chep-lai")), "the copy is not published");
        assertArrayEquals(issued, Files.readAllBytes(site.resolve("qd-ban-hanh").resolve("1520-QD-UBND.pdf")),
                "the issued decision stays as published");
        assertTrue(Files.readString(site.resolve("index.html")).contains("qd-ban-hanh/"), "and listed");
    }

    /**
     * s30 review R5: into an empty output folder (a new one, --clean, a CI runner without its cache) no record tells the
     * original, and both were withheld: the issued decision dropped off the portal. Git tells it: the plan whose
     * plan.yaml was committed with the number first is published, the copy alone takes the error, naming it.
     */
    @Test
    void inAnEmptyOutputFolderGitTellsTheOriginal() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path site = dir.resolve("site");
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            copy("qd-ban-hanh", content);
            commit(git, "Quyết định 1520");
            copy("qd-chep-lai", content);
            commit(git, "Chép thư mục cho quyết định mới");
        }
        Cli.Result built = build(content, site);
        assertEquals(1, built.exit(), built.errText());
        assertOnlyTheCopyTakesTheError(built, content);
        assertTrue(Files.isRegularFile(site.resolve("qd-ban-hanh").resolve("1520-QD-UBND.pdf")), "the original is published");
        assertFalse(Files.exists(site.resolve("qd-chep-lai")), "the copy is not");
    }

    /**
     * s31 left: check reported both plans of a number given twice while build, asking git, refused the copy only. In git
     * check asks it too: one error, at the copy, naming the original; exit 1 all the same.
     */
    @Test
    void checkAsksGitAsBuildDoes() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            copy("qd-ban-hanh", content);
            commit(git, "Quyết định 1520");
            copy("qd-chep-lai", content);
            commit(git, "Chép thư mục cho quyết định mới");
        }
        Cli.Result checked = Cli.run("check", content.toString());
        assertEquals(1, checked.exit(), checked.errText());
        assertOnlyTheCopyTakesTheError(checked, content);
        Cli.Result english = Cli.run("check", content.toString(), "--lang", "en");
        List<String> taken = english.err().stream().filter(l -> l.contains("1520/QĐ-UBND")).toList();
        assertEquals(1, taken.size(), english.errText());
        assertTrue(taken.get(0).startsWith(content.resolve("qd-chep-lai").resolve("plan.yaml") + ":8:11: error: "),
                taken.get(0));
        assertTrue(taken.get(0).contains(content.resolve("qd-ban-hanh").resolve("plan.yaml") + ":8:11"), taken.get(0));
    }

    /** Outside git nothing tells the original: check reports both, as before (README). */
    @Test
    void outsideGitCheckReportsBoth() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        copy("qd-ban-hanh", content);
        copy("qd-chep-lai", content);
        Cli.Result checked = Cli.run("check", content.toString());
        assertEquals(1, checked.exit(), checked.errText());
        assertEquals(2, checked.err().stream().filter(l -> l.contains("1520/QĐ-UBND năm 2026")).count(), checked.errText());
    }

    /** Outside git nothing tells the original in an empty output folder: both take the error, as before (README). */
    @Test
    void outsideGitBothTakeTheError() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        copy("qd-ban-hanh", content);
        copy("qd-chep-lai", content);
        Cli.Result built = build(content, dir.resolve("site"));
        assertEquals(1, built.exit(), built.errText());
        assertEquals(2, built.err().stream().filter(l -> l.contains("1520/QĐ-UBND năm 2026")).count(), built.errText());
        assertFalse(Files.exists(dir.resolve("site").resolve("qd-ban-hanh")), built.errText());
    }

    /** One error, at the copy's {@code number:}, naming the original's. */
    private static void assertOnlyTheCopyTakesTheError(Cli.Result result, Path content) {
        List<String> taken = result.err().stream().filter(l -> l.contains("1520/QĐ-UBND năm 2026")).toList();
        assertEquals(1, taken.size(), result.errText());
        assertTrue(taken.get(0).startsWith(content.resolve("qd-chep-lai").resolve("plan.yaml") + ":8:11: lỗi: số và ký "
                + "hiệu 1520/QĐ-UBND năm 2026 đã dùng cho văn bản khác (" + content.resolve("qd-ban-hanh").resolve("plan.yaml")
                + ":8:11, thư mục qd-ban-hanh)"), taken.get(0));
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Văn thư", "vanthu@example.vn");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static void copy(String plan, Path content) throws Exception {
        Path folder = Files.createDirectories(content.resolve(plan));
        Files.copy(CASE.resolve(plan).resolve("plan.yaml"), folder.resolve("plan.yaml"));
    }

    private static Cli.Result build(Path content, Path site) {
        return Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
    }
}
