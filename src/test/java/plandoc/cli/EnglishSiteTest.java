package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --lang en}: the site's chrome in English, the documents as they are. The bundled content is
 * built in Vietnamese, then in English into the same folder (the language is part of the build's key, so
 * every page is made again), and the pages are read back.
 */
class EnglishSiteTest {
    private static final String PLAN = "ha-tinh-424-2022";

    @TempDir
    Path dir;

    @Test
    void theChromeIsEnglishAndTheDocumentsStayVietnamese() throws IOException {
        Path site = dir.resolve("site");
        Cli.Result vi = Cli.run("build", "--content", "content", "--out", site.toString());
        assertEquals(0, vi.exit(), vi.errText());
        Document viIndex = read(site.resolve("index.html"));
        Document viPlan = read(site.resolve(PLAN + "/index.html"));
        Map<String, byte[]> documents = documents(site);
        Document viAgencies = read(site.resolve("co-quan/index.html"));
        assertEquals("vi", viIndex.selectFirst("html").attr("lang"));
        assertEquals("Danh mục văn bản", viIndex.selectFirst("h1").text());

        Cli.Result en = Cli.run("build", "--lang", "en", "--content", "content", "--out", site.toString());
        assertEquals(0, en.exit(), en.errText());

        Document index = read(site.resolve("index.html"));
        assertEquals("en", index.selectFirst("html").attr("lang"));
        assertEquals("Documents", index.selectFirst("h1").text());
        assertEquals("Documents", index.title());
        assertTrue(index.selectFirst(".site-links").text().contains("Tasks and funding by agency"),
                index.selectFirst(".site-links").text());
        assertEquals("Filter and sort", index.selectFirst("#search-more summary").text());
        assertEquals(List.of("Number, symbol", "Date issued", "Summary", "Issuing body", "Total funding (million dong)",
                "Downloads"), index.select("#index-table thead th").eachText());
        assertEquals("No documents found.", index.selectFirst("script[data-minisearch]").attr("data-none"));
        // s33 review L1: what to try when nothing is found, in the chrome's language.
        assertEquals("Try fewer words, other words, or the document's number; typing without Vietnamese marks works too.",
                index.selectFirst("script[data-minisearch]").attr("data-none-words"));
        // s34 review M3: the examples, from this site's newest document, filled in by the script.
        assertEquals("Try fewer words, other words, or the document's number (e.g. {number}); typing without Vietnamese"
                + " marks works too: “{unmarked}” finds “{marked}”.",
                index.selectFirst("script[data-minisearch]").attr("data-none-words-example"));
        assertEquals("The filters chosen may leave documents out: choose “All” in each filter to search every document.",
                index.selectFirst("script[data-minisearch]").attr("data-none-filters"));
        // The documents' titles and issuers are Vietnamese, marked so for screen readers.
        assertEquals(viIndex.select("#index-rows td:nth-child(3)").eachText(), index.select("#index-rows td:nth-child(3)").eachText());
        assertEquals(List.of("vi", "vi"), index.select("#index-rows td:nth-child(3)").eachAttr("lang"));
        assertTrue(index.selectFirst("#index-rows .downloads").text().startsWith("Document (PDF)"),
                index.selectFirst("#index-rows .downloads").text());
        String plansJs = Files.readString(site.resolve("search/plans.js"));
        assertTrue(plansJs.contains("Document (Word)") && plansJs.contains("Chuyển đổi số"), "the search data: English links, Vietnamese text");

        Document plan = read(site.resolve(PLAN + "/index.html"));
        assertEquals("en", plan.selectFirst("html").attr("lang"));
        assertTrue(plan.selectFirst("nav.site-nav").text().startsWith("← Documents Downloads: Document (PDF)"),
                plan.selectFirst("nav.site-nav").text());
        assertEquals("Contents", plan.selectFirst(".toc-title").text());
        assertEquals("vi", plan.selectFirst("main.document").attr("lang"));
        assertEquals(viPlan.selectFirst("main.document").outerHtml().replace("<main class=\"document\">",
                "<main class=\"document\" lang=\"vi\">"), plan.selectFirst("main.document").outerHtml(),
                "the document itself is the Vietnamese build's");
        assertTrue(plan.selectFirst("main.document").text().contains("QUYẾT ĐỊNH"));

        Document agencies = read(site.resolve("co-quan/index.html"));
        assertEquals("en", agencies.selectFirst("html").attr("lang"));
        assertEquals("Tasks and funding by agency", agencies.selectFirst("h1").text());
        // s37 review L6: the index's link and the page it opens had two names ("… theo cơ quan").
        assertEquals(index.selectFirst("a.agency-link").text(), agencies.selectFirst("h1").text());
        assertEquals(viIndex.selectFirst("a.agency-link").text(), viAgencies.selectFirst("h1").text());
        assertEquals("Nhiệm vụ và kinh phí theo cơ quan", viAgencies.selectFirst("title").text());
        assertEquals("How funding is counted on this page (million dong, each document separately)",
                agencies.selectFirst(".agency-note > summary").text());
        assertTrue(agencies.selectFirst(".agency-note > p").text().startsWith("How funding is counted."),
                agencies.selectFirst(".agency-note").text());
        assertEquals(List.of("Document", "Role", "Task", "Funding (million dong)"),
                agencies.select("section.agency .table-scroll thead th").eachText().subList(0, 4));
        // Figures the chrome shows are in the English form, in its one unit; the documents' words stay Vietnamese.
        org.jsoup.nodes.Element tttt = agencies.getElementById("so-tttt");
        tttt.select(".card-label").remove();
        assertEquals(List.of("4086/QĐ-UBND of 28/12/2012", "439,200", "",
                        "3 sources of funds: NS TƯ; NS địa phương; Vốn khác 2 periods: 2012-2015 and 2016-2020"),
                tttt.select("table.agency-totals tbody tr").get(0).select("td").stream().map(org.jsoup.nodes.Element::text).toList());
        // What a total adds: the chrome's words, the sources' names (the documents') marked Vietnamese.
        assertEquals(List.of("NS TƯ; NS địa phương; Vốn khác"), tttt.select("table.agency-totals tbody tr").get(0)
                .select("td").last().select("span[lang=vi]").eachText());
        assertEquals(List.of("424/QĐ-UBND of 18/02/2022", "158,150", "3,500"),
                tttt.select("table.agency-totals tbody tr").get(1).select("td").stream().map(org.jsoup.nodes.Element::text).toList()
                        .subList(0, 3));
        // A row 4086 prints in tỷ đồng also gives the figure as the document prints it, the document's Vietnamese (s27).
        assertTrue(tttt.select(".table-scroll td.cell-money .as-printed").eachText().contains("(printed as 4,00 tỷ đồng)"),
                tttt.select(".table-scroll td.cell-money .as-printed").eachText().toString());
        assertEquals("vi", tttt.selectFirst(".table-scroll td.cell-money .as-printed span").attr("lang"));
        tttt.select(".as-printed").remove();
        assertTrue(tttt.select(".table-scroll td.cell-money").eachText().containsAll(List.of("4,000", "56,000", "104,000")),
                tttt.select(".table-scroll td.cell-money").eachText().toString());
        assertTrue(agencies.selectFirst(".agency-note").text().contains("Totals that add several sources or periods together."),
                agencies.selectFirst(".agency-note").text());
        assertEquals(List.of("1,438,798", "724,900"), totals(index), "newest first, 424 (2022) before 4086 (2012)");
        assertEquals(List.of("1.438.798", "724.900"), totals(viIndex));
        String firstPage = Files.readString(site.resolve("search/first-page.js"));
        assertTrue(firstPage.contains("\"f\":\"724,900\"") && firstPage.contains("\"f\":\"1,438,798\""), firstPage);
        assertTrue(agencies.select("section.agency .table-scroll tbody td:nth-child(2)").eachText().contains("leads"));
        assertEquals("vi", agencies.selectFirst("section.agency h2").attr("lang"));
        // s20: the rows are named in English ("task 15 (Appendix 04)", not "nhiệm vụ số 15 Phụ lục 04"), only
        // their titles, the documents' words, marked Vietnamese; the Vietnamese page names them as the documents do.
        List<String> names = workNames(agencies);
        List<String> viNames = workNames(viAgencies);
        assertEquals(viNames.size(), names.size());
        assertTrue(names.contains("task 15 (Appendix 04)") && names.contains("clause 3 of section V")
                && names.contains("project 3") && names.contains("section 14 of part 3"), names.toString());
        assertEquals(List.of(), names.stream().filter(n -> n.isEmpty()
                || n.matches("(?s).*(số|mục|khoản|điểm|phần|Phụ lục|Điều|[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]).*")).toList());
        assertTrue(viNames.contains("nhiệm vụ số 15 Phụ lục 04") && viNames.contains("khoản 3 Mục V")
                && viNames.contains("dự án số 3") && viNames.contains("Mục 14 Phần thứ ba"), viNames.toString());
        assertEquals(agencies.select("section.agency .table-scroll tbody td:nth-child(3) a").eachAttr("href"),
                viAgencies.select("section.agency .table-scroll tbody td:nth-child(3) a").eachAttr("href"));
        assertEquals(viAgencies.select("section.agency .table-scroll tbody td:nth-child(3) > span").eachText(),
                agencies.select("section.agency .table-scroll tbody td:nth-child(3) > span[lang=vi]").eachText(),
                "the titles are the documents' Vietnamese, marked so");
        // Review s18, finding 8: every Vietnamese word the English pages show lies inside lang="vi" — the tables'
        // names in the downloads, the documents' numbers, the agencies named in captions and joint leads.
        for (Document page : List.of(index, plan, agencies)) {
            assertEquals(List.of(), unmarkedVietnamese(page), page.location());
        }
        assertTrue(index.select(".download-table-name[lang=vi]").size() >= 8, "the tables' names are checked");

        // What stays Vietnamese: the PDFs, Word and Excel files, the plan data (the officers' guide: GuideSettingTest).
        Map<String, byte[]> after = documents(site);
        assertEquals(documents.keySet(), after.keySet());
        documents.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
        assertNotNull(after.get(PLAN + "/plan.json"));
    }

