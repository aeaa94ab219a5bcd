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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import plandoc.HeadlessChromium;

/**
 * s34 pages L3: on a phone the download links stood one a line, each line ending in a dangling "·". There they now
 * stack without it; a wide window keeps them inline with the "·" between. The bundled plans' index in headless
 * Chromium: the page's own rows, the rows the search script makes, and the links above the search.
 */
class DownloadSeparatorsBrowserTest {
    /** What a reader sees of the first row's downloads and of the links above the search (innerText: as laid out). */
    private static final String SEEN = "return [document.querySelector('#index-rows td.downloads').innerText,"
            + " document.querySelector('.site-links').innerText];";
    /** The top of each link of the first row's document and data downloads, in CSS pixels. */
    private static final String TOPS = "return Array.from(document.querySelectorAll('#index-rows tr:first-child"
            + " td.downloads .download-group > a, #index-rows tr:first-child td.downloads .dl > a'))"
            + ".map(a => Math.round(a.getBoundingClientRect().top));";

    @TempDir
    Path temp;

    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        new PortalSite().withBundledPlans().write(temp.resolve("site"));
        chromium = new HeadlessChromium(temp);
        browser = chromium.driver();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

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
        new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(
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

    private List<?> tops() {
        return (List<?>) browser.executeScript(TOPS);
    }

    private static long distinct(List<?> tops) {
        return tops.stream().distinct().count();
    }
}
