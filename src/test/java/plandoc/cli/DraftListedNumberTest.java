package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft has no number until it is signed: the PDF's header prints "Số:       /KH-UBND" (Decree 30), but the site's
 * lists used to show the bare "/KH-UBND" as the document's name. They say "Dự thảo Kế hoạch (chưa có số)" (compute's
 * ListedNumber), read back here from a real {@code build --draft} of the starter draft {@code plandoc new} writes.
 */
class DraftListedNumberTest {
    private static final String LISTED = "Dự thảo Kế hoạch (chưa có số)";
    private static final String PAGE = "ke-hoach-thu/index.html";

    @TempDir
    Path dir;

    private Path draftSite(String... options) {
        Path content = dir.resolve("content");
        if (!Files.exists(content.resolve("ke-hoach-thu"))) {
            Cli.Result created = Cli.run("new", "ke-hoach-thu", "--content", content.toString(), "--province", "Hà Tĩnh");
            assertEquals(0, created.exit(), created.errText());
        }
        Path site = dir.resolve("site-draft");
        List<String> args = new java.util.ArrayList<>(List.of("build", "--draft", "--content", content.toString(),
                "--out", site.toString()));
        args.addAll(List.of(options));
        Cli.Result built = Cli.run(args.toArray(String[]::new));
        assertEquals(0, built.exit(), built.errText());
        return site;
    }

    private static Document html(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file));
    }

    @Test
    void theListsNameTheDraftByItsKindAndSayItHasNoNumberYet() throws IOException {
        Path site = draftSite();

        Element indexLink = html(site.resolve("index.html")).selectFirst("a[href=" + PAGE + "]");
        assertEquals(LISTED, indexLink.text(), "the index's number column");

        List<String> agencyLinks = html(site.resolve("co-quan/index.html")).select("a[href=../" + PAGE + "]")
                .eachText();
        assertFalse(agencyLinks.isEmpty(), "the agency view lists the draft's work");
        agencyLinks.forEach(text -> assertEquals(LISTED, text, "the agency view's \"Văn bản\" column"));

        Document page = html(site.resolve(PAGE));
        assertTrue(page.title().startsWith(LISTED + ": Triển khai"), page.title());
        assertEquals("Dự thảo Kế hoạch: " + page.title().substring(LISTED.length() + 2),
                page.selectFirst("meta[name=subject]").attr("content"), "the page's subject is the PDF's");
        // Decree 30: the draft's header keeps the blank number before its symbol, for the văn thư to fill.
        assertEquals("Số: /KH-UBND", page.selectFirst(".number-line").text());

        Document feed = Jsoup.parse(Files.readString(site.resolve("feed.xml")), "", Parser.xmlParser());
        assertTrue(feed.selectFirst("entry > title").text().startsWith(LISTED + ": "), feed.selectFirst("entry").text());
        assertTrue(feed.selectFirst("entry > summary").text().startsWith(LISTED + " của Ủy ban nhân dân tỉnh Hà Tĩnh"));

        String search = Files.readString(site.resolve("search/first-page.js"));
        assertTrue(search.contains("\"n\":\"" + LISTED + "\""), search);
        for (String file : List.of("index.html", "co-quan/index.html", "feed.xml", "datapackage.json",
                "search/first-page.js", "search/plans.js")) {
            assertFalse(Files.readString(site.resolve(file)).contains("\"/KH-UBND")
                    || Files.readString(site.resolve(file)).contains(">/KH-UBND")
                    || Files.readString(site.resolve(file)).contains(" /KH-UBND"), file + " still names the draft /KH-UBND");
        }
    }

    @Test
    void anEnglishSiteNamesItInTheDocumentsLanguageAsItsKind() throws IOException {
        Path site = draftSite("--lang", "en");
        Element link = html(site.resolve("co-quan/index.html")).selectFirst("a[href=../" + PAGE + "]");
        assertEquals(LISTED, link.text());
        assertEquals("vi", link.closest("[lang]").attr("lang"), "marked Vietnamese, as the plan's own words are");
    }
}
