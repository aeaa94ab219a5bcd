package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.validate.CheckDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * s30 tryout F9: a draft given its number kept the date it was drafted with, weeks before it was signed, and was
 * published as issued that day without a word. Real sequences in a git repository, checked with the day the checks
 * use ({@link CheckDate}): the draft committed, then switched to issued (before and after committing the switch),
 * is warned about at its {@code date:}; a document committed as issued, never a draft, is not.
 */
class StaleIssueDateTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Path ISSUED = ErrorCasesTest.ERRORS.resolve("number-taken").resolve("qd-ban-hanh").resolve("plan.yaml");

    @TempDir
    Path repo;

    @Test
    void aDraftSwitchedToIssuedWithItsOldDateIsWarnedAbout() throws Exception {
        LocalDate today = CheckDate.today();
        LocalDate drafted = today.minusDays(45);
        try (Git git = draftSwitchedToIssued(drafted)) {
            Path plan = plan();
            String warning = warning(plan, drafted, today);
            assertEquals(List.of(warning), stale(), "switched, not committed yet");
            commit(git, "Cấp số");
            assertEquals(List.of(warning), stale(), "the switch committed");
            Files.writeString(plan, issued(today));
            assertEquals(List.of(), stale(), "the signing date set");
        }
    }

    /**
     * A build asks git after the plans are checked, from the folder's log its provenance reads (issue 17), and says
     * the same warning at the same place as {@code check}, before the plan is published; folder commits that leave
     * plan.yaml as it was do not hide the draft.
     */
    @Test
    void aBuildSaysItToo() throws Exception {
        LocalDate today = CheckDate.today();
        LocalDate drafted = today.minusDays(45);
        try (Git git = draftSwitchedToIssued(drafted)) {
            Path plan = plan();
            commit(git, "Cấp số");
            Files.writeString(plan.resolveSibling("ghi-chu.md"), "Ghi chú\n");
            commit(git, "Ghi chú bên cạnh");
            Cli.Result built = Cli.run("build", "--content", repo.resolve("content").toString(), "--out",
                    repo.resolve("site").toString());
            assertEquals(List.of(warning(plan, drafted, today)), stale(built), String.join("\n", built.err()));
        }
    }

    @Test
    void aDocumentNeverADraftKeepsItsDate() throws Exception {
        write(issued(CheckDate.today().minusYears(3)));
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            commit(git, "Văn bản cũ đưa lên cổng");
            assertEquals(List.of(), stale());
        }
    }

    /** A new repository whose first commit is the draft dated {@code drafted}, then given its number (not committed). */
    private Git draftSwitchedToIssued(LocalDate drafted) throws Exception {
        write(draft(drafted));
        Git git = Git.init().setDirectory(repo.toFile()).call();
        commit(git, "Dự thảo");
        Files.writeString(plan(), issued(drafted));
        return git;
    }

    private Path plan() {
        return repo.resolve("content").resolve("qd-1520").resolve("plan.yaml");
    }

    private void write(String yaml) throws Exception {
        Files.writeString(Files.createDirectories(plan().getParent()).resolve("plan.yaml"), yaml);
    }

    private static String issued(LocalDate date) throws Exception {
        return Files.readString(ISSUED).replace("date: 2026-06-15", "date: " + date);
    }

    private static String draft(LocalDate date) throws Exception {
        return issued(date).replace("  number: 1520\n", "  draft: true\n");
    }

    private static String warning(Path plan, LocalDate drafted, LocalDate today) {
        return plan + ":11:9: cảnh báo: ngày ban hành " + DAY.format(drafted)
                + " là ngày ghi từ khi còn là dự thảo (45 ngày trước hôm nay " + DAY.format(today) + ")";
    }

    private List<String> stale() {
        return stale(Cli.run("check", repo.resolve("content").toString()));
    }

    private static List<String> stale(Cli.Result result) {
        return result.err().stream().filter(l -> l.contains("còn là dự thảo"))
                .map(l -> l.substring(0, l.indexOf("):") + 1)).toList();
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent("Văn thư", "vanthu@example.vn");
        git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }
}