    /** Text with a letter only Vietnamese writes (ă, ơ, đ, ệ, …) outside any element marked lang="vi". */
    private static List<String> unmarkedVietnamese(Document page) {
        java.util.regex.Pattern vietnamese = java.util.regex.Pattern.compile(
                "[ăâđêôơưàảãạáằẳẵặắầẩẫậấèẻẽẹéềểễệếìỉĩịíòỏõọóồổỗộốờởỡợớùủũụúừửữựứỳỷỹỵý]",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        return page.body().select("*").textNodes().stream()
                .filter(t -> vietnamese.matcher(t.text()).find())
                .filter(t -> !t.parent().tagName().equals("script") && t.parent().closest("[lang]") != null
                        && !t.parent().closest("[lang]").attr("lang").equals("vi"))
                .map(t -> t.text().strip()).distinct().toList();
    }

    /** How the agency view names each piece of work: the link in its "Task" column. */
    private static List<String> workNames(Document agencies) {
        return agencies.select("section.agency .table-scroll tbody td:nth-child(3) > a").eachText();
    }

    /** The index's money column as a wide screen shows it (the phone's card labels aside). */
    private static List<String> totals(Document index) {
        Document copy = index.clone();
        copy.select("#index-rows .card-label").remove();
        return copy.select("#index-rows td.cell-money").eachText();
    }

    private static Document read(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    /** Every file of the plans' folders but their pages: PDF, DOCX, XLSX, JSON, CSV, images. */
    private static Map<String, byte[]> documents(Path site) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(site.resolve(PLAN))) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String name = site.relativize(file).toString().replace('\\', '/');
                if (!name.endsWith("index.html")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
