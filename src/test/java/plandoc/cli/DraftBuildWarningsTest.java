package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * New-user review (session 12): a build lists the warnings of the plans it prints only. {@code build
 * --draft} prints the drafts: an issued plan's warnings are counted in one line that says how to see
 * them, and do not fail {@code --strict}; an issued plan's error is listed all the same (it fails the
 * build). A normal build, which leaves the drafts out, does the same with theirs.
 */
class DraftBuildWarningsTest {
    @TempDir
    Path dir;
    private Path content;
    private Path issued;

    @BeforeEach
    void plans() throws Exception {
        content = Files.createDirectories(dir.resolve("content"));
        issued = Files.createDirectories(content.resolve("qd-da-ban-hanh"));
        // A title repeating the kind printed above it: a warning of the issued plan. (An issue date after today was
        // until s35, when build made it an error: the portal does not publish a document before it is issued.)
        Files.writeString(issued.resolve("plan.yaml"), TestPlans.DECISION.replace("title: Về việc phê duyệt",
                "title: Quyết định về việc phê duyệt"));
        Path draft = Files.createDirectories(content.resolve("qd-du-thao"));
        Files.writeString(draft.resolve("plan.yaml"), TestPlans.DECISION.replace("  number: 4086\n", "  draft: true\n"));
    }

    /** {@code plandoc [--lang en] build OPTIONS --content … --out …}. */
    private Cli.Result build(String... options) {
        java.util.List<String> args = new java.util.ArrayList<>();
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(options));
        if (rest.remove("--lang")) {
            args.addAll(java.util.List.of("--lang", rest.remove(0)));
        }
        args.add("build");
        args.addAll(rest);
        args.addAll(java.util.List.of("--content", content.toString(), "--out", dir.resolve("out").toString(), "-j", "1"));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aDraftBuildCountsTheIssuedPlansWarningsInOneLine() {
        Cli.Result check = Cli.run("check", content.toString());
        assertTrue(check.errText().contains("qd-da-ban-hanh/plan.yaml") && check.errText().contains("trích yếu bắt đầu bằng"),
                "check lists the warning: " + check.errText());

        Cli.Result draft = build("--draft");
        assertEquals(0, draft.exit(), draft.errText());
        assertFalse(draft.errText().contains("qd-da-ban-hanh"), "the issued plan's warning is not listed: " + draft.errText());
        assertTrue(draft.out().contains("Đã kiểm tra 2 văn bản: 0 lỗi, 1 cảnh báo."), draft.outText());
        assertTrue(draft.outText().contains("Không liệt kê ở trên 1 cảnh báo của 1 văn bản không in trong lần này; "
                + "xem bằng lệnh: " + Launcher.command() + " check " + issued), draft.outText());

        Cli.Result strict = build("--draft", "--strict");
        assertEquals(0, strict.exit(), "--strict holds the drafts printed only: " + strict.errText());

        Cli.Result english = build("--lang", "en", "--draft");
        assertTrue(english.outText().contains("Not listed above: one warning in a plan this build does not print; "
                + "to see it: " + Launcher.command() + " check " + issued), english.outText());
    }

    @Test
    void aNormalBuildListsTheIssuedPlansWarningsAndCountsTheDrafts() throws Exception {
        Cli.Result normal = build();
        assertEquals(0, normal.exit(), normal.errText());
        assertTrue(normal.errText().contains("qd-da-ban-hanh/plan.yaml"), "the published plan's warning: " + normal.errText());
        assertFalse(normal.outText().contains("Không liệt kê"), normal.outText());

        // A draft dated after its own deadlines: the draft's warnings, counted, not listed, by a normal build.
        Cli.Result created = Cli.runNew("new", "ke-hoach-moi", "--content", content.toString());
        assertEquals(0, created.exit(), created.errText());
        Path starter = content.resolve("ke-hoach-moi").resolve("plan.yaml");
        Files.writeString(starter, Files.readString(starter).replaceFirst("(?m)^  date: \\S+", "  date: 2099-12-28"));
        Cli.Result drafts = Cli.run("check", starter.getParent().toString());
        assertTrue(drafts.errText().contains("ke-hoach-moi/plan.yaml") && drafts.errText().contains("cảnh báo"),
                drafts.errText());
        Cli.Result again = build();
        assertFalse(again.errText().contains("ke-hoach-moi"), again.errText());
        assertTrue(again.outText().contains("không in trong lần này; xem bằng lệnh: " + Launcher.command() + " check "
                + starter.getParent()), again.outText());
    }

    @Test
    void anIssuedPlansErrorIsListedAndFailsADraftBuild() throws Exception {
        Files.writeString(issued.resolve("plan.yaml"), TestPlans.DECISION.replace("  symbol: QĐ-UBND\n", ""));
        Cli.Result draft = build("--draft");
        assertEquals(1, draft.exit(), draft.errText());
        assertTrue(draft.errText().contains("qd-da-ban-hanh/plan.yaml"), "the error is listed: " + draft.errText());
        assertTrue(draft.errText().contains(": lỗi: "), draft.errText());
    }
}
