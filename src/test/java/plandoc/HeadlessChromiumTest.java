package plandoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HeadlessChromium#open}: a test measures the page it asked for, loaded, or learns why not. */
class HeadlessChromiumTest {
    @TempDir
    Path temp;

    @Test
    void reopeningTheSameAddressMeasuresTheNewPageWithItsStylesheet() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        Path page = page("style.css");
        Files.writeString(temp.resolve("style.css"), "p { margin: 0; padding-top: 7px; }");
        try (HeadlessChromium chromium = new HeadlessChromium(temp)) {
            chromium.open(page.toUri().toString());
            chromium.driver().executeScript("window.before = true;");
            chromium.phoneWidth(true);
            chromium.open(page.toUri().toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) chromium.driver().executeScript(
                    "return {old: window.before === true, ready: document.readyState, width: innerWidth,"
                    + " padding: getComputedStyle(document.querySelector('p')).paddingTop};");
            assertEquals(Map.of("old", false, "ready", "complete", "width", 390L, "padding", "7px"), seen);
        }
    }

    @Test
    void aStylesheetThatDidNotLoadIsNamed() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        Path page = page("absent.css");
        try (HeadlessChromium chromium = new HeadlessChromium(temp)) {
            IllegalStateException missing = assertThrows(IllegalStateException.class,
                    () -> chromium.open(page.toUri().toString()));
            assertTrue(missing.getMessage().endsWith("stylesheets not loaded [absent.css]"), missing.getMessage());
        }
    }

    private Path page(String stylesheet) throws Exception {
        Path page = temp.resolve("page.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\" />"
                + "<link rel=\"stylesheet\" href=\"" + stylesheet + "\" /></head><body><p>A page.</p></body></html>");
        return page;
    }
}
