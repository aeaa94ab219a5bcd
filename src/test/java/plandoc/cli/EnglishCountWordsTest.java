package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import plandoc.HeadlessChromium;

/**
 * New-user review (session 12): the English index counts "1 document", "2 documents" — as written by the
 * build and as the search script rewrites it — where it said "1 documents". Vietnamese has one form: its
 * page carries no second one. The fixture plan (fixtures/quang-nam-2026), then with a copy of another year.
 */
class EnglishCountWordsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/quang-nam-2026/qn-stttt-2026");

    @TempDir
    Path dir;

    @Test
    void theEnglishIndexCountsOneDocumentAndTwoDocuments() throws IOException {
        Path content = dir.resolve("content");
        copy(content.resolve("qn-stttt-2026"), text -> text);
        Path site = dir.resolve("site");
        assertEquals(0, Cli.run("--lang", "en", "build", "--content", content.toString(), "--out", site.toString(),
                "-j", "1").exit());
        assertEquals("1 document", index(site).selectFirst("#result-count").text());
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", dir.resolve("vi").toString(),
                "-j", "1").exit());
        Document vi = index(dir.resolve("vi"));
        assertEquals("1 văn bản", vi.selectFirst("#result-count").text());
        assertFalse(vi.selectFirst("script[data-minisearch]").hasAttr("data-count-one"), "Vietnamese has one form");

        copy(content.resolve("qn-stttt-2025"), text -> text.replace("  number: 215\n", "  number: 17\n")
                .replace("  date: 2026-03-12\n", "  date: 2025-01-20\n").replace("năm 2026", "năm 2025"));
        assertEquals(0, Cli.run("--lang", "en", "build", "--content", content.toString(), "--out", site.toString(),
                "-j", "1").exit());
        assertEquals("2 documents", index(site).selectFirst("#result-count").text());

        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        try (HeadlessChromium chromium = new HeadlessChromium(dir)) {
            ChromeDriver browser = chromium.driver();
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
            chromium.open(site.resolve("index.html").toUri().toString());
            wait.until(d -> d.findElement(By.id("portal-search")).isDisplayed());
            new Select(browser.findElement(By.id("filter-year"))).selectByValue("2025");
            wait.until(d -> d.findElement(By.id("result-count")).getText().equals("1 document"));
            new Select(browser.findElement(By.id("filter-year"))).selectByValue("");
            wait.until(d -> d.findElement(By.id("result-count")).getText().equals("2 documents"));
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }

    private static Document index(Path site) throws IOException {
        return Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    }

    private static void copy(Path plan, java.util.function.UnaryOperator<String> edit) throws IOException {
        Files.createDirectories(plan);
        Files.copy(FIXTURE.resolve("agencies.yaml"), plan.resolve("agencies.yaml"));
        Files.writeString(plan.resolve("plan.yaml"),
                edit.apply(Files.readString(FIXTURE.resolve("plan.yaml"), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
