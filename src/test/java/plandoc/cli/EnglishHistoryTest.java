package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The history's "what this version changed" lines are the site's chrome describing the document's versions:
 * with {@code --lang en} they are English, the labels, figures and units they quote from the document staying
 * as the document prints them; the Vietnamese site's lines, and the feed's (a document entry, Vietnamese in
 * every language), are as they were. A real git repository, built through the command line.
 */
class EnglishHistoryTest {
    @TempDir
    Path dir;

    @Test
    void anEnglishSiteSaysWhatEachVersionChangedInEnglish() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            // The history on the published site (by default only build --draft shows it, and that prints drafts only).
            repo.write("content/province.yaml", "history: public\n").commit("Quản trị cổng", "Hiện lịch sử văn bản");
            repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Nguyễn Văn An", "Nhập văn bản");
            repo.write(SmallPlan.FILE, "# Nhập từ bản giấy\n" + SmallPlan.BASE).commit("Nguyễn Văn An", "Chú thích");
            repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Trần Thị Bình", "Tăng vốn giao ban");
            Path content = repo.root().resolve("content");
            List<String> vietnamese = List.of("Sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3",
                    "Không đổi nội dung văn bản", "Tạo văn bản");
            List<String> english = List.of("Changed the amounts of 1 dự án (Phụ lục 3, total 9,50 → 10,00 tỷ đồng); Mục II: cited figures follow the budget table in Phụ lục 3",
                    "Document unchanged", "Document created");

            assertEquals(vietnamese, changes(build(content, "site")));
            // The same folder in English: the lines come from the history kept beside the site, not compared again.
            Document page = build(content, "site", "--lang", "en");
            assertEquals(english, changes(page));
            assertEquals("Note when saved: Tăng vốn giao ban", page.selectFirst(".history-note").text());
            // Compared afresh in English, the same.
            assertEquals(english, changes(build(content, "site-en", "--lang", "en")));
            assertEquals(vietnamese, changes(build(content, "site")));

            // The feed's entries are the documents': Vietnamese whatever --lang says.
            assertEquals(english, changes(build(content, "site", "--lang", "en")));
            String feed = Files.readString(dir.resolve("site/feed.xml"), StandardCharsets.UTF_8);
            assertTrue(feed.contains("Sửa kinh phí 1 dự án") && feed.contains("Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3")
                    && !feed.contains("hanged the amounts") && !feed.contains("cited figures"), feed);
        }
    }

    private Document build(Path content, String out, String... options) throws IOException {
        Path site = dir.resolve(out);
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                site.toString()));
        args.addAll(List.of(options));
        Cli.Result build = Cli.run(args.toArray(String[]::new));
        assertEquals(0, build.exit(), build.errText());
        return Jsoup.parse(site.resolve(SmallPlan.SLUG + "/index.html").toFile(), "UTF-8");
    }

    /** What each version changed, as the page's history lists it, newest first. */
    private static List<String> changes(Document page) {
        return page.select("#lich-su .history-change").eachText();
    }
}
