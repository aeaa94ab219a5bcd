package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import plandoc.HeadlessChromium;

/**
 * The bundled plans' index in headless Chromium from file://: its download links and what its search says when it finds
 * nothing. One site and one Chromium for the class; each test starts from a blank page in the desktop window.
 */
class BundledIndexBrowserTest {
    /** What a reader sees of the first row's downloads and of the links above the search (innerText: as laid out). */
    private static final String SEEN = "return [document.querySelector('#index-rows td.downloads').innerText,"
            + " document.querySelector('.site-links').innerText];";
    /** The top of each link of the first row's document and data downloads, in CSS pixels. */
    private static final String TOPS = "return Array.from(document.querySelectorAll('#index-rows tr:first-child"
            + " td.downloads .download-group > a, #index-rows tr:first-child td.downloads .dl > a'))"
            + ".map(a => Math.round(a.getBoundingClientRect().top));";

    private static final String NONE = "Không tìm thấy văn bản nào.";
    /** s34 review M3: the examples are the site's newest document's, 424 and two words of its title. */
    private static final String WORDS = "Hãy thử gõ ít từ hơn, từ khác, hoặc số của văn bản (ví dụ 424); gõ không dấu cũng"
            + " được: “chuyen doi” tìm được “Chuyển đổi”.";
    private static final String FILTERS = "Các bộ lọc đang chọn có thể loại bớt văn bản: chọn “Tất cả” ở từng bộ lọc để"
            + " tìm trong mọi văn bản.";

    @TempDir
    static Path temp;

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        new PortalSite().withBundledPlans().write(temp.resolve("site"));
        chromium = new HeadlessChromium(temp);
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** As in a browser of its own: the desktop window, no page. */
    @BeforeEach
    void blankDesktop() {
        browser.get("about:blank");
        chromium.phoneWidth(false);
    }

    /**
     * s34 pages L3: on a phone the download links stood one a line, each line ending in a dangling "·". There they now
     * stack without it; a wide window keeps them inline with the "·" between: the page's own rows, the rows the search
     * script makes, and the links above the search.
     */
    @Test
    void aPhoneStacksTheLinksWithoutTheSeparatorAWideWindowKeepsIt() throws Exception {
        chromium.open(temp.resolve("site/index.html").toUri().toString());
        List<?> wide = (List<?>) browser.executeScript(SEEN);
        assertTrue(wide.get(0).toString().contains("·"), wide.get(0).toString());
        assertTrue(wide.get(1).toString().contains("·"), wide.get(1).toString());
        assertTrue(distinct(tops()) < tops().size(), "inline at 1280 px: links share a line " + tops());

        chromium.phoneWidth(true);
        chromium.screenshot("download-separators-phone");
        List<?> phone = (List<?>) browser.executeScript(SEEN);
        assertFalse(phone.get(0).toString().contains("·"), phone.get(0).toString());
        assertFalse(phone.get(1).toString().contains("·"), phone.get(1).toString());
        assertEquals(tops().size(), distinct(tops()), "one link a line on a phone " + tops());

        // The rows the script makes for a search read the same.
        browser.executeScript("document.querySelectorAll('#index-rows tr').forEach(tr => tr.dataset.printed = '');");
        browser.findElement(By.id("search-query")).sendKeys("424");
        wait.until(d -> Boolean.TRUE.equals(
                browser.executeScript("return document.querySelectorAll('#index-rows tr').length > 0"
                        + " && !document.querySelector('#index-rows tr[data-printed]');")));
        List<?> searched = (List<?>) browser.executeScript(SEEN);
        assertFalse(searched.get(0).toString().contains("·"), searched.get(0).toString());
        assertEquals(tops().size(), distinct(tops()), "one link a line on a phone " + tops());
        chromium.phoneWidth(false);
        List<?> searchedWide = (List<?>) browser.executeScript(SEEN);
        assertTrue(searchedWide.get(0).toString().contains("·"), searchedWide.get(0).toString());
        assertEquals(List.of(), chromium.consoleErrors(), "the browser console stays clean");
    }

    /**
     * s33 review L1: a search that finds nothing said "Không tìm thấy văn bản nào." and no more. It now says what to try:
     * after words, fewer or other words, and that typing without marks works; with a filter chosen, to clear the filters.
     */
    @Test
    void nothingFoundSaysWhatToTry() throws Exception {
        chromium.open(temp.resolve("site/index.html").toUri().toString());
        wait.until(d -> d.findElement(By.id("portal-search")).isDisplayed());
        WebElement query = browser.findElement(By.id("search-query"));
        query.sendKeys("xyzzyqw");
        wait.until(d -> count().startsWith("Không"));
        assertEquals(NONE + " " + WORDS, count());
        // s34 review M3: no column headers over no rows under the line.
        assertFalse(browser.findElement(By.id("index-table")).isDisplayed(), "the empty table's header row is hidden");
        chromium.screenshot("portal-nothing-found-words");

        // The same words with a year chosen: both to try.
        Select year = new Select(browser.findElement(By.id("filter-year")));
        year.selectByIndex(1);
        wait.until(d -> count().equals(NONE + " " + WORDS + " " + FILTERS));
        year.selectByIndex(0);
        wait.until(d -> count().equals(NONE + " " + WORDS));

        // No words, a filter alone finding nothing (a kind no plan has): only the filters are to clear.
        query.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.executeScript("""
                const kind = document.getElementById('filter-kind');
                const none = document.createElement('option');
                none.value = 'Không có loại này'; none.textContent = none.value;
                kind.appendChild(none); kind.value = none.value;
                kind.dispatchEvent(new Event('change', { bubbles: true }));
                """);
        wait.until(d -> count().equals(NONE + " " + FILTERS));
        assertFalse(browser.findElement(By.id("index-table")).isDisplayed());
        chromium.screenshot("portal-nothing-found-filters");
        chromium.phoneWidth(true);
        chromium.screenshot("portal-nothing-found-filters-phone");

        // The example is true: its words typed without marks find the document, and the table is back.
        browser.executeScript("""
                const kind = document.getElementById('filter-kind');
                kind.value = ''; kind.dispatchEvent(new Event('change', { bubbles: true }));
                """);
        query.sendKeys("chuyen doi");
        wait.until(d -> count().endsWith(" văn bản") && !count().startsWith("Không"));
        assertTrue(browser.findElement(By.id("index-table")).isDisplayed(), "a table again once something is found");
        assertTrue(browser.findElement(By.cssSelector("#index-rows tr")).getText().startsWith("424/QĐ-UBND"),
                browser.findElement(By.id("index-rows")).getText());
        assertEquals(List.of(), chromium.consoleErrors(), "the browser console stays clean");
    }

    private List<?> tops() {
        return (List<?>) browser.executeScript(TOPS);
    }

    private static long distinct(List<?> tops) {
        return tops.stream().distinct().count();
    }

    private String count() {
        return browser.findElement(By.id("result-count")).getText();
    }
}
