package plandoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, set up as {@code BrowserPreviewTest}
 * does (both paths given, so Selenium Manager never runs and nothing is downloaded). Tests check
 * {@link #available()} and skip where Chromium is not installed; CI installs it ({@code .ci/run}).
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** JUL keeps loggers weakly: hold the one quietened. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    /** The page {@link #open} left, marked so that a measurement can tell it from the new one. */
    private static final String LEFT = "data-left-by-test";
    /** Loaded: the new document, complete, laid out (which starts the web fonts it uses) and its fonts in. */
    private static final String LOADED = "return !document.documentElement.hasAttribute('" + LEFT + "')"
            + " && document.readyState === 'complete' && document.documentElement.offsetHeight >= 0"
            + " && document.fonts.status === 'loaded';";
    /** What a failed wait reports: the document's address and state. */
    private static final String STATE = "return {url: location.href, readyState: document.readyState,"
            + " fonts: document.fonts.status, left: document.documentElement.hasAttribute('" + LEFT + "')};";
    /** The stylesheets a page links but has not got: no sheet, no rules, or rules it may not read. */
    private static final String MISSING_SHEETS = "return Array.prototype.filter.call("
            + "document.querySelectorAll('link[rel~=\"stylesheet\"]'), function (l) {"
            + "  try { return !l.sheet || l.sheet.cssRules.length === 0; } catch (x) { return true; } })"
            + ".map(function (l) { return l.getAttribute('href'); });";

    private final ChromeDriver driver;

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public HeadlessChromium(Path scratch) throws IOException {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--allow-file-access-from-files",
                "--user-data-dir=" + scratch.resolve("chromium-profile"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(scratch.resolve("chromedriver.log").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens {@code url} and returns once the new document is the one loaded and laid out: complete, its
     * stylesheets and fonts in, two frames drawn. A page measured while it still loads has no stylesheet yet
     * (CI, Chromium 156, once: the index's footer 16 px below its sheet, exactly the page without plandoc.css);
     * {@code get} waits on the document chromedriver finds, which for the address already open can be the one
     * being left, complete, while the new one is still parsed. A stylesheet that did not
     * load (no sheet, no rules, or rules it may not read: how Chromium shows a file that could not be read) is
     * reported here, by name, rather than as a layout a test cannot explain.
     */
    public void open(String url) {
        String target = url.replaceFirst("#.*", "");
        // A fragment of the open page is scrolled to in the same document: nothing new to wait for.
        boolean newDocument = url.equals(target) || !driver.getCurrentUrl().replaceFirst("#.*", "").equals(target);
        if (newDocument) {
            driver.executeScript("document.documentElement.setAttribute('" + LEFT + "', '');");
        }
        driver.get(url);
        // Asked while the page changes, the script may find no document to run in: asked again.
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(20))
                .ignoring(WebDriverException.class)
                .withMessage(() -> url + " did not finish loading: " + driver.executeScript(STATE))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(LOADED)));
        List<?> missing = (List<?>) driver.executeScript(MISSING_SHEETS);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(url + ": stylesheets not loaded " + missing);
        }
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
    }

    /** A phone's viewport (390 × 844 CSS pixels), or back to the desktop window with {@code width} 0. */
    public void phoneWidth(boolean phone) {
        if (phone) {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    public void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Console messages of level SEVERE since the last call. */
    public List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
