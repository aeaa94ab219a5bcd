package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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
 * s33 review L1: a search that finds nothing said "Không tìm thấy văn bản nào." and no more. It now says what to try:
 * after words, fewer or other words, and that typing without marks works; with a filter chosen, to clear the filters.
 * The bundled plans' index, in headless Chromium from file://.
 */
class PortalNothingFoundBrowserTest {
    private static final String NONE = "Không tìm thấy văn bản nào.";
    /** s34 review M3: the examples are the site's newest document's, 424 and two words of its title. */
    private static final String WORDS = "Hãy thử gõ ít từ hơn, từ khác, hoặc số của văn bản (ví dụ 424); gõ không dấu cũng"
            + " được: “chuyen doi” tìm được “Chuyển đổi”.";
    private static final String FILTERS = "Các bộ lọc đang chọn có thể loại bớt văn bản: chọn “Tất cả” ở từng bộ lọc để"
            + " tìm trong mọi văn bản.";

    @TempDir
    Path temp;

    private HeadlessChromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        new PortalSite().withBundledPlans().write(temp.resolve("site"));
        chromium = new HeadlessChromium(temp);
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

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

    private String count() {
        return browser.findElement(By.id("result-count")).getText();
    }
}
