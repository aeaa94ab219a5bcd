package plandoc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s32: the links between documents (amends:, corrects:, hieu-luc.yaml) were on the plan pages only. A portal reading
 * the feed, the open data or the search data, and a reader of the index, now see them too: each other document by its
 * citation and its page, and the index lists the amending documents under the one they amend and filters by status.
 * Read back from a real build: the feed as XML, datapackage.json and the search data as JSON, the index as HTML.
 */
class LinkedDocumentsPortalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theFeedOpenDataSearchDataAndIndexCarryTheLinks() throws Exception {
        Path site = dir.resolve("site");
        Cli.Result built = OtherContentTest.build(content(), site);
        assertEquals(0, built.exit(), built.errText());

        // The feed: the old decision's entry links the amending and the correcting decisions' pages, titled.
        org.w3c.dom.Element old = entry(site, "Quyết định 424/QĐ-UBND");
        assertTrue(relatedLinks(old).contains("Được sửa đổi, bổ sung bởi Quyết định số 1520/QĐ-UBND ngày 15/06/2026 "
                + "-> qd-sua-doi/index.html"), relatedLinks(old).toString());
        assertTrue(relatedLinks(old).contains("Được đính chính bởi Quyết định số 1600/QĐ-UBND ngày 20/06/2026 "
                + "-> qd-dinh-chinh/index.html"), relatedLinks(old).toString());
        assertTrue(text(old, "summary").contains("Được sửa đổi, bổ sung bởi Quyết định số 1520/QĐ-UBND ngày 15/06/2026. "),
                text(old, "summary"));
        assertTrue(text(old, "summary").startsWith("Được "), "the links' sentences open the summary");
        assertTrue(relatedLinks(entry(site, "Quyết định 1520/QĐ-UBND")).contains(
                "Sửa đổi, bổ sung Quyết định số 424/QĐ-UBND ngày 18/02/2022 -> qd-goc/index.html"));
        // The replaced decision: its status as a category, the replacing decision linked, and back.
        org.w3c.dom.Element replaced = entry(site, "Quyết định 1401/QĐ-UBND");
        assertTrue(categories(replaced).contains("urn:plandoc:status replaced Đã bị thay thế"), categories(replaced).toString());
        assertTrue(relatedLinks(replaced).contains("Được thay thế bởi Quyết định số 1402/QĐ-UBND ngày 15/06/2026 "
                + "-> qd-thay-the/index.html"), relatedLinks(replaced).toString());
        assertTrue(relatedLinks(entry(site, "Quyết định 1402/QĐ-UBND")).contains(
                "Thay thế Quyết định số 1401/QĐ-UBND ngày 10/03/2025 -> qd-cu/index.html"));

        // The open data: every linked document is a source, with what each other document is to it and its page.
        JsonNode sources = JSON.readTree(site.resolve("datapackage.json").toFile()).get("sources");
        JsonNode goc = source(sources, "qd-goc/");
        JsonNode amendedBy = relation(goc.get("related"), "amended-by");
        assertEquals("Quyết định số 1520/QĐ-UBND ngày 15/06/2026", amendedBy.get("citation").asText());
        assertEquals("qd-sua-doi/index.html", amendedBy.get("path").asText());
        assertEquals("qd-dinh-chinh/index.html", relation(goc.get("related"), "corrected-by").get("path").asText());
        assertFalse(goc.has("status"), "in force");
        JsonNode cu = source(sources, "qd-cu/");
        assertEquals("replaced", cu.get("status").asText());
        assertEquals("replaced-by", cu.get("related").get(0).get("relation").asText());
        assertEquals("qd-thay-the/index.html", cu.get("related").get(0).get("path").asText());
        assertEquals("replaces", source(sources, "qd-thay-the/").get("related").get(0).get("relation").asText());

