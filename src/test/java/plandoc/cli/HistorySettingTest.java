package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diff.SmallPlan;
import plandoc.diff.TestRepository;

/**
 * Where a plan's version history ("Lịch sử văn bản": the git commits with their authors and notes) shows:
 * by default in e-office drafts ({@code build --draft}) only, not on the published site, where an issued
 * document would otherwise carry its drafters' working notes; {@code history:} in content/province.yaml
 * says otherwise. The page's own version line stays in every case.
 */
class HistorySettingTest {
    @TempDir
    Path dir;

    @Test
    void thePublishedSiteShowsNoHistoryUnlessTheProvinceAsksDraftsDo() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            // The same plan issued, and as a draft beside it (build --draft prints drafts only), in each commit.
            String first = repo.write(SmallPlan.FILE, SmallPlan.BASE).write(DRAFT_FILE, draft(SmallPlan.BASE))
                    .commit("Nguyễn Văn An", "Kế hoạch như đã ban hành");
            String second = repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED)
                    .write(DRAFT_FILE, draft(SmallPlan.AMOUNT_CHANGED)).commit("Trần Thị Bình", "sửa lỗi chính tả");
            Path content = repo.root().resolve("content");

            Document published = build(content, "site");
            assertNull(published.getElementById("lich-su"));
            assertNull(published.selectFirst("a[href=#lich-su]"));
            assertTrue(published.text().indexOf("sửa lỗi chính tả") < 0, published.text());
            assertEquals("Nội dung văn bản theo phiên bản " + second.substring(0, 7),
                    published.selectFirst("footer p.source-commit").text());
            // Nor does the feed name the last version's change; the entry is still dated by it.
            String feed = Files.readString(dir.resolve("site/feed.xml"), StandardCharsets.UTF_8);
            assertTrue(!feed.contains("Thay đổi gần nhất") && feed.contains("<updated>2026-03-"), feed);

            Document draft = draftPage(content);
            assertEquals(List.of(second.substring(0, 7), first.substring(0, 7)), versions(draft));
            assertNotNull(draft.selectFirst("a[href=#lich-su]"));

            repo.write("content/province.yaml", "history: public\n").commit("Quản trị cổng", "Hiện lịch sử văn bản");
            assertEquals(List.of(second.substring(0, 7), first.substring(0, 7)), versions(build(content, "site")));
            assertTrue(Files.readString(dir.resolve("site/feed.xml"), StandardCharsets.UTF_8)
                    .contains("Thay đổi gần nhất (" + second.substring(0, 7) + ")"));

            repo.write("content/province.yaml", "history: none\n").commit("Quản trị cổng", "Ẩn lịch sử văn bản");
            assertNull(draftPage(content).getElementById("lich-su"));
            assertNull(build(content, "site").getElementById("lich-su"));
        }
    }

    @Test
    void aMistypedValueIsAnErrorAtItWithTheValuesThereAre() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            repo.write(SmallPlan.FILE, SmallPlan.BASE).write("content/province.yaml", "history: publc\n")
                    .commit("Quản trị cổng", "Cấu hình");
            Cli.Result check = Cli.run("check", "--content", repo.root().resolve("content").toString());
            assertEquals(1, check.exit(), check.outText() + check.errText());
            String text = check.outText() + check.errText();
            assertTrue(text.contains("province.yaml:1:10") && text.contains("public"), text);
        }
    }

    private static final String DRAFT_SLUG = "du-thao-cntt";
    private static final String DRAFT_FILE = "content/" + DRAFT_SLUG + "/plan.yaml";

    private static String draft(String plan) {
        String draft = plan.replace("  number: 4086\n", "  draft: true\n");
        assertTrue(!draft.equals(plan), "the plan is made a draft");
        return draft;
    }

    /** The draft's page as build --draft prints it. */
    private Document draftPage(Path content) throws IOException {
        return page(content, "site-draft", DRAFT_SLUG, "--draft");
    }

    private Document build(Path content, String out, String... options) throws IOException {
        return page(content, out, SmallPlan.SLUG, options);
    }

    private Document page(Path content, String out, String slug, String... options) throws IOException {
        Path site = dir.resolve(out);
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString()));
        args.addAll(List.of(options));
        Cli.Result build = Cli.run(args.toArray(String[]::new));
        assertEquals(0, build.exit(), build.errText());
        return Jsoup.parse(site.resolve(slug + "/index.html").toFile(), "UTF-8");
    }

    /** The commits the page's history lists, newest first. */
    private static List<String> versions(Document page) {
        return page.select("#lich-su table.plan-history-table tbody tr td:last-child").eachText();
    }
}
