package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The index's search, filters, sort and paging in headless Chromium, opened from {@code file://}: the
 * bundled plans plus 1,000 synthetic ones, written by the production template and search data writer.
 */
class PortalSearchBrowserTest {
    private static final int SYNTHETIC = 1000;

    @TempDir
    static Path temp;

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static PortalSite site;

    /** One site of 1,002 plans and one browser for the class: writing the site and starting Chromium were a third of it. */
    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        site = new PortalSite().withBundledPlans().withSyntheticPlans(SYNTHETIC);
        site.write(temp.resolve("site"));
        chromium = new HeadlessChromium(temp);
        browser = chromium.driver();
        // Rows are replaced when the search data arrives: a row read during the swap is simply read again.
        wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Each test starts from a blank page in the desktop window, as in a browser of its own. */
    @BeforeEach
    void blankDesktop() {
        browser.get("about:blank");
        chromium.phoneWidth(false);
        chromium.consoleErrors();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void searchesFiltersSortsAndPagesAThousandPlans() throws Exception {
        chromium.open(temp.resolve("site/index.html").toUri().toString());
        wait.until(d -> d.findElement(By.id("portal-search")).isDisplayed());
        int all = site.summaries.size();
        assertEquals("Văn bản 1–50 trong số 1.002", count());
        assertEquals(50, rows().size());
        chromium.screenshot("portal-index-desktop");

        // Without diacritics, as typed on a phone: the plan whose title says "Chuyển đổi số" comes first,
        // ahead of the hundred synthetic plans that only mention it in their text.
        WebElement query = browser.findElement(By.id("search-query"));
        query.sendKeys("chuyen doi so");
        wait.until(d -> firstNumber().equals("424/QĐ-UBND"));
        assertTrue(found() > SYNTHETIC / 10, count());
        chromium.screenshot("portal-search-desktop");
        query.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        query.sendKeys("Chuyển đổi số");
        wait.until(d -> firstNumber().equals("424/QĐ-UBND") && found() > SYNTHETIC / 10);
        query.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);

        // s30 F11: a word no document holds no longer empties the list: the documents holding at least half of the
        // words follow, under their own line, best first (before: "Không tìm thấy văn bản nào").
        query.sendKeys("chuyen doi so tramtrieu");
        wait.until(d -> firstNumber().equals("424/QĐ-UBND"));
        List<WebElement> partial = browser.findElements(By.cssSelector("#index-rows tr.index-partial-heading"));
        assertEquals(1, partial.size(), "one line above the partial matches");
        assertTrue(partial.get(0).getText().startsWith("Văn bản chỉ có một phần các từ tìm kiếm (" ), partial.get(0).getText());
        assertEquals("index-partial-heading",
                browser.findElement(By.cssSelector("#index-rows tr:first-child")).getAttribute("class"),
                "no document holds every word: the line comes first");
        chromium.screenshot("portal-search-partial-only");
        query.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        // The documents holding every word first (the whole 424 title), then the line, then those holding some.
        query.sendKeys("de an chuyen doi so ha tinh");
        wait.until(d -> firstNumber().equals("424/QĐ-UBND")
                && !d.findElements(By.cssSelector("#index-rows tr.index-partial-heading")).isEmpty());
        assertEquals("", browser.findElement(By.cssSelector("#index-rows tr:first-child")).getAttribute("class"),
                "424 holds every word: it comes before the line");
        chromium.screenshot("portal-search-partial");
        query.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        wait.until(d -> found() == all);

        // A year: exactly that year's plans, over two pages, no plan on both.
        new Select(browser.findElement(By.id("filter-year"))).selectByValue("2020");
        long in2020 = site.summaries.stream().filter(p -> p.date().get().getYear() == 2020).count();
        wait.until(d -> found() == in2020);
        assertTrue(in2020 > 50, "the year needs two pages: " + in2020);
        Set<String> firstPage = new HashSet<>(numbers());
        assertTrue(dates().stream().allMatch(d -> d.endsWith("/2020")), dates().toString());
        assertEquals("Trang 1/2", browser.findElement(By.id("page-status")).getText());
        browser.findElement(By.id("page-next")).click();
        wait.until(d -> browser.findElement(By.id("page-status")).getText().equals("Trang 2/2"));
        assertEquals(in2020 - 50, rows().size());
        assertTrue(count().startsWith("Văn bản 51–" + in2020 + " trong số " + in2020), count());
        assertTrue(numbers().stream().noneMatch(firstPage::contains), "page 2 repeats a plan of page 1");
        assertTrue(dates().stream().allMatch(d -> d.endsWith("/2020")), dates().toString());

        // s20 review 7: the register's collective entries ("Các cơ quan liên quan") are not agencies a reader looks
        // up: listed after the agencies, in a group of their own, not sorted among the departments.
        @SuppressWarnings("unchecked")
        Map<String, Object> agencyFilter = (Map<String, Object>) browser.executeScript("""
                const select = document.getElementById('filter-agency');
                const group = select.querySelector('optgroup');
                return { top: [...select.querySelectorAll(':scope > option')].map(o => o.value),
                         group: group ? [...group.querySelectorAll('option')].map(o => o.value) : [],
                         label: group ? group.label : '', last: select.lastElementChild.tagName };
                """);
        List<?> top = (List<?>) agencyFilter.get("top");
        List<?> collectives = (List<?>) agencyFilter.get("group");
        assertTrue(top.contains("Sở Y tế") && top.contains("Sở Thông tin và Truyền thông")
                && !top.contains("Các cơ quan liên quan"), agencyFilter.toString());
        assertTrue(collectives.contains("Các cơ quan liên quan") && collectives.stream().noneMatch(top::contains),
                agencyFilter.toString());
        assertEquals("Nhóm cơ quan, đơn vị (ghi chung)", agencyFilter.get("label"));
        assertEquals("OPTGROUP", agencyFilter.get("last"));

        // Kind, issuer and agency together, sorted by total: exactly the matching plans, largest first.
        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("Kế hoạch");
        new Select(browser.findElement(By.id("filter-issuer"))).selectByValue("Ủy ban nhân dân tỉnh Nghệ An");
        new Select(browser.findElement(By.id("filter-agency"))).selectByValue("Sở Y tế");
        new Select(browser.findElement(By.id("sort-order"))).selectByValue("total-desc");
        List<PlanSummary> expected = site.summaries.stream()
                .filter(p -> p.date().get().getYear() == 2020 && p.kind().equals("Kế hoạch")
                        && p.issuer().equals("Ủy ban nhân dân tỉnh Nghệ An")
                        && p.agencies().stream().anyMatch(a -> a.name().equals("Sở Y tế")))
                .sorted(Comparator.comparing((PlanSummary p) -> p.totalDong().get()).reversed())
                .toList();
        assertFalse(expected.isEmpty());
        wait.until(d -> found() == expected.size());
        assertEquals(expected.stream().map(PlanSummary::numberSymbol).toList(), numbers());
        assertEquals("Trang 1/1", browser.findElement(By.id("page-status")).getDomProperty("textContent"));
        assertFalse(browser.findElement(By.id("pager")).isDisplayed(), "one page needs no pager");

        // The search is in the address: reloading it gives the same results.
        browser.navigate().refresh();
        wait.until(d -> d.findElement(By.id("portal-search")).isDisplayed());
        assertEquals(expected.stream().map(PlanSummary::numberSymbol).toList(), numbers());

        // A phone: the index fits the width.
        chromium.phoneWidth(true);
        chromium.open(temp.resolve("site/index.html").toUri().toString());
        wait.until(d -> d.findElement(By.id("portal-search")).isDisplayed());
        chromium.screenshot("portal-index-phone");
        long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 1, "the index fits a phone's width (overflow " + overflow + " px)");

