package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diff.SmallPlan;
import plandoc.diff.TestRepository;
import plandoc.history.GitRepository;

/** {@code plandoc diff} on the command line: its summary, its files and its exit codes. */
class DiffCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheChangesOfTheWorkingTreeAndWritesTheComparison() throws Exception {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Kế hoạch như đã ban hành");
            repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED);
            String plan = repo.plan(SmallPlan.SLUG).toString();

            Cli.Result vi = Cli.run("diff", plan);
            assertEquals(0, vi.exit(), vi.errText());
            assertTrue(vi.out().get(0).startsWith("So sánh content/ke-hoach-cntt: bản đã commit ngày "), vi.outText());
            assertTrue(vi.out().get(0).contains("02/03/2026 (mã ") && vi.out().get(0).endsWith(") → bản đang soạn (chưa commit)"), vi.outText());
            assertTrue(vi.out().contains("      Giai đoạn 2012-2015, NS địa phương: 2,00 → 2,50 (+0,50)"), vi.outText());
            assertTrue(vi.out().contains("      Cộng: 9,50 → 10,00 (+0,50)"), vi.outText());
            // Mục II cites the total, so it prints another figure (s26 review H4). Counted as budget items, whatever the table calls them (its summary line names them "dự án" here).
            assertTrue(vi.out().contains("Thay đổi: 0 thông tin văn bản, 1 điều/mục, 0 chỉ tiêu, 0 nhiệm vụ, 1 khoản mục kinh phí, 0 phụ lục,"
                    + " 0 tham chiếu."), vi.outText());
            // Mục II was not edited: its figure follows the budget, struck and underlined as git's word diff shows it.
            assertTrue(vi.out().stream().anyMatch(l -> l.startsWith("  ~ Số liệu trích dẫn ở Mục II (")
                    && l.contains("(không sửa lời văn)") && l.contains("[-9,50-]{+10,00+}")), vi.outText());
            assertTrue(vi.out().stream().noneMatch(l -> l.contains("Sửa nội dung Mục II")), vi.outText());
            // The line the plan's history on the site gives this change.
            assertEquals("Tóm tắt: Sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3", vi.out().get(vi.out().size() - 1));

            Cli.Result en = Cli.run("diff", plan, "--lang", "en");
            assertTrue(en.out().get(0).endsWith("→ the draft being edited (not committed)"), en.outText());
            assertTrue(en.out().contains("      Total: 2,00 → 2,50 (+0,50)"), en.outText());
            assertEquals("In short: Changed the amounts of 1 dự án (Phụ lục 3, total 9,50 → 10,00 tỷ đồng); Mục II: cited figures follow the budget table in Phụ lục 3",
                    en.out().get(en.out().size() - 1));

            Path html = dir.resolve("so-sanh.html");
            Cli.Result written = Cli.run("diff", plan, "--format", "html", "--out", html.toString());
            assertEquals(0, written.exit(), written.errText());
            assertTrue(Files.readString(html).contains("Trước điều chỉnh"));
            assertTrue(written.outText().contains("Đã ghi bảng so sánh vào " + html));
        }
    }

    /** Issue 13: a printed total that no longer agrees is context, never a reason not to compare. */
    @Test
    void aVersionWithErrorsIsStillComparedAndItsErrorsListedFirst() throws Exception {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("A", "Ban hành");
            String period = SmallPlan.AMOUNT_CHANGED.lines().filter(l -> l.contains("period: 2012-2013")).findFirst().orElseThrow();
            String indent = period.substring(0, period.indexOf("period"));
            repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED.replace(period + "\n",
                    period + "\n" + indent + "declared: { total: 2.00 }\n"));

            Cli.Result r = Cli.run("diff", repo.plan(SmallPlan.SLUG).toString());
            assertEquals(0, r.exit(), r.errText());
            assertTrue(r.err().get(0).contains("content/ke-hoach-cntt/plan.yaml:") && r.err().get(0).contains("tổng ghi 2,00"),
                    r.errText());
            assertTrue(r.errText().contains("Lưu ý: bản đang soạn (chưa commit) còn lỗi"), r.errText());
            assertTrue(r.out().contains("      Giai đoạn 2012-2015, NS địa phương: 2,00 → 2,50 (+0,50)"), r.outText());

            Path html = dir.resolve("so-sanh.html");
            assertEquals(0, Cli.run("diff", repo.plan(SmallPlan.SLUG).toString(), "--format", "html", "--out",
                    html.toString()).exit());
            String page = Files.readString(html);
            assertTrue(page.contains("Trước điều chỉnh: bản đã commit ngày "), page);
            assertTrue(page.contains("; sau điều chỉnh: bản đang soạn."), page);
            assertTrue(page.contains("Mã phiên bản trong git: trước điều chỉnh "), page);
            String body = page.substring(0, page.indexOf("Mã phiên bản trong git"));
            assertTrue(!body.contains("HEAD") && !body.contains("thư mục làm việc"), "git's words only in the footnote");
        }
    }

    @Test
    void aVersionThatCannotBeReadIsReportedAtItsRevision() throws Exception {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE.replace("appendices:", "appendices: [")).commit("A", "Lỗi");
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("A", "Sửa lỗi");

            Cli.Result r = Cli.run("diff", repo.plan(SmallPlan.SLUG).toString(), "--from", "HEAD~1", "--to", "HEAD");
            assertEquals(1, r.exit());
            assertTrue(r.err().get(0).startsWith("content/ke-hoach-cntt/plan.yaml@HEAD~1:"), r.errText());
            assertTrue(r.errText().contains("Không so sánh được: HEAD~1 ("), r.errText());
        }
    }

    /**
     * s23 tryout M2: across a {@code git mv} of the plan folder the old version is read under the name git records it
     * had then (committed or not), said in a note; a folder no version had is not "errors to fix".
     */
    @Test
    void aRenamedFolderIsComparedWithTheVersionUnderItsFormerName() throws Exception {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("A", "Ban hành");
            Path renamed = repo.plan("kh-cntt-2012");
            Files.move(repo.plan(SmallPlan.SLUG), renamed);
            repo.commit("A", "Đổi tên thư mục");
            repo.write("content/kh-cntt-2012/plan.yaml", SmallPlan.AMOUNT_CHANGED);

            Cli.Result committed = Cli.run("diff", renamed.toString(), "--from", "HEAD~1");
            assertEquals(0, committed.exit(), committed.errText());
            assertEquals("lưu ý: ở phiên bản HEAD~1 thư mục kế hoạch có tên cũ content/ke-hoach-cntt (git ghi nhận đã đổi "
                    + "tên thành content/kh-cntt-2012); so sánh bản ở thư mục cũ đó.", committed.errText().strip());
            assertTrue(committed.out().get(0).startsWith("So sánh content/kh-cntt-2012: HEAD~1 ("), committed.outText());
            assertTrue(committed.out().contains("      Cộng: 9,50 → 10,00 (+0,50)"), committed.outText());

            // Renamed in the working tree only: HEAD still has the former name.
            Path again = repo.plan("kh-cntt");
            Files.move(renamed, again);
            Cli.Result working = Cli.run("diff", again.toString(), "--lang", "en");
            assertEquals(0, working.exit(), working.errText());
            assertTrue(working.errText().startsWith("note: at HEAD the plan folder had its former name content/kh-cntt-2012"),
                    working.errText());

            repo.write("content/moi/plan.yaml", "document:\n  type: ke-hoach\n"); // no version had it, nor any like it
            Cli.Result absent = Cli.run("diff", repo.plan("moi").toString(), "--from", "HEAD~1");
            assertEquals(1, absent.exit(), absent.errText());
            assertTrue(absent.errText().contains("Không so sánh được: HEAD~1 (") && absent.errText().contains(
                    "chưa có kế hoạch này (thư mục được tạo sau phiên bản đó"), absent.errText());
            assertFalse(absent.err().stream().anyMatch(line -> line.contains("HEAD~1") && line.contains("hãy sửa các lỗi")),
                    absent.errText());
        }
    }

    /** s22 re-read H1: a header field left out stands blank for check, and is not compared as if it were an edit. */
    @Test
    void aVersionWithoutItsSymbolIsNotComparedAsAnEdit() throws Exception {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("A", "Ban hành");
            repo.write(SmallPlan.FILE, SmallPlan.BASE.replace("  symbol: QĐ-UBND\n", ""));

            Cli.Result r = Cli.run("diff", repo.plan(SmallPlan.SLUG).toString());
            assertEquals(1, r.exit(), r.outText());
            assertTrue(r.errText().contains("symbol"), r.errText());
            assertTrue(r.errText().contains("Không so sánh được: bản đang soạn"), r.errText());
            assertTrue(r.outText().isEmpty(), r.outText());
        }
    }

    @Test
    void usageMistakesExitTwo() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("ngoai-git"));
        assumeTrue(GitRepository.containing(outside).isEmpty(), "the temporary folder must not lie inside a repository");
        Cli.Result notGit = Cli.run("diff", outside.toString());
        assertEquals(2, notGit.exit());
        assertTrue(notGit.err().get(0).startsWith("lỗi: " + outside + " không nằm trong kho git nào"), notGit.errText());

        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("A", "Một");
            String plan = repo.plan(SmallPlan.SLUG).toString();
            Cli.Result unknown = Cli.run("diff", plan, "--from", "v9");
            assertEquals(2, unknown.exit());
            assertTrue(unknown.err().get(0).startsWith("lỗi: kho git không có phiên bản \"v9\""), unknown.errText());
            assertEquals(2, Cli.run("diff", plan, "--format", "docx").exit());
            assertEquals(2, Cli.run("diff", plan + "-khong-co").exit());
        }
    }
}
