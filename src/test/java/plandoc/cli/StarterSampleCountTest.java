package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s37 review L7: the starter plan {@code plandoc new} writes said "Tổng kinh phí 800 triệu đồng, gồm 2 nhiệm vụ" while
 * its Nhiệm vụ table listed one task: the two counted were the budget's rows, which the starter names "nội dung". Read
 * back from a real {@code build --draft} of each starter: the count the text prints is of the table whose noun follows.
 */
class StarterSampleCountTest {
    private static final Pattern COUNTED = Pattern.compile("gồm (\\d+) (nhiệm vụ|nội dung|dự án)");

    @TempDir
    Path dir;

    @Test
    void theStartersCountNamesTheRowsItCounts() throws IOException {
        for (String type : List.of("ke-hoach", "quyet-dinh")) {
            Path content = dir.resolve(type).resolve("content");
            Cli.Result created = Cli.run("new", "thu", "--type", type, "--content", content.toString(),
                    "--province", "Hà Tĩnh");
            assertEquals(0, created.exit(), created.errText());
            Path site = dir.resolve(type).resolve("site-draft");
            Cli.Result built = Cli.run("build", "--draft", "--content", content.toString(), "--out", site.toString());
            assertEquals(0, built.exit(), built.errText());
            Document page = Jsoup.parse(Files.readString(site.resolve("thu/index.html")));

            Matcher said = COUNTED.matcher(page.selectFirst("main.document").text());
            assertTrue(said.find(), type + ": " + page.selectFirst("main.document").text());
            int tasks = page.select("#muc-nhiem-vu table tr.row-item").size();
            int budgetRows = page.select("#pl-kinh-phi table tr.row-item").size();
            assertEquals(List.of(1, 2), List.of(tasks, budgetRows), type + ": the starter's tables");
            assertEquals(said.group(2).equals("nhiệm vụ") ? tasks : budgetRows, Integer.parseInt(said.group(1)),
                    type + ": \"" + said.group() + "\"");
            assertEquals("nội dung", said.group(2), type + ": the budget's rows are named by its labels.item");
        }
    }
}
