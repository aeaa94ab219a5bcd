package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s34 review M3: a search that finds nothing gave Hà Tĩnh's examples ("424", "chuyen doi so" → "Chuyển đổi số") on
 * every portal. A site of another document gives that document's number and words of its title, built and read back.
 */
class SearchHintSiteTest {
    private static final Path ISSUED = ErrorCasesTest.ERRORS.resolve("number-taken").resolve("qd-ban-hanh");

    @TempDir
    Path dir;

    @Test
    void theNothingFoundExamplesAreTheSitesOwnNewestDocuments() throws Exception {
        Path content = dir.resolve("content");
        Path plan = Files.createDirectories(content.resolve("qd-15")).resolve("plan.yaml");
        String yaml = Files.readString(ISSUED.resolve("plan.yaml"));
        Files.writeString(plan, yaml.replace("number: 1520", "number: 15")
                .replace("title: Về việc sửa đổi, bổ sung kế hoạch thử", "title: Về việc phát triển du lịch cộng đồng"));
        Path site = dir.resolve("site");
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, built.exit(), built.errText());

        String html = Files.readString(site.resolve("index.html"));
        Element script = Jsoup.parse(html).selectFirst("script[data-minisearch]");
        // The pair of the title's words found in the fewest titles, of equals the longest.
        assertEquals("15", script.attr("data-example-number"));
        assertEquals("phat trien", script.attr("data-example-unmarked"));
        assertEquals("phát triển", script.attr("data-example-marked"));
        assertEquals("Hãy thử gõ ít từ hơn, từ khác, hoặc số của văn bản (ví dụ {number}); gõ không dấu cũng được:"
                + " “{unmarked}” tìm được “{marked}”.", script.attr("data-none-words-example"));
        assertFalse(html.contains("huyển đổi số") || html.contains("424"), "nothing of Hà Tĩnh's plans");
    }
}
