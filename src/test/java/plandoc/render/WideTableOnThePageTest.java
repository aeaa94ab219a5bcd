package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import plandoc.Generator;
import plandoc.HeadlessChromium;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * On the web page a table the PDF prints in column parts (424's PHỤ LỤC 03–05) is shown whole and
 * scrolls sideways inside its own box: the page itself never gets wider than the window, on a desktop
 * or a phone, and the parts printed for paper are not shown. Measured in headless Chromium.
 */
class WideTableOnThePageTest {

    @TempDir
    static Path temp;

    /** One browser for the class, and 424's page written once for the two tests that read it. */
    private static HeadlessChromium chromium;
    private static ResolvedPlan plan424;
    private static Path page424;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(HeadlessChromium.available(), "Debian's chromium and chromium-driver are not installed here");
        Path assets = Files.createDirectories(temp.resolve("site").resolve("assets"));
        Files.copy(Path.of("templates", "assets", "plandoc.css"), assets.resolve("plandoc.css"));
        plan424 = new Generator(Path.of("")).resolve(Path.of("content", "ha-tinh-424-2022")).resolved().orElseThrow();
        page424 = writePage(plan424);
        chromium = new HeadlessChromium(temp);
    }

    /** Each test starts from a blank page in the desktop window, as in a browser of its own. */
    @BeforeEach
    void blankDesktop() {
        chromium.driver().get("about:blank");
        chromium.phoneWidth(false);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Path writePage(ResolvedPlan plan) throws Exception {
        Path page = temp.resolve("site").resolve(plan.info().slug()).resolve("index.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, TestRenderers.standard().renderPage(plan), StandardCharsets.UTF_8);
        return page;
    }

    @Test
    void aTablePrintedInPartsScrollsWholeInsideItsBox() throws Exception {
        ResolvedPlan plan = plan424;
        List<String> split = plan.tables().stream().filter(t -> t.print().split()).map(TableView::id).toList();
        assertTrue(!split.isEmpty());
        Path page = page424;
        for (boolean phone : List.of(false, true)) {
            chromium.phoneWidth(phone);
            ChromeDriver browser = chromium.driver();
            chromium.open(page.toUri().toString());
            for (String id : split) {
                @SuppressWarnings("unchecked")
                Map<String, Object> box = (Map<String, Object>) browser.executeScript("""
                        const block = document.getElementById(arguments[0]);
                        const scroll = block.querySelector('.table-scroll');
                        block.scrollIntoView();
                        return { shown: block.getClientRects().length > 0,
                                 scrolls: scroll.scrollWidth > scroll.clientWidth + 1,
                                 overflow: getComputedStyle(scroll).overflowX,
                                 parts: [...document.querySelectorAll('.print-parts')].some(p => p.getClientRects().length > 0),
                                 pageWider: document.documentElement.scrollWidth > window.innerWidth + 1,
                                 rows: block.querySelectorAll('tbody tr').length,
                                 narrowest: Math.min(...[...block.querySelector('tbody tr.row-item').cells]
                                     .filter(c => !c.classList.contains('cell-number')).map(c => c.getBoundingClientRect().width)),
                                 rem: parseFloat(getComputedStyle(document.documentElement).fontSize) };
                        """, id);
                String where = id + (phone ? " on a phone" : " on a desktop") + ": " + box;
                assertEquals(true, box.get("shown"), where);
                assertEquals(true, box.get("scrolls"), "the whole table scrolls sideways in its box, " + where);
                assertEquals("auto", box.get("overflow"), where);
                assertEquals(false, box.get("parts"), "the paper parts are not shown, " + where);
                assertEquals(false, box.get("pageWider"), "the page is never wider than the window, " + where);
                // The printed proportions at 100 % squeeze 15 columns to a word per line; each column gets room.
                assertTrue(((Number) box.get("narrowest")).doubleValue() >= 4 * ((Number) box.get("rem")).doubleValue(),
                        "every column at least 4 rem wide, " + where);
                TableView table = plan.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
                assertEquals((long) table.rows().size(), box.get("rows"), "every row, once, " + where);
            }
            chromium.screenshot("wide-table-" + (phone ? "phone" : "desktop"));
        }
    }

    /**
     * s37 review L5: on a phone a budget table scrolling sideways showed no cue but a cut column. The edge shadow
     * was a radial gradient as tall as the whole table, so near its top rows, what a reader sees first, it was a
     * hair wide. The lightest pixel down the box's right edge, over the first body rows (the paper between the words
     * and rules), is now shadowed, read from the screen.
     */
    @Test
    void aTableThatScrollsShowsAShadowAtItsRightEdgeOnAPhone() throws Exception {
        chromium.phoneWidth(true);
        ChromeDriver browser = chromium.driver();
        chromium.open(page424.toUri().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.executeScript("""
                const scroll = [...document.querySelectorAll('.table-scroll')]
                    .find(s => s.scrollWidth > s.clientWidth + 1 && s.querySelector('tbody tr.row-item'));
                scroll.scrollIntoView();
                window.scrollBy(0, -20);
                const box = scroll.getBoundingClientRect();
                const row = scroll.querySelector('tbody tr').getBoundingClientRect();
                return { right: box.right, top: row.top, bottom: Math.min(row.top + 200, window.innerHeight),
                         ratio: window.devicePixelRatio };
                """);
        double ratio = ((Number) box.get("ratio")).doubleValue();
        java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)));
        int x = (int) Math.round((((Number) box.get("right")).doubleValue() - 3) * ratio);
        int lightest = 0;
        for (int y = (int) (((Number) box.get("top")).doubleValue() * ratio);
                y < (int) (((Number) box.get("bottom")).doubleValue() * ratio); y++) {
            int rgb = shot.getRGB(x, y);
            lightest = Math.max(lightest, Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff)));
        }
        chromium.screenshot("wide-table-phone-edge");
        assertTrue(lightest < 225, "the paper at the right edge is shadowed: lightest " + lightest + ", " + box);
    }

    /**
     * s19 review 8: on a phone, a table's text columns kept the printed proportions inside the scroller, and an
     * agency's name ("Trung tâm Phục vụ hành chính công tỉnh") wrapped one word a line. Each text cell now has room
     * for a few words: at least 7 em, the table scrolling sideways instead.
     */
    @Test
    void aTextColumnOnAPhoneHasRoomForMoreThanAWordALine() throws Exception {
        Path page = page424;
        chromium.phoneWidth(true);
        chromium.open(page.toUri().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> cells = (Map<String, Object>) chromium.driver().executeScript("""
                const cells = [...document.querySelectorAll('table.data-table td.cell-text')]
                    .filter(c => c.getClientRects().length > 0);
                const narrow = cells.filter(c => c.getBoundingClientRect().width + 0.5
                    < 7 * parseFloat(getComputedStyle(c).fontSize));
                return { count: cells.length, narrow: narrow.length,
                         first: narrow.length ? narrow[0].textContent : '',
                         pageWider: document.documentElement.scrollWidth > window.innerWidth + 1 };
                """);
        assertTrue(((Number) cells.get("count")).intValue() > 50, cells.toString());
        assertEquals(0L, ((Number) cells.get("narrow")).longValue(), "every text cell at least 7 em wide: " + cells);
        assertEquals(false, cells.get("pageWider"), "the tables scroll in their boxes, not the page: " + cells);
    }

    /**
     * A wide table that is not split on paper (QĐ 4086's Phụ lục 3, 11 columns) was cut at the sheet's 52 rem on a
     * 1280 px window, its sideways scrollbar at the foot of a long table, out of sight; then (s24) its box took the
     * window's width, leaving the sheet's frame on both sides (s31 tryout: "spills past the page frame"). It stays on
     * the sheet, its type a step smaller, and every column shows; on a phone it scrolls in its box, and neither page
     * is wider than the window. Narrow tables keep the sheet's type.
     */
    @Test
    void aWideTableStaysOnTheSheetOnADesktop() throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content", "ha-tinh-4086-2012")).resolved().orElseThrow();
        TableView wide = plan.tables().stream().filter(t -> t.wide() && !t.print().split()).findFirst().orElseThrow();
        TableView narrow = plan.tables().stream().filter(t -> !t.wide()).findFirst().orElseThrow();
        Path page = writePage(plan);
        String measure = """
                const block = document.getElementById(arguments[0]);
                const scroll = block.querySelector('.table-scroll');
                const sheet = document.querySelector('.document').getBoundingClientRect();
                const box = block.getBoundingClientRect();
                return { scrolls: scroll.scrollWidth > scroll.clientWidth + 1,
                         onSheet: box.left >= sheet.left - 0.5 && box.right <= sheet.right + 0.5,
                         left: box.left, right: box.right, sheetLeft: sheet.left, sheetRight: sheet.right,
                         size: parseFloat(getComputedStyle(block.querySelector('table')).fontSize),
                         pageWider: document.documentElement.scrollWidth > window.innerWidth + 1 };
                """;
        ChromeDriver browser = chromium.driver();
        chromium.open(page.toUri().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> desktop = (Map<String, Object>) browser.executeScript(measure, wide.id());
        assertEquals(true, desktop.get("onSheet"), "the wide table stays inside the sheet's frame: " + desktop);
        assertEquals(false, desktop.get("scrolls"), "every column shows at 1280 px: " + desktop);
        assertEquals(false, desktop.get("pageWider"), desktop.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> onSheet = (Map<String, Object>) browser.executeScript(measure, narrow.id());
        assertEquals(true, onSheet.get("onSheet"), "a narrow table stays on the sheet: " + onSheet);
        assertTrue(((Number) desktop.get("size")).doubleValue() < ((Number) onSheet.get("size")).doubleValue(),
                "the wide table's type a step smaller: " + desktop + " " + onSheet);
        chromium.screenshot("wide-table-on-the-sheet");
        chromium.phoneWidth(true);
        chromium.open(page.toUri().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> phone = (Map<String, Object>) browser.executeScript(measure, wide.id());
        assertEquals(true, phone.get("scrolls"), "a phone scrolls it in its box: " + phone);
        assertEquals(false, phone.get("pageWider"), phone.toString());
    }
}
