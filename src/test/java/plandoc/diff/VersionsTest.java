package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;
import plandoc.diagnostic.Problem;
import plandoc.history.GitRepository;

/** Loading a committed version: what stops a comparison is reported where it is, at that revision. */
class VersionsTest {
    @TempDir
    Path dir;

    @Test
    void problemsOfACommittedVersionNameTheRevision() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.write("content/README.md", "Kế hoạch của tỉnh\n").commit("Sở TTTT", "Thư mục nội dung");
            repo.write(SmallPlan.FILE, SmallPlan.BASE.replace("{ref:pl-ban-do}", "{ref:pl-ban-đo}"))
                    .commit("Sở TTTT", "Bản nháp có lỗi");
            repo.write(SmallPlan.FILE, SmallPlan.BASE.replace("appendices:", "appendices: ["))
                    .commit("Sở TTTT", "Bản nháp hỏng");
            try (GitRepository git = GitRepository.containing(dir).orElseThrow()) {
                PlanVersions versions = new PlanVersions(git);

                Version broken = versions.committed("HEAD", git.resolve("HEAD").orElseThrow(), Comparisons.PLAN);
                assertFalse(broken.comparable());
                List<String> printed = broken.problems().stream().filter(Problem::isError)
                        .map(p -> Messages.forLanguage("vi").format(p)).toList();
                assertFalse(printed.isEmpty());
                assertTrue(printed.get(0).startsWith("content/ke-hoach-cntt/plan.yaml@HEAD:"), printed.get(0));

                // Issue 13: errors that still let the plan be computed (an unknown reference) do not stop a comparison.
                Version withErrors = versions.committed("HEAD~1", git.resolve("HEAD~1").orElseThrow(), Comparisons.PLAN);
                assertTrue(withErrors.comparable());
                assertTrue(withErrors.problems().stream().anyMatch(Problem::isError));

                Version missing = versions.committed("HEAD~2", git.resolve("HEAD~2").orElseThrow(), Comparisons.PLAN);
                assertFalse(missing.comparable());
                assertEquals(List.of("content/ke-hoach-cntt@HEAD~2:1:1: lỗi: phiên bản HEAD~2 không có thư mục kế hoạch "
                        + "content/ke-hoach-cntt"), missing.problems().stream().map(p -> Messages.forLanguage("vi").format(p)).toList());
            }
        }
    }

    @Test
    void aCommittedVersionIsLoadedWithTheRegisterItsProvinceYamlNames() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            String plan = SmallPlan.BASE.replace("      title: Mục tiêu\n", "      title: Mục tiêu\n      agency: Sở Xây dựng\n");
            assertTrue(plan.contains("agency: Sở Xây dựng"));
            repo.write("content/province.yaml", "province: Hà Tĩnh\nregister: co-quan.yaml\n")
                    .write("content/co-quan.yaml", "agencies:\n  - id: so-xd\n    name: Sở Xây dựng\n")
                    // The register the content had before province.yaml named another: not this plan's.
                    .write("content/agencies.yaml", "agencies:\n  - id: so-tttt\n    name: Sở Thông tin và Truyền thông\n")
                    .write(SmallPlan.FILE, plan).commit("Sở TTTT", "Danh mục cơ quan của tỉnh");
            repo.write(SmallPlan.FILE, plan.replace("2012-2015: { dp: 2.00 }", "2012-2015: { dp: 2.50 }"))
                    .commit("Sở TTTT", "Sửa kinh phí");
            try (GitRepository git = GitRepository.containing(dir).orElseThrow()) {
                Version committed = new PlanVersions(git).committed("HEAD~1", git.resolve("HEAD~1").orElseThrow(),
                        Comparisons.PLAN);
                assertTrue(committed.comparable());
                assertEquals(List.of(), committed.problems().stream().filter(Problem::isError)
                        .map(p -> Messages.forLanguage("vi").format(p)).toList());

                VersionSummaries summaries = new VersionSummaries("test");
                String head = git.resolve("HEAD").orElseThrow();
                assertEquals(plandoc.history.ContentChange.Kind.CHANGED,
                        summaries.summarize(git, Comparisons.PLAN, git.parents(head), head).kind());
            }
        }
    }

    /**
     * A version whose header lacks a field (its number deleted) has no header to compare: the history lists it as not
     * compared, as diff refuses it; before s23 it compared the blank number and said "Sửa số, ký hiệu".
     */
    @Test
    void aVersionMissingAHeaderFieldIsNotComparedInTheHistory() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Kế hoạch");
            String withoutNumber = SmallPlan.BASE.replace("  number: 4086\n", "");
            assertFalse(withoutNumber.contains("number:"));
            repo.write(SmallPlan.FILE, withoutNumber).commit("Sở TTTT", "Xóa số");
            try (GitRepository git = GitRepository.containing(dir).orElseThrow()) {
                assertFalse(new PlanVersions(git).committed("HEAD", git.resolve("HEAD").orElseThrow(), Comparisons.PLAN)
                        .comparable());
                String head = git.resolve("HEAD").orElseThrow();
                plandoc.history.ContentChange change = new VersionSummaries("test")
                        .summarize(git, Comparisons.PLAN, git.parents(head), head);
                assertEquals(plandoc.history.ContentChange.Kind.NOT_COMPARED, change.kind(), change.summary());
            }
        }
    }

    @Test
    void revisionsResolveLikeGitAndUnknownOnesAreEmpty() throws Exception {
        try (TestRepository repo = TestRepository.init(dir)) {
            String first = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "Một");
            String second = repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Sở TTTT", "Hai");
            try (GitRepository git = GitRepository.containing(repo.plan(SmallPlan.SLUG)).orElseThrow()) {
                assertEquals(second, git.resolve("HEAD").orElseThrow());
                assertEquals(first, git.resolve("HEAD~1").orElseThrow());
                assertEquals(first, git.resolve(first.substring(0, 8)).orElseThrow());
                assertEquals(second, git.resolve("main").orElseThrow());
                assertTrue(git.resolve("khong-co").isEmpty());
                assertTrue(git.resolve("HEAD~9").isEmpty());
                assertTrue(git.resolve("HEAD^^^{tree").isEmpty());
                assertEquals("content/ke-hoach-cntt", git.relative(repo.plan(SmallPlan.SLUG)).orElseThrow());
            }
        }
    }
}
