package plandoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code plandoc serve} in a real browser: Debian's headless Chromium driven through its own
 * chromedriver (both paths given, so Selenium Manager never runs and nothing is downloaded).
 * Skipped where Chromium is not installed; CI installs it ({@code .ci/run}).
 */
class BrowserPreviewTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String PLAN = "ha-tinh-4086-2012";
    private static final String FIGURE = "2012-2015: { dp: 2.00 }";

    @TempDir
    Path temp;

    private PreviewSite site;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private final List<String> consoleErrors = new ArrayList<>();
    /**
     * Selenium warns that it has no CDP binding for this Chromium; the test uses none (its one CDP
     * call goes through chromedriver), so the warning is noise. JUL keeps loggers weakly: hold it.
     */

    @BeforeEach
    void start() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed here");
        site = new PreviewSite(temp.resolve("project"), true); // the index lists both bundled plans
        browser = new plandoc.HeadlessChromium(temp).driver(); // the set-up every browser test shares
        wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(100));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void previewsNavigatesAndFollowsEditsInABrowser() throws Exception {
        // The index lists every plan (folders starting with "_" are drafts).
        browser.get(site.url("/"));
        List<String> plans;
        try (var folders = Files.list(site.content)) {
            plans = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("_") && !n.startsWith(".")).sorted().toList();
        }
        for (String plan : plans) {
            assertTrue(!browser.findElements(By.cssSelector("a[href='" + plan + "/index.html']")).isEmpty(), plan);
        }
        screenshot("desktop-index");
        collectConsole();

        // A plan page opens from the index.
        browser.findElement(By.cssSelector("a[href='" + PLAN + "/index.html']")).click();
        wait.until(ExpectedConditions.urlContains("/" + PLAN + "/"));
        wait.until(d -> d.getTitle().contains("4086/QĐ-UBND"));
        screenshot("desktop-plan");

        // A {ref} link in the text lands on its appendix.
        WebElement ref = browser.findElement(By.cssSelector("main a[href='#pl-du-an']"));
        scrollIntoView(ref);
        ref.click();
        wait.until(ExpectedConditions.urlContains("#pl-du-an"));
        wait.until(d -> Math.abs(top("pl-du-an")) < 40);
        screenshot("desktop-appendix");
        collectConsole();

        // An edit reloads the page with the new figure.
        markPage();
        site.replaceInPlan(FIGURE, "2012-2015: { dp: 2.75 }");
        wait.until(d -> !pageMarked() && bodyText().contains("2,75"));
        collectConsole();

        // A broken edit shows the overlay with file:line:col and the message.
        markPage();
        site.replaceInPlan("2012-2015: { dp: 2.75 }", "2012-2015: { dp: 2,75 }");
        WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plandoc-overlay")));
        String overlayText = overlay.getText();
        assertTrue(Pattern.compile("content/" + PLAN + "/plan\\.yaml:\\d+:\\d+").matcher(overlayText).find(), overlayText);
        assertTrue(overlayText.contains("số tiền"), "the message says what is wrong, in Vietnamese: " + overlayText);
        screenshot("desktop-overlay");

        // Fixing it removes the overlay.
        site.replaceInPlan("2012-2015: { dp: 2,75 }", "2012-2015: { dp: 2.25 }");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("plandoc-overlay")));
        wait.until(d -> bodyText().contains("2,25"));
        collectConsole();

        // Phone width.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        browser.get(site.url("/" + PLAN + "/"));
        wait.until(d -> d.getTitle().contains("4086/QĐ-UBND"));
        screenshot("phone-plan");
        browser.get(site.url("/"));
        screenshot("phone-index");
        long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 1, "the index fits a phone's width (overflow " + overflow + " px)");
        collectConsole();

        assertEquals(List.of(), consoleErrors, "the browser console stays clean");
    }

    private void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private void collectConsole() {
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
    }

    private void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private double top(String id) {
        Object top = browser.executeScript("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id);
        return ((Number) top).doubleValue();
    }

    /** A mark a reload wipes out. */
    private void markPage() {
        browser.executeScript("window.__plandocTestMark = true;");
    }

    private boolean pageMarked() {
        return Boolean.TRUE.equals(browser.executeScript("return window.__plandocTestMark === true;"));
    }

    private String bodyText() {
        return String.valueOf(browser.executeScript("return document.body ? document.body.innerText : '';"));
    }
}
