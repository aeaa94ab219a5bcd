package plandoc.render.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.SiteLinks;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;

/**
 * Every download of the bundled plans is called the same on the plan page, the index and the Atom feed
 * (one wording per kind of file), and the plan page groups them as a reader looks for them: the document,
 * the data, then the tables' CSVs folded under their count, each under its table's name.
 */
class DownloadLinksTest {
    @TempDir
    static Path temp;

    private static final List<ResolvedPlan> plans = new ArrayList<>();
    private static final Map<String, Document> pages = new LinkedHashMap<>();
    private static Document index;
    private static Document feed;

    @BeforeAll
    static void render() throws Exception {
        for (PlanOutcome outcome : new Generator(Path.of("")).resolveAll(Path.of("content"))) {
            plans.add(outcome.resolved().orElseThrow());
        }
        PlanRenderer renderer = PlanRenderer.forTemplates(Path.of("templates"),
                new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults());
        for (ResolvedPlan plan : plans) {
            pages.put(plan.info().slug(), Jsoup.parse(renderer.renderPage(plan)));
        }
        PortalSite site = new PortalSite().withBundledPlans();
        site.write(temp.resolve("site"));
        index = Jsoup.parse(temp.resolve("site/index.html").toFile(), "UTF-8");
        feed = Jsoup.parse(new String(new AtomFeed().write(site.summaries, Optional.empty()), StandardCharsets.UTF_8),
                "", Parser.xmlParser());
    }

    /** href (as seen from the plan's folder) → the link's accessible name. */
    private static Map<String, String> names(List<Element> links, String prefix, String nameAttribute) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Element a : links) {
            String href = a.attr("href");
            if (href.startsWith(prefix) && !href.endsWith("index.html")) {
                String name = a.hasAttr(nameAttribute) ? a.attr(nameAttribute) : a.text();
                names.put(href.substring(prefix.length()), name);
            }
        }
        return names;
    }

    @Test
    void eachFileIsCalledTheSameOnThePageTheIndexAndTheFeed() {
        for (ResolvedPlan plan : plans) {
            String slug = plan.info().slug();
            Map<String, String> onPage = names(pages.get(slug).select(".downloads a"), "", "aria-label");
            Map<String, String> onIndex = names(index.select("td.downloads a"), slug + "/", "aria-label");
            Map<String, String> inFeed = new LinkedHashMap<>();
            for (Element entry : feed.select("entry")) {
                if (entry.selectFirst("link[rel=alternate]").attr("href").startsWith(slug + "/")) {
                    inFeed = names(entry.select("link[rel=enclosure], link[rel=related]"), slug + "/", "title");
                }
            }
            assertEquals(onPage, onIndex, slug);
            assertEquals(onPage, inFeed, slug);
            String stem = plan.info().fileStem();
            assertEquals("Văn bản (PDF)", onPage.get(stem + ".pdf"));
            assertEquals("Văn bản (Word)", onPage.get(stem + ".docx"));
            assertEquals("Bảng kinh phí (Excel)", onPage.get(stem + ".xlsx"));
            assertEquals("Dữ liệu (JSON)", onPage.get("plan.json"));
            onPage.forEach((href, name) -> {
                if (href.endsWith(".data.csv")) {
                    assertTrue(name.matches("Phụ lục \\d+: dữ liệu mở \\(CSV\\)"), href + " " + name);
                } else if (href.endsWith(".csv")) {
                    assertTrue(name.matches("Phụ lục \\d+: bảng như bản in \\(CSV\\)"), href + " " + name);
                }
            });
        }
    }

    @Test
    void thePlanPageFoldsTheTablesUnderTheirNames() {
        Document page = pages.get("ha-tinh-424-2022");
        Element downloads = page.selectFirst(".site-nav .downloads");
        assertEquals(List.of("Văn bản (PDF)", "Văn bản (Word)"), downloads.select(".download-document a").eachText());
        assertEquals(List.of("Bảng kinh phí (Excel)", "Dữ liệu văn bản điện tử (XML)", "Dữ liệu (JSON)"), downloads.select(".download-data a").eachText());
        Element tables = downloads.selectFirst("details.download-tables");
        assertFalse(tables.hasAttr("open"), "folded");
        assertEquals("Bảng số liệu (CSV, 14 tệp)", tables.selectFirst("summary").text());
        List<Element> items = tables.select("li");
        assertEquals(7, items.size());
        assertEquals("Phụ lục 01: DANH MỤC CÁC DỰ ÁN, NHIỆM VỤ CHUYỂN ĐỔI SỐ ĐANG THỰC HIỆN",
                items.get(0).selectFirst(".download-table-name").text());
        for (Element item : items) {
            assertEquals(List.of("Bảng như bản in (CSV)", "Dữ liệu mở (CSV)"), item.select("a").eachText());
            String name = item.selectFirst(".download-table-name").text();
            for (Element a : item.select("a")) {
                // The whole name read alone contains the words shown (WCAG 2.5.3) and the table's number.
                assertTrue(a.attr("aria-label").toLowerCase().endsWith(a.text().toLowerCase()), a.outerHtml());
                assertTrue(name.startsWith(a.attr("aria-label").substring(0, a.attr("aria-label").indexOf(':'))), name);
            }
        }
        assertEquals(14, tables.select("a[href$=.csv]").size());
        assertEquals(19, downloads.select("a").size(), "PDF, Word, Excel, the e-document record, JSON and 14 CSVs");
        assertEquals(18, feed.select("entry").stream()
                .filter(e -> e.selectFirst("link[rel=alternate]").attr("href").startsWith("ha-tinh-424-2022/"))
                .findFirst().orElseThrow().select("link[rel=related]").size(), "the feed still lists JSON, Word, Excel, the e-document record and the 14 CSVs");
    }
}