        // The search data: a row's status for the filter, and its links for the list the script draws.
        JsonNode rows = script(site.resolve("search/plans.js")).get("plans");
        JsonNode row = row(rows, "qd-goc");
        assertTrue(row.get("rl").toString().contains(
                "[\"amended-by\",\"qd-sua-doi/index.html\",\"Quyết định số 1520/QĐ-UBND ngày 15/06/2026\"]"),
                row.get("rl").toString());
        assertFalse(row.has("ss"));
        assertEquals("replaced", row(rows, "qd-cu").get("ss").asText());
        assertEquals("amends", row(rows, "qd-sua-doi").get("rl").get(0).get(0).asText());

        // The index, as printed without JavaScript: the lines under the titles, and the filter by status.
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element gocRow = index.select("#index-rows tr").stream()
                .filter(tr -> tr.select("td:first-child a[href=qd-goc/index.html]").size() > 0).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("Được sửa đổi, bổ sung bởi: Quyết định số 1520/QĐ-UBND ngày 15/06/2026",
                "Được đính chính bởi: Quyết định số 1600/QĐ-UBND ngày 20/06/2026"),
                java.util.Set.copyOf(gocRow.select(".index-related").eachText()));
        assertEquals("qd-sua-doi/index.html", gocRow.selectFirst(".index-related-amended-by a").attr("href"));
        assertEquals(List.of("", "in-force", "replaced", "expired"), index.select("#filter-status option").eachAttr("value"));
        assertEquals(List.of("Tất cả", "Còn hiệu lực", "Đã bị thay thế", "Hết hiệu lực"),
                index.select("#filter-status option").eachText());
        assertEquals(5, index.select("#index-rows tr").size(), "a replaced document stays listed");
        // s33 review M3: these decisions have no budget: a phone's card printed "Tổng kinh phí: triệu đồng", no figure.
        assertEquals("", gocRow.selectFirst("td.cell-money").html(), "no card label around a missing total");
    }

    /** s33: the replacing document's row said nothing of the one it replaces (only the feed and open data did). */
    @Test
    void theReplacingAndTheReplacedRowsNameEachOther() throws Exception {
        Path site = dir.resolve("site");
        Cli.Result built = OtherContentTest.build(content(), site);
        assertEquals(0, built.exit(), built.errText());
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element replacing = indexRow(index, "qd-thay-the");
        assertEquals(List.of("Thay thế: Quyết định số 1401/QĐ-UBND ngày 10/03/2025"),
                replacing.select(".index-related").eachText());
        assertEquals("qd-cu/index.html", replacing.selectFirst(".index-related-replaces a").attr("href"));
        Element replaced = indexRow(index, "qd-cu");
        assertEquals(List.of("Được thay thế bởi: Quyết định số 1402/QĐ-UBND ngày 15/06/2026"),
                replaced.select(".index-related").eachText());
        assertEquals("qd-thay-the/index.html", replaced.selectFirst(".index-related-replaced-by a").attr("href"));
        assertEquals("Thay thế:", index.selectFirst("script[data-replaces]").attr("data-replaces"));

        // The search data the script draws every row from says the same.
        JsonNode rows = script(site.resolve("search/plans.js")).get("plans");
        assertEquals("[[\"replaces\",\"qd-cu/index.html\",\"Quyết định số 1401/QĐ-UBND ngày 10/03/2025\"]]",
                row(rows, "qd-thay-the").get("rl").toString());
        assertEquals("[[\"replaced-by\",\"qd-thay-the/index.html\",\"Quyết định số 1402/QĐ-UBND ngày 15/06/2026\"]]",
                row(rows, "qd-cu").get("rl").toString());
    }

    private static Element indexRow(Document index, String slug) {
        return index.select("#index-rows tr").stream()
                .filter(tr -> tr.select("td:first-child a[href=" + slug + "/index.html]").size() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no index row " + slug));
    }

    @Test
    void theEnglishIndexSaysTheLinesAndTheFilterInItsChrome() throws Exception {
        Path site = dir.resolve("site");
        Cli.Result built = OtherContentTest.build(content(), site, "--lang", "en");
        assertEquals(0, built.exit(), built.errText());
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        Element line = index.selectFirst(".index-related-amended-by");
        assertEquals("Amended by: Quyết định số 1520/QĐ-UBND ngày 15/06/2026", line.text());
        assertEquals("en", line.attr("lang"));
        assertEquals("vi", line.selectFirst("a").attr("lang"), "the citation is the document's Vietnamese");
        assertEquals(List.of("All", "In force", "Replaced", "No longer in force"),
                index.select("#filter-status option").eachText());
        assertEquals("Amended by:", index.selectFirst("script[data-amended-by]").attr("data-amended-by"));
    }

    /** The amends fixtures (an issued decision, its amendment and its correction) and the standing ones, replaced. */
    private Path content() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        for (String plan : List.of("qd-goc", "qd-sua-doi", "qd-dinh-chinh")) {
            copy(Path.of("src/test/resources/amends"), plan, content);
        }
        for (String plan : List.of("qd-cu", "qd-thay-the")) {
            copy(Path.of("src/test/resources/standing"), plan, content);
        }
        Files.copy(Path.of("src/test/resources/standing/hieu-luc.yaml"), content.resolve("qd-cu/hieu-luc.yaml"));
        return content;
    }

    private static void copy(Path fixtures, String plan, Path content) throws Exception {
        Path folder = Files.createDirectories(content.resolve(plan));
        Files.copy(fixtures.resolve(plan).resolve("plan.yaml"), folder.resolve("plan.yaml"));
    }

    private static org.w3c.dom.Element entry(Path site, String title) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList entries = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(site.resolve("feed.xml"))))
                .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            if (text(entry, "title").startsWith(title)) {
                return entry;
            }
        }
        throw new AssertionError("no feed entry " + title);
    }

    private static String text(org.w3c.dom.Element entry, String name) {
        return entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    /** The entry's related links to pages: "title -> href". */
    private static List<String> relatedLinks(org.w3c.dom.Element entry) {
        List<String> links = new ArrayList<>();
        NodeList all = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element link = (org.w3c.dom.Element) all.item(i);
            if (link.getAttribute("rel").equals("related") && link.getAttribute("type").equals("text/html")) {
                links.add(link.getAttribute("title") + " -> " + link.getAttribute("href"));
            }
        }
        return links;
    }

    /** The entry's categories with a scheme: "scheme term label". */
    private static List<String> categories(org.w3c.dom.Element entry) {
        List<String> found = new ArrayList<>();
        NodeList all = entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "category");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element category = (org.w3c.dom.Element) all.item(i);
            if (category.hasAttribute("scheme")) {
                found.add(category.getAttribute("scheme") + " " + category.getAttribute("term") + " "
                        + category.getAttribute("label"));
            }
        }
        return found;
    }

    /** The open data's source for a plan, by its PDF's folder. */
    private static JsonNode source(JsonNode sources, String folder) {
        for (JsonNode source : sources) {
            if (source.get("path").asText().startsWith(folder)) {
                return source;
            }
        }
        throw new AssertionError("no source in " + folder + ": " + sources);
    }

    /** The open data's related entry of that relation. */
    private static JsonNode relation(JsonNode related, String relation) {
        for (JsonNode entry : related) {
            if (entry.get("relation").asText().equals(relation)) {
                return entry;
            }
        }
        throw new AssertionError("no " + relation + " in " + related);
    }

    /** A search data script's JSON ("window.PLANDOC_PLANS = {…};"). */
    private static JsonNode script(Path file) throws Exception {
        String text = Files.readString(file);
        return JSON.readTree(text.substring(text.indexOf('=') + 1, text.lastIndexOf(';')));
    }

    private static JsonNode row(JsonNode rows, String slug) {
        for (JsonNode row : rows) {
            if (row.get("id").asText().equals(slug)) {
                return row;
            }
        }
        throw new AssertionError("no row " + slug);
    }
}