        assertEquals(List.of(), chromium.consoleErrors(), "the browser console stays clean");
    }

    /**
     * The index plandoc writes at build time is the index MiniSearch itself builds from the same plans:
     * same terms (Vietnamese folded the same way), same postings, same field lengths and averages.
     */
    @Test
    void theBuiltIndexIsWhatMiniSearchWouldBuild() throws Exception {
        chromium.open(temp.resolve("site/index.html").toUri().toString());
        wait.until(d -> d.findElement(By.id("portal-search")).isDisplayed());
        List<List<String>> documents = SearchData.newestFirst(site.summaries).stream()
                .map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.slug()),
                        SearchIndex.values(p).stream()).toList())
                .toList();
        Object verdict = browser.executeAsyncScript("""
                var documents = arguments[0], done = arguments[arguments.length - 1];
                function load(src) {
                  return new Promise(function (resolve, reject) {
                    var s = document.createElement('script'); s.src = src; s.onload = resolve; s.onerror = reject;
                    document.head.appendChild(s);
                  });
                }
                function fold(text) {
                  return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
                }
                var options = { idField: 'id', fields: ['n', 't', 'i', 'a', 'x'],
                  processTerm: function (t) { var f = fold(t); return f.length > 0 ? f : null; } };
                load('assets/vendor/minisearch.js').then(function () { return load('search/index.js'); }).then(function () {
                  var meta = window.PLANDOC_INDEX;
                  return Promise.all(Object.keys(meta.chunks).map(function (k) { return load(meta.chunks[k]); }));
                }).then(function () {
                  var reference = new MiniSearch(options);
                  reference.addAll(documents.map(function (d) { return { id: d[0], n: d[1], t: d[2], i: d[3], a: d[4], x: d[5] }; }));
                  var expected = reference.toJSON();
                  var meta = window.PLANDOC_INDEX;
                  var problems = [];
                  if (meta.documentCount !== expected.documentCount) { problems.push('documentCount ' + meta.documentCount); }
                  if (JSON.stringify(meta.averageFieldLength) !== JSON.stringify(expected.averageFieldLength)) {
                    problems.push('averages ' + meta.averageFieldLength + ' vs ' + expected.averageFieldLength);
                  }
                  documents.forEach(function (d, i) {
                    if (expected.documentIds[i] !== d[0]) { problems.push('id ' + i); }
                    if (JSON.stringify(expected.fieldLength[i]) !== JSON.stringify(meta.fieldLength[i])) {
                      problems.push('lengths of ' + d[0] + ': ' + meta.fieldLength[i] + ' vs ' + expected.fieldLength[i]);
                    }
                  });
                  var built = {};
                  Object.keys(window.PLANDOC_TERMS).forEach(function (key) {
                    window.PLANDOC_TERMS[key].forEach(function (entry) {
                      var data = {};
                      for (var k = 1; k < entry.length; k += 3) {
                        var docs = {}, id = 0;
                        entry[k + 1].forEach(function (gap, j) { id += gap; docs[id] = entry[k + 2] ? entry[k + 2][j] : 1; });
                        data[entry[k]] = docs;
                      }
                      built[entry[0]] = JSON.stringify(data);
                    });
                  });
                  var terms = 0;
                  expected.index.forEach(function (entry) {
                    terms++;
                    if (built[entry[0]] !== JSON.stringify(entry[1])) { problems.push('term ' + entry[0]); }
                    delete built[entry[0]];
                  });
                  Object.keys(built).forEach(function (term) { problems.push('extra term ' + term); });
                  done(problems.length === 0 ? 'same ' + terms : problems.slice(0, 20).join('; '));
                }, function (e) { done('failed ' + e); });
                """, documents);
        assertTrue(String.valueOf(verdict).startsWith("same "), String.valueOf(verdict));
        assertTrue(Integer.parseInt(String.valueOf(verdict).substring(5)) > 500, "the bundled plans' vocabulary: " + verdict);
    }

    private String count() {
        return browser.findElement(By.id("result-count")).getText();
    }

    /** How many plans the count line reports ("Văn bản 1–50 trong số 1.002", "7 văn bản"). */
    private long found() {
        String text = count();
        if (text.startsWith("Không")) {
            return 0;
        }
        String[] words = text.split(" ");
        String last = text.contains("trong số") ? words[words.length - 1] : words[0];
        return Long.parseLong(last.replace(".", ""));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#index-rows tr:not(.index-partial-heading)"));
    }

    private List<String> numbers() {
        return rows().stream().map(r -> r.findElement(By.cssSelector("td a")).getText()).toList();
    }

    private List<String> dates() {
        return rows().stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList();
    }

    private String firstNumber() {
        List<String> numbers = numbers();
        return numbers.isEmpty() ? "" : numbers.get(0);
    }
}
