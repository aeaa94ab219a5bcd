package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import plandoc.HeadlessChromium;

/**
 * s24-province: a site publishing two provinces' plans, each register with its own "Sở Khoa học và Công nghệ"
 * (ids {@code so-khcn} and {@code tq-so-khcn}). The agency view names them with their issuers; the index's agency
 * filter listed the name once, and choosing it found both provinces' plans. Now it lists them as the agency view
 * does, and an agency only one register has keeps its bare name. Built by the CLI from {@code new} plans, read back
 * from the search data and driven in headless Chromium.
 */
class TwoProvincesAgencyFilterTest {
    private static final String HT_KHCN = "Sở Khoa học và Công nghệ (Ủy ban nhân dân tỉnh Hà Tĩnh)";
    private static final String TQ_KHCN = "Sở Khoa học và Công nghệ (Ủy ban nhân dân tỉnh Tuyên Quang)";

    @TempDir
    static Path dir;
    private static Path site;

    @BeforeAll
    static void twoProvincesSite() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        assertEquals(0, Cli.newBesideBundledRegister(content, "ht-mot").exit());
        assertEquals(0, Cli.runNew("new", "tq-mot", "--province", "Tuyên Quang", "--content", content.toString()).exit());
        issue(content.resolve("ht-mot/plan.yaml"), 11);
        issue(content.resolve("tq-mot/plan.yaml"), 12);
        // An agency of Hà Tĩnh's register only: its name is no one else's, printed bare.
        Path ht = content.resolve("ht-mot/plan.yaml");
        Files.writeString(ht, Files.readString(ht).replace("partners: [\"Các sở, ban, ngành cấp tỉnh\"]",
                "partners: [\"Các sở, ban, ngành cấp tỉnh\", Báo Hà Tĩnh]"));
        site = dir.resolve("site");
        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, build.exit(), build.errText());
    }

    /** A scaffold's draft given a number: a plan the site publishes. */
    private static void issue(Path plan, int number) throws IOException {
        String yaml = Files.readString(plan);
        String issued = plandoc.TestPlans.starterFilledIn(yaml).replaceFirst("(?m)^  draft: true.*$", "  number: " + number);
        assertTrue(!issued.equals(yaml), "the scaffold's draft line");
        Files.writeString(plan, issued);
    }

    @Test
    void theFilterListsEachProvincesDepartmentAsTheAgencyViewNamesIt() throws IOException {
        JsonNode first = data("search/first-page.js");
        List<String> listed = texts(first.at("/facets/a"));
        assertTrue(listed.contains(HT_KHCN) && listed.contains(TQ_KHCN), listed.toString());
        assertTrue(listed.contains("Báo Hà Tĩnh"), "shared by no other register: bare " + listed);
        assertTrue(!listed.contains("Sở Khoa học và Công nghệ"), "the name alone found both provinces' plans: " + listed);
        // The same entries, in the same order, as the agency view's headings (collectives after the agencies in both).
        List<String> collectives = texts(first.at("/facets/ag"));
        List<String> filter = new ArrayList<>(listed.stream().filter(a -> !collectives.contains(a)).toList());
        filter.addAll(collectives);
        List<String> headings = Jsoup.parse(site.resolve("co-quan/index.html").toFile(), "UTF-8")
                .select("section.agency > h2").eachText();
        assertEquals(headings, filter);

        // Each plan's row names its own province's department, which is what the filter matches.
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (JsonNode plan : data("search/plans.js").get("plans")) {
            rows.put(plan.get("id").asText(), texts(plan.get("a")));
        }
        assertTrue(rows.get("ht-mot").contains(HT_KHCN) && !rows.get("ht-mot").contains(TQ_KHCN), rows.toString());
        assertTrue(rows.get("tq-mot").contains(TQ_KHCN) && !rows.get("tq-mot").contains(HT_KHCN), rows.toString());
    }

    @Test
    void choosingOneProvincesDepartmentFindsThatProvincesPlanOnly() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        try (HeadlessChromium chromium = new HeadlessChromium(Files.createDirectories(dir.resolve("browser")))) {
            WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20), Duration.ofMillis(50));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            chromium.open(site.resolve("index.html").toUri().toString());
            wait.until(d -> d.findElement(By.id("portal-search")).isDisplayed());
            Select agency = new Select(chromium.driver().findElement(By.id("filter-agency")));
            List<String> options = agency.getOptions().stream().map(WebElement::getText).toList();
            assertEquals(1, options.stream().filter(TQ_KHCN::equals).count(), options.toString());
            assertEquals(1, options.stream().filter(HT_KHCN::equals).count(), options.toString());

            agency.selectByVisibleText(TQ_KHCN);
            wait.until(d -> plans(d).equals(List.of("tq-mot")));
            chromium.screenshot("two-provinces-agency-filter-desktop");
            // The chosen entry shows whole, its province too (cut at 16rem it read "… (Ủy ban nhân").
            Number room = (Number) chromium.driver().executeScript("""
                    const select = document.getElementById('filter-agency');
                    const probe = document.createElement('span');
                    probe.style.font = getComputedStyle(select).font;
                    probe.style.whiteSpace = 'nowrap';
                    probe.textContent = select.selectedOptions[0].textContent;
                    document.body.appendChild(probe);
                    const room = select.clientWidth - probe.getBoundingClientRect().width;
                    probe.remove();
                    return room;""");
            assertTrue(room.doubleValue() > 20, "the chosen agency is cut: " + room + " px to spare");
            assertFalse(chromium.driver().findElement(By.id("filter-agency-chosen")).isDisplayed(),
                    "on a wide screen the select shows the whole name; no second copy under it");
            agency.selectByVisibleText(HT_KHCN);
            wait.until(d -> plans(d).equals(List.of("ht-mot")));
            agency.selectByVisibleText("Báo Hà Tĩnh");
            wait.until(d -> plans(d).equals(List.of("ht-mot")));

            // A phone: the filter's longer names still fit the width.
            chromium.phoneWidth(true);
            chromium.open(site.resolve("index.html").toUri().toString());
            wait.until(d -> d.findElement(By.id("portal-search")).isDisplayed());
            chromium.driver().findElement(By.cssSelector("#search-more summary")).click(); // folded on a phone
            new Select(chromium.driver().findElement(By.id("filter-agency"))).selectByVisibleText(TQ_KHCN);
            wait.until(d -> plans(d).equals(List.of("tq-mot")));
            chromium.screenshot("two-provinces-agency-filter-phone");
            // The select cuts the name on one line there; its whole name, the province too, is written under it.
            WebElement chosen = chromium.driver().findElement(By.id("filter-agency-chosen"));
            assertTrue(chosen.isDisplayed(), "the chosen agency is written whole under its filter on a phone");
            assertEquals(TQ_KHCN, chosen.getText());
            assertTrue(chosen.getRect().getWidth() <= chromium.driver().findElement(By.id("filter-agency")).getRect().getWidth(),
                    "the chosen agency's name wraps inside the filter's width");
            long overflow = (Long) chromium.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 1, "the index fits a phone's width (overflow " + overflow + " px)");
            assertEquals(List.of(), chromium.consoleErrors(), "the browser console stays clean");
        }
    }

    /** The plans the index lists now, by their folder (the row's link). */
    private static List<String> plans(org.openqa.selenium.WebDriver driver) {
        List<String> slugs = new ArrayList<>();
        for (WebElement link : driver.findElements(By.cssSelector("#index-rows tr td:first-child a"))) {
            slugs.add(link.getAttribute("href").replaceFirst(".*/([^/]+)/(index\\.html)?$", "$1"));
        }
        return slugs;
    }

    /** A search data script's object ({@code window.X = {…};}). */
    private static JsonNode data(String file) throws IOException {
        String script = Files.readString(site.resolve(file));
        return new ObjectMapper().readTree(script.substring(script.indexOf('=') + 1, script.lastIndexOf(';')));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
