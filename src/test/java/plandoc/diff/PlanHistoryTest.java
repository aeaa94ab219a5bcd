package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import plandoc.history.HistoryCache;
import plandoc.history.Provenance;
import plandoc.history.ProvenanceReader;
import plandoc.resolved.ResolvedPlan;

/**
 * A plan's history on its page says what each version changed in the document, in Vietnamese, from the
 * comparison of the two versions (never from the commit message, which follows as the author's note):
 * a real git repository where one plan is created, commented, re-costed, extended, cut, renumbered and
 * re-dated, a budget row renamed and re-dated, commit by commit.
 */
class PlanHistoryTest {
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;

    @Test
    void eachVersionSaysWhatItChangedInTheDocument() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Nguyễn Văn An", "Nhập văn bản");
            repo.write(SmallPlan.FILE, "# Nhập từ bản giấy, đã soát lại\n" + SmallPlan.BASE)
                    .commit("Nguyễn Văn An", "Add a header comment");
            repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Trần Thị Bình", "Tăng vốn giao ban");
            repo.write("content/README.md", "Nội dung\n").commit("Trần Thị Bình", "Ghi chú thư mục");
            repo.write(SmallPlan.FILE, SmallPlan.ITEM_ADDED).commit("Trần Thị Bình", "Thêm dự án chữ ký số");
            repo.write(SmallPlan.FILE, SmallPlan.APPENDIX_REMOVED).commit("Lê Văn Cường", "Bỏ bản đồ");
            repo.write(SmallPlan.FILE, SmallPlan.SECTION_REWORDED.replace("number: 4086", "number: 4123")
                    .replace("date: 2012-12-28", "date: 2013-01-15")).commit("Lê Văn Cường", "Theo ý kiến Sở Tư pháp");
            repo.write(SmallPlan.FILE, SmallPlan.SECTION_REWORDED.replace("number: 4086", "number: 4123")
                    .replace("date: 2012-12-28", "date: 2013-01-15")
                    .replace("title: Nâng cấp hệ thống giao ban điện tử", "title: Nâng cấp hệ thống giao ban trực tuyến")
                    .replace("period: 2012-2013", "period: 2012-2014")).commit("Lê Văn Cường", "Dời thời gian giao ban");

            Provenance provenance = provenance(repo, HistoryCache.empty());
            // Loaded and compared on three threads, each version still once: the same lines, in the same order.
            assertEquals(provenance, new ProvenanceReader().read(List.of(repo.root().resolve("content"), TEMPLATES),
                    List.of(repo.plan(SmallPlan.SLUG)), HistoryCache.empty(), Optional.of(new VersionSummaries("test", 3))));
            Path site = build(repo, provenance);
            Document page = Jsoup.parse(site.resolve(SmallPlan.SLUG + "/index.html").toFile(), "UTF-8");
            assertEquals(List.of(
                    // A budget row's columns named as a task's are (s25 tryout M1).
                    List.of("09/03/2026", "Lê Văn Cường",
                            "Sửa 1 dự án (tên, thời gian thực hiện) (Phụ lục 2)",
                            "Ghi chú khi lưu: Dời thời gian giao ban"),
                    List.of("08/03/2026", "Lê Văn Cường",
                            "Sửa số, ký hiệu, ngày ban hành; sửa Mục I",
                            "Ghi chú khi lưu: Theo ý kiến Sở Tư pháp"),
                    List.of("07/03/2026", "Lê Văn Cường",
                            "Sửa Mục II; bỏ Phụ lục 2",
                            "Ghi chú khi lưu: Bỏ bản đồ"),
                    List.of("06/03/2026", "Trần Thị Bình",
                            "Thêm 1 dự án (Phụ lục 3, tổng 10,00 → 11,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3",
                            "Ghi chú khi lưu: Thêm dự án chữ ký số"),
                    List.of("04/03/2026", "Trần Thị Bình",
                            "Sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3",
                            "Ghi chú khi lưu: Tăng vốn giao ban"),
                    List.of("03/03/2026", "Nguyễn Văn An", "Không đổi nội dung văn bản",
                            "Ghi chú khi lưu: Add a header comment"),
                    List.of("02/03/2026", "Nguyễn Văn An", "Tạo văn bản", "Ghi chú khi lưu: Nhập văn bản")),
                    page.select("table.plan-history-table tbody tr").stream().map(tr -> List.of(
                            tr.child(0).text(), tr.child(1).text(), tr.selectFirst(".history-change").text(),
                            tr.selectFirst(".history-note").text())).toList());
            // The commit to README.md alone is not a version of the plan; a commented file is one, unchanged.
            assertEquals(List.of("history-changed", "history-changed", "history-changed", "history-changed", "history-changed",
                    "history-unchanged", "history-first"), page.select("table.plan-history-table tbody tr").eachAttr("class"));
        }
    }

    private static Provenance provenance(TestRepository repo, HistoryCache cache) {
        Path content = repo.root().resolve("content");
        return new ProvenanceReader().read(List.of(content, TEMPLATES), List.of(repo.plan(SmallPlan.SLUG)), cache,
                Optional.of(new VersionSummaries("test")));
    }

    private Path build(TestRepository repo, Provenance provenance) {
        ResolvedPlan plan = new Generator(repo.root()).resolve(repo.plan(SmallPlan.SLUG)).resolved().orElseThrow();
        Path site = dir.resolve("site");
        BuildReport result = Publishing.publishWithHistory(List.of(plan), TEMPLATES, site, provenance);
        assertTrue(result.ok(), result.problems().toString());
        return site;
    }
}
