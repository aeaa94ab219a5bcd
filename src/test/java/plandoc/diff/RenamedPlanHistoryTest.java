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
 * A plan's history follows its folder through {@code git mv} (s24 tryout M3: after a rename the page listed only the
 * commits under the new name, and the rename as the document's creation): the commits under every earlier name, each
 * summarised against the version before it in the folder it then had, and the rename said at its own row.
 */
class RenamedPlanHistoryTest {
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path dir;

    @Test
    void theHistoryGoesOnUnderTheFolderEarlierName() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Nguyễn Văn An", "Nhập văn bản");
            repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Trần Thị Bình", "Tăng vốn giao ban");
            repo.move("content/" + SmallPlan.SLUG, "content/qd-4086-2012").commit("Lê Văn Cường", "rename folder");
            repo.write("content/qd-4086-2012/plan.yaml", SmallPlan.ITEM_ADDED).commit("Lê Văn Cường", "Thêm dự án");

            assertEquals(List.of(
                    List.of("05/03/2026", "Thêm 1 dự án (Phụ lục 3, tổng 10,00 → 11,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3", "Thêm dự án"),
                    List.of("04/03/2026", "Đổi tên thư mục ke-hoach-cntt thành qd-4086-2012; không đổi nội dung văn bản",
                            "rename folder"),
                    List.of("03/03/2026", "Sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3",
                            "Tăng vốn giao ban"),
                    List.of("02/03/2026", "Tạo văn bản", "Nhập văn bản")), rows(page(repo, "qd-4086-2012")));
        }
    }

    /**
     * Two renames, the second with an edit: the history goes back through both names; a new plan that takes the first
     * name begins its own history, none of the renamed plan's commits in it.
     */
    @Test
    void aChainOfRenamesAndAPlanTakingTheOldName() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write("content/a/plan.yaml", SmallPlan.BASE).commit("Nguyễn Văn An", "Nhập văn bản");
            repo.write("content/a/plan.yaml", SmallPlan.AMOUNT_CHANGED).commit("Trần Thị Bình", "Tăng vốn giao ban");
            repo.move("content/a", "content/b").commit("Lê Văn Cường", "đổi tên lần 1");
            repo.move("content/b", "content/c").write("content/c/plan.yaml", SmallPlan.ITEM_ADDED)
                    .commit("Lê Văn Cường", "đổi tên lần 2, thêm dự án");
            repo.write("content/a/plan.yaml", SmallPlan.BASE.replace("number: 4086", "number: 4200"))
                    .commit("Phạm Thị Dung", "Kế hoạch mới");

            Provenance provenance = provenance(repo, List.of("c", "a"), HistoryCache.empty());
            assertEquals(List.of(
                    "Đổi tên thư mục b thành c; thêm 1 dự án (Phụ lục 3, tổng 10,00 → 11,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3",
                    "Đổi tên thư mục a thành b; không đổi nội dung văn bản",
                    "Sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3",
                    "Tạo văn bản"), summaries(provenance, "c", ""));
            assertEquals(List.of(
                    "Renamed the folder b to c; added 1 dự án (Phụ lục 3, total 10,00 → 11,00 tỷ đồng); Mục II: cited figures follow the budget table in Phụ lục 3",
                    "Renamed the folder a to b; document unchanged",
                    "Changed the amounts of 1 dự án (Phụ lục 3, total 9,50 → 10,00 tỷ đồng); Mục II: cited figures follow the budget table in Phụ lục 3",
                    "Document created"), summaries(provenance, "c", "en"));
            assertEquals(List.of("Tạo văn bản"), summaries(provenance, "a", ""));
            assertEquals(List.of(List.of("06/03/2026", "Tạo văn bản", "Kế hoạch mới")), rows(page(repo, "a")));
        }
    }

    private static List<String> summaries(Provenance provenance, String slug, String language) {
        return provenance.entries(slug).stream().map(e -> e.change().orElseThrow().summary(language)).toList();
    }

    private static Provenance provenance(TestRepository repo, List<String> slugs, HistoryCache cache) {
        return new ProvenanceReader().read(List.of(repo.root().resolve("content"), TEMPLATES),
                slugs.stream().map(repo::plan).toList(), cache, Optional.of(new VersionSummaries("test")));
    }

    /** The plan's page as a build with the history publishes it. */
    private Document page(TestRepository repo, String slug) throws IOException {
        Provenance provenance = provenance(repo, List.of(slug), HistoryCache.empty());
        ResolvedPlan plan = new Generator(repo.root()).resolve(repo.plan(slug)).resolved().orElseThrow();
        Path site = dir.resolve("site-" + slug);
        BuildReport result = Publishing.publishWithHistory(List.of(plan), TEMPLATES, site, provenance);
        assertTrue(result.ok(), result.problems().toString());
        return Jsoup.parse(site.resolve(slug + "/index.html").toFile(), "UTF-8");
    }

    /** Date, change and the author's note of each row of the page's history. */
    private static List<List<String>> rows(Document page) {
        return page.select("table.plan-history-table tbody tr").stream().map(tr -> List.of(tr.child(0).text(),
                tr.selectFirst(".history-change").text(),
                tr.selectFirst(".history-note").text().replace("Ghi chú khi lưu: ", ""))).toList();
    }
}
