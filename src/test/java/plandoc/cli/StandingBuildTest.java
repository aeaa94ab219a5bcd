package plandoc.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s30 tryout F2: retiring a replaced plan took it off the portal. Marked in its {@code hieu-luc.yaml} instead, it stays
 * published and listed: its page says what replaced it and from when it is no longer in force, the replacing
 * document's page says what it replaces, the index, search data and feed say so too; its PDF and Word file are the
 * bytes issued. In real builds one after the other, the second plan known by its site record.
 */
class StandingBuildTest {
    private static final Path FIXTURES = Path.of("src/test/resources/standing");

    @TempDir
    Path dir;

    @Test
    void aReplacedDocumentStaysPublishedAsIssuedAndSaysWhatReplacedIt() throws Exception {
        Path content = twoDecisions();
        Path site = dir.resolve("site");
        Cli.Result first = build(content, site);
        assertEquals(0, first.exit(), first.errText());
        byte[] pdf = Files.readAllBytes(site.resolve("qd-cu/1401-QD-UBND.pdf"));
        byte[] docx = Files.readAllBytes(site.resolve("qd-cu/1401-QD-UBND.docx"));
        assertFalse(page(site, "qd-cu").contains("standing-banner"));

        Files.copy(FIXTURES.resolve("hieu-luc.yaml"), content.resolve("qd-cu/hieu-luc.yaml"));
        Cli.Result second = build(content, site);
        assertEquals(0, second.exit(), second.errText());
        assertFalse(second.errText().contains("hieu-luc.yaml"), "read, not an unused file: " + second.errText());

        String old = page(site, "qd-cu");
        assertTrue(old.contains("<p class=\"standing-replaced\">Văn bản này đã được thay thế bởi <a href=\"../qd-thay-the/index.html\""
                + " lang=\"vi\">Quyết định số 1402/QĐ-UBND ngày 15/06/2026</a>.</p>"), old);
        assertTrue(old.contains("<p class=\"standing-expired\">Hết hiệu lực từ ngày 01/07/2026.</p>"), old);
        assertTrue(old.indexOf("standing-banner") < old.indexOf("<main"), "the banner comes before the document");
        assertTrue(page(site, "qd-thay-the").contains("Văn bản này thay thế <a href=\"../qd-cu/index.html\" lang=\"vi\">Quyết định số"
                + " 1401/QĐ-UBND ngày 10/03/2025</a>."));
        assertArrayEquals(pdf, Files.readAllBytes(site.resolve("qd-cu/1401-QD-UBND.pdf")), "the issued PDF is unchanged");
        assertArrayEquals(docx, Files.readAllBytes(site.resolve("qd-cu/1401-QD-UBND.docx")), "and its Word file");

        String index = Files.readString(site.resolve("index.html"));
        assertTrue(index.contains("href=\"qd-cu/index.html\""), "still listed");
        assertTrue(index.contains("<span class=\"index-standing\" lang=\"vi\">Đã bị thay thế</span>"), index);
        assertTrue(Files.readString(site.resolve("search/plans.js")).contains("\"st\":\"Đã bị thay thế\""));
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("<summary>Đã được thay thế bởi Quyết định số"
                + " 1402/QĐ-UBND ngày 15/06/2026. Hết hiệu lực từ ngày 01/07/2026. "));

        // The replacing decision's number corrected: the old page, its own folder unchanged, is made again.
        Path replacing = content.resolve("qd-thay-the/plan.yaml");
        Files.writeString(replacing, Files.readString(replacing).replace("number: 1402", "number: 1405"));
        // An issued document edited in place is frozen: the slip is re-issued (build --reissue).
        Cli.Result third = build(content, site, "--reissue");
        assertEquals(0, third.exit(), third.errText());
        assertTrue(page(site, "qd-cu").contains(">Quyết định số 1405/QĐ-UBND ngày 15/06/2026</a>"), page(site, "qd-cu"));
        assertArrayEquals(pdf, Files.readAllBytes(site.resolve("qd-cu/1401-QD-UBND.pdf")));
    }

    @Test
    void theEnglishSiteSaysItInItsChrome() throws Exception {
        Path content = twoDecisions();
        Path site = dir.resolve("site");
        Files.copy(FIXTURES.resolve("hieu-luc.yaml"), content.resolve("qd-cu/hieu-luc.yaml"));
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1",
                "--lang", "en");
        assertEquals(0, built.exit(), built.errText());
        String old = page(site, "qd-cu");
        assertTrue(old.contains("This document has been replaced by <a href=\"../qd-thay-the/index.html\" lang=\"vi\">Quyết định số"
                + " 1402/QĐ-UBND ngày 15/06/2026</a>."), old);
        assertTrue(old.contains("No longer in force from 01/07/2026."), old);
        assertTrue(page(site, "qd-thay-the").contains("This document replaces <a href=\"../qd-cu/index.html\""));
        assertTrue(Files.readString(site.resolve("index.html")).contains("<span class=\"index-standing\" lang=\"en\">Replaced</span>"));
    }

    /**
     * s33 review L5: a replacement taking effect after the day of the build has not replaced this one yet: the page
     * says it is in force and from which day it will be replaced, the index, search data, feed and open data do not
     * mark it replaced (they did, from the day replaced_by: was written). s35: that day is replaced_from:, the
     * replacing document issued before it (a build no longer publishes a document dated after today).
     */
    @Test
    void aReplacementDatedLaterLeavesTheDocumentInForceTillItsDate() throws Exception {
        Path content = twoDecisions();
        Path site = dir.resolve("site");
        java.time.LocalDate later = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(40);
        String shown = later.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "replaced_by: qd-thay-the\nreplaced_from: " + later + "\n");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());

        String old = page(site, "qd-cu");
        assertTrue(old.contains("<p class=\"standing-replaced\">Văn bản này còn hiệu lực; sẽ được thay thế bởi <a href=\""
                + "../qd-thay-the/index.html\" lang=\"vi\">Quyết định số 1402/QĐ-UBND ngày 15/06/2026</a> từ ngày " + shown
                + ".</p>"), old);
        assertFalse(old.contains("đã được thay thế"), old);
        String index = Files.readString(site.resolve("index.html"));
        assertFalse(index.contains("class=\"index-standing\""), "in force: no mark in the index");
        assertFalse(Files.readString(site.resolve("search/plans.js")).contains("Đã bị thay thế"));
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("<summary>Sẽ được thay thế bởi Quyết định số 1402/QĐ-UBND ngày 15/06/2026 từ ngày "
                + shown + ". "), feed);
        assertFalse(feed.contains("term=\"replaced\""), feed);
        com.fasterxml.jackson.databind.JsonNode data = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("datapackage.json").toFile());
        String sources = data.toString();
        assertFalse(sources.contains("\"status\":\"replaced\""), sources);
        assertTrue(sources.contains("\"replacedFrom\":\"" + later + "\""), sources);

        // English chrome.
        Cli.Result english = Cli.run("build", "--content", content.toString(), "--out", dir.resolve("en").toString(),
                "-j", "1", "--lang", "en");
        assertEquals(0, english.exit(), english.errText());
        assertTrue(page(dir.resolve("en"), "qd-cu").contains("This document is in force; it will be replaced by <a href=\""
                + "../qd-thay-the/index.html\" lang=\"vi\">Quyết định số 1402/QĐ-UBND ngày 15/06/2026</a> from " + shown
                + "."), page(dir.resolve("en"), "qd-cu"));
    }

    /**
     * s34: the index row of a document to be replaced on a later day said "Được thay thế bởi: …" from the day
     * replaced_by: was written, though its page said it is in force: the row, the search data's row and the English
     * row say it as the page does, and the page's banner is a calm notice, not the red of a replaced document.
     */
    @Test
    void aReplacementToComeIsSaidInTheIndexRowAsOnThePage() throws Exception {
        Path content = twoDecisions();
        Path site = dir.resolve("site");
        java.time.LocalDate later = today().plusDays(40);
        String shown = shown(later);
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "replaced_by: qd-thay-the\nreplaced_from: " + later + "\n");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());

        String citation = "Quyết định số 1402/QĐ-UBND ngày 15/06/2026";
        org.jsoup.nodes.Element row = row(site, "qd-cu");
        assertEquals(java.util.List.of("Sẽ được thay thế bởi " + citation + " từ ngày " + shown),
                row.select(".index-related").eachText(), row.outerHtml());
        assertEquals("qd-thay-the/index.html", row.selectFirst(".index-related-to-be-replaced-by a").attr("href"));
        assertTrue(row.select(".index-related-replaced-by").isEmpty(), row.outerHtml());
        assertTrue(Files.readString(site.resolve("search/plans.js")).contains("[\"to-be-replaced-by\",\"qd-thay-the/index.html\",\""
                + citation + "\",\"" + shown + "\"]"), "the script's rows say it too");
        org.jsoup.nodes.Element banner = org.jsoup.Jsoup.parse(page(site, "qd-cu")).selectFirst("div.standing-banner");
        assertTrue(banner.hasClass("standing-to-come"), banner.outerHtml());

        Path english = dir.resolve("en");
        Cli.Result en = Cli.run("build", "--content", content.toString(), "--out", english.toString(), "-j", "1",
                "--lang", "en");
        assertEquals(0, en.exit(), en.errText());
        assertEquals(java.util.List.of("Will be replaced by " + citation + " from " + shown),
                row(english, "qd-cu").select(".index-related").eachText());

        // Replaced already (the replacement in effect today): the row and banner say so, with the day (s35 H1).
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "replaced_by: qd-thay-the\nreplaced_from: " + today() + "\n");
        Path now = dir.resolve("now");
        Cli.Result again = build(content, now);
        assertEquals(0, again.exit(), again.errText());
        assertEquals(java.util.List.of("Được thay thế bởi: " + citation + " từ ngày " + shown(today())),
                row(now, "qd-cu").select(".index-related").eachText());
        assertFalse(org.jsoup.Jsoup.parse(page(now, "qd-cu")).selectFirst("div.standing-banner").hasClass("standing-to-come"));
    }

    /**
     * s34: an {@code expired:} day after the day of the build marked the document "Hết hiệu lực" at once. In force
     * till that day: its page says from when it is not (a calm notice), the index, search data, feed and open data do
     * not mark it expired; once the day has come they do.
     */
    @Test
    void anExpiryDatedLaterLeavesTheDocumentInForceTillItsDate() throws Exception {
        Path content = twoDecisions();
        Path site = dir.resolve("site");
        java.time.LocalDate later = today().plusDays(40);
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "expired: " + later + "\n");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());

        org.jsoup.nodes.Element banner = org.jsoup.Jsoup.parse(page(site, "qd-cu")).selectFirst("div.standing-banner");
        assertEquals("Văn bản này còn hiệu lực; hết hiệu lực từ ngày " + shown(later) + ".", banner.text());
        assertTrue(banner.hasClass("standing-to-come"), banner.outerHtml());
        assertTrue(row(site, "qd-cu").select(".index-standing").isEmpty(), "in force: no mark in the index");
        // s35: but its row says from when it will not be, and so do the script's rows.
        assertEquals(java.util.List.of("Sẽ hết hiệu lực từ ngày " + shown(later)), row(site, "qd-cu").select(".index-to-expire").eachText());
        assertTrue(Files.readString(site.resolve("search/plans.js")).contains("\"xf\":\"" + shown(later) + "\""));
        assertFalse(Files.readString(site.resolve("search/plans.js")).contains("\"ss\":\"expired\""));
        String feed = Files.readString(site.resolve("feed.xml"));
        assertFalse(feed.contains("term=\"expired\""), feed);
        assertTrue(feed.contains("<summary>Sẽ hết hiệu lực từ ngày " + shown(later) + ". "), feed);
        String sources = Files.readString(site.resolve("datapackage.json"));
        assertFalse(sources.contains("\"expired\""), sources);
        assertTrue(sources.contains("\"expiredFrom\" : \"" + later + "\"") || sources.contains("\"expiredFrom\":\"" + later + "\""),
                sources);

        Path english = dir.resolve("en");
        Cli.Result en = Cli.run("build", "--content", content.toString(), "--out", english.toString(), "-j", "1",
                "--lang", "en");
        assertEquals(0, en.exit(), en.errText());
        assertEquals("This document is in force; it ceases to be in force on " + shown(later) + ".",
                org.jsoup.Jsoup.parse(page(english, "qd-cu")).selectFirst("div.standing-banner").text());
        assertEquals("Ceases to be in force on " + shown(later), row(english, "qd-cu").selectFirst(".index-to-expire").text());

        // The day come (expired: today): no longer in force, marked so everywhere.
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "expired: " + today() + "\n");
        Cli.Result again = build(content, site);
        assertEquals(0, again.exit(), again.errText());
        banner = org.jsoup.Jsoup.parse(page(site, "qd-cu")).selectFirst("div.standing-banner");
        assertEquals("Hết hiệu lực từ ngày " + shown(today()) + ".", banner.text());
        assertFalse(banner.hasClass("standing-to-come"));
        assertEquals("Hết hiệu lực", row(site, "qd-cu").selectFirst(".index-standing").text());
        assertTrue(row(site, "qd-cu").select(".index-to-expire").isEmpty(), row(site, "qd-cu").outerHtml());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("term=\"expired\""));
    }

    /**
     * s35 (s34 review M1): a replacing decision is issued first and takes effect later (replaced_from:). Till that day
     * the replacing document's page, index row, search data and feed say it "will replace" the other, from that day;
     * the replaced one is in force till then, as its page, row, feed and open data say. On the day, as before.
     */
    @Test
    void aReplacementTakingEffectAfterItsIssueIsSaidInTheFutureOnBothSides() throws Exception {
        Path content = twoDecisions();
        Path site = dir.resolve("site");
        java.time.LocalDate later = today().plusDays(25);
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "replaced_by: qd-thay-the\nreplaced_from: " + later + "\n");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());

        String replaced = "Quyết định số 1401/QĐ-UBND ngày 10/03/2025";
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(page(site, "qd-thay-the"));
        assertEquals("Văn bản này sẽ thay thế " + replaced + " từ ngày " + shown(later) + ".",
                page.selectFirst(".standing-replaces").text());
        assertEquals("../qd-cu/index.html", page.selectFirst(".standing-replaces a").attr("href"));
        assertEquals(java.util.List.of("Sẽ thay thế " + replaced + " từ ngày " + shown(later)),
                row(site, "qd-thay-the").select(".index-related").eachText());
        assertTrue(row(site, "qd-thay-the").select(".index-related-replaces").isEmpty());
        assertTrue(Files.readString(site.resolve("search/plans.js")).contains("[\"to-replace\",\"qd-cu/index.html\",\""
                + replaced + "\",\"" + shown(later) + "\"]"), "the script's rows say it too");
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("<summary>Sẽ thay thế " + replaced + " từ ngày " + shown(later) + ". "), feed);
        assertTrue(feed.contains("title=\"Sẽ thay thế " + replaced + " từ ngày " + shown(later) + "\" href=\"qd-cu/index.html\""), feed);
        assertTrue(feed.contains("title=\"Sẽ được thay thế bởi Quyết định số 1402/QĐ-UBND ngày 15/06/2026 từ ngày "
                + shown(later) + "\" href=\"qd-thay-the/index.html\""), feed);
        com.fasterxml.jackson.databind.JsonNode data = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("datapackage.json").toFile());
        assertTrue(data.toString().contains("\"replacedFrom\":\"" + later + "\""), data.toString());
        assertEquals("Văn bản này còn hiệu lực; sẽ được thay thế bởi Quyết định số 1402/QĐ-UBND ngày 15/06/2026 từ ngày "
                + shown(later) + ".", org.jsoup.Jsoup.parse(page(site, "qd-cu")).selectFirst("div.standing-banner").text());

        Path english = dir.resolve("en");
        Cli.Result en = Cli.run("build", "--content", content.toString(), "--out", english.toString(), "-j", "1",
                "--lang", "en");
        assertEquals(0, en.exit(), en.errText());
        assertEquals("This document will replace " + replaced + " from " + shown(later) + ".",
                org.jsoup.Jsoup.parse(page(english, "qd-thay-the")).selectFirst(".standing-replaces").text());
        assertEquals(java.util.List.of("Will replace " + replaced + " from " + shown(later)),
                row(english, "qd-thay-the").select(".index-related").eachText());

        // The day come: "thay thế", from the day replaced_from: wrote (s35 H1; the site record read back on the way).
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "replaced_by: qd-thay-the\nreplaced_from: " + today() + "\n");
        Cli.Result again = build(content, site);
        assertEquals(0, again.exit(), again.errText());
        assertEquals("Văn bản này thay thế " + replaced + " từ ngày " + shown(today()) + ".",
                org.jsoup.Jsoup.parse(page(site, "qd-thay-the")).selectFirst(".standing-replaces").text());
        assertEquals(java.util.List.of("Thay thế: " + replaced + " từ ngày " + shown(today())),
                row(site, "qd-thay-the").select(".index-related").eachText());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("<summary>Thay thế " + replaced + " từ ngày "
                + shown(today()) + ". "));
    }

    /**
     * s35 review H1, M3: once the day replaced_from: wrote has come, the replaced page, its index row, the search
     * data, the feed and datapackage.json still say from which day it was replaced, and the replacing side from which
     * day it replaces (in datapackage.json before the day too: the related entry's "from"). Without replaced_from:
     * the day is the replacing document's issue date, which its citation says: no day is added.
     */
    @Test
    void aReplacementThatHasComeKeepsTheDayReplacedFromWrote() throws Exception {
        Path content = twoDecisions();
        Path site = dir.resolve("site");
        String replacing = "Quyết định số 1402/QĐ-UBND ngày 15/06/2026";
        String replaced = "Quyết định số 1401/QĐ-UBND ngày 10/03/2025";
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

        // Before the day: the replacing side's related entry in the open data has the day (M3).
        java.time.LocalDate later = today().plusDays(25);
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "replaced_by: qd-thay-the\nreplaced_from: " + later + "\n");
        Cli.Result before = build(content, site);
        assertEquals(0, before.exit(), before.errText());
        assertEquals(later.toString(), related(json.readTree(site.resolve("datapackage.json").toFile()), "qd-thay-the",
                "replaces").path("from").asText(), "the replacing side says from when");

        // The day come (a day after the replacing document's date, before today).
        java.time.LocalDate from = java.time.LocalDate.of(2026, 7, 1);
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "replaced_by: qd-thay-the\nreplaced_from: " + from + "\n");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());
        org.jsoup.nodes.Element banner = org.jsoup.Jsoup.parse(page(site, "qd-cu")).selectFirst("div.standing-banner");
        assertEquals("Văn bản này đã được thay thế bởi " + replacing + " từ ngày 01/07/2026.", banner.text());
        assertFalse(banner.hasClass("standing-to-come"), banner.outerHtml());
        assertEquals(java.util.List.of("Được thay thế bởi: " + replacing + " từ ngày 01/07/2026"),
                row(site, "qd-cu").select(".index-related").eachText());
        assertEquals("Văn bản này thay thế " + replaced + " từ ngày 01/07/2026.",
                org.jsoup.Jsoup.parse(page(site, "qd-thay-the")).selectFirst(".standing-replaces").text());
        assertEquals(java.util.List.of("Thay thế: " + replaced + " từ ngày 01/07/2026"),
                row(site, "qd-thay-the").select(".index-related").eachText());
        String plans = Files.readString(site.resolve("search/plans.js"));
        assertTrue(plans.contains("[\"replaced-by\",\"qd-thay-the/index.html\",\"" + replacing + "\",\"01/07/2026\"]"), plans);
        assertTrue(plans.contains("[\"replaces\",\"qd-cu/index.html\",\"" + replaced + "\",\"01/07/2026\"]"), plans);
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("<summary>Đã được thay thế bởi " + replacing + " từ ngày 01/07/2026. "), feed);
        assertTrue(feed.contains("<summary>Thay thế " + replaced + " từ ngày 01/07/2026. "), feed);
        com.fasterxml.jackson.databind.JsonNode data = json.readTree(site.resolve("datapackage.json").toFile());
        com.fasterxml.jackson.databind.JsonNode old = source(data, "qd-cu");
        assertEquals("replaced", old.path("status").asText(), old.toString());
        assertEquals("2026-07-01", old.path("replacedFrom").asText(), old.toString());
        assertEquals("2026-07-01", related(data, "qd-thay-the", "replaces").path("from").asText());
        assertEquals("2026-07-01", related(data, "qd-cu", "replaced-by").path("from").asText());

        // English chrome: the same day.
        Path english = dir.resolve("en");
        Cli.Result en = Cli.run("build", "--content", content.toString(), "--out", english.toString(), "-j", "1",
                "--lang", "en");
        assertEquals(0, en.exit(), en.errText());
        assertTrue(org.jsoup.Jsoup.parse(page(english, "qd-cu")).selectFirst("div.standing-banner").text()
                .endsWith(replacing + " from 01/07/2026."), page(english, "qd-cu"));

        // Without replaced_from: the citation's date is the day: none added, as before.
        Files.writeString(content.resolve("qd-cu/hieu-luc.yaml"), "replaced_by: qd-thay-the\n");
        Cli.Result plain = build(content, site);
        assertEquals(0, plain.exit(), plain.errText());
        assertEquals("Văn bản này đã được thay thế bởi " + replacing + ".",
                org.jsoup.Jsoup.parse(page(site, "qd-cu")).selectFirst("div.standing-banner").text());
        assertFalse(source(json.readTree(site.resolve("datapackage.json").toFile()), "qd-cu").has("replacedFrom"));
    }

    /**
     * s35 review H2: a replacing plan folder this build does not publish (refused: dated after today) left the
     * replaced page naming it by its folder and linking its missing page, in the index, feed and open data too. The
     * replaced document is in force as far as the site can say, with a warning at replaced_by: saying why.
     */
    @Test
    void aReplacementThatIsNotPublishedLeavesTheDocumentInForceWithAWarning() throws Exception {
        Path content = twoDecisions();
        Path site = dir.resolve("site");
        Path plan = content.resolve("qd-thay-the/plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("date: 2026-06-15", "date: " + today().plusDays(12)));
        Path note = content.resolve("qd-cu/hieu-luc.yaml");
        Files.writeString(note, "replaced_by: qd-thay-the\n");
        Cli.Result built = build(content, site);
        assertEquals(1, built.exit(), built.errText());
        assertTrue(built.errText().contains(note + ":1:14: cảnh báo: văn bản thay thế \"qd-thay-the\" có lỗi (xem lỗi ở plan.yaml của nó)"
                + " nên không được đăng lên cổng: văn bản này được coi là chưa bị thay thế"), built.errText());
        assertFalse(Files.exists(site.resolve("qd-thay-the/index.html")));

        String old = page(site, "qd-cu");
        assertFalse(old.contains("qd-thay-the"), old);
        assertTrue(org.jsoup.Jsoup.parse(old).select(".standing-banner").isEmpty(), old);
        assertTrue(row(site, "qd-cu").select(".index-related, .index-standing").isEmpty(), row(site, "qd-cu").outerHtml());
        assertFalse(Files.readString(site.resolve("index.html")).contains("qd-thay-the"));
        assertFalse(Files.readString(site.resolve("search/plans.js")).contains("qd-thay-the"));
        assertFalse(Files.readString(site.resolve("feed.xml")).contains("qd-thay-the"));
        assertFalse(Files.readString(site.resolve("datapackage.json")).contains("replacedBy"));

        // English: the warning in the chrome's language.
        Cli.Result en = Cli.run("--lang", "en", "build", "--content", content.toString(), "--out",
                dir.resolve("en").toString(), "-j", "1");
        assertTrue(en.errText().contains(note + ":1:14: warning: the replacing document \"qd-thay-the\" has errors"),
                en.errText());
    }

    /** A plan's source in datapackage.json, found by its PDF's folder. */
    private static com.fasterxml.jackson.databind.JsonNode source(com.fasterxml.jackson.databind.JsonNode data, String slug) {
        for (com.fasterxml.jackson.databind.JsonNode s : data.path("sources")) {
            if (s.path("path").asText().startsWith(slug + "/")) {
                return s;
            }
        }
        throw new AssertionError("no source for " + slug + ": " + data.path("sources"));
    }

    /** A source's related entry of that relation. */
    private static com.fasterxml.jackson.databind.JsonNode related(com.fasterxml.jackson.databind.JsonNode data, String slug,
                                                                    String relation) {
        for (com.fasterxml.jackson.databind.JsonNode r : source(data, slug).path("related")) {
            if (r.path("relation").asText().equals(relation)) {
                return r;
            }
        }
        throw new AssertionError("no " + relation + " in " + source(data, slug));
    }

    /**
     * s35: replaced_from: before the replacing document's issue date, or without replaced_by:, is an error at its line
     * and column with the fix; with a replacing document cited in words it gives the words their day.
     */
    @Test
    void replacedFromIsCheckedAndDatesAReplacementCitedInWords() throws Exception {
        Path content = twoDecisions();
        Path note = content.resolve("qd-cu/hieu-luc.yaml");
        Files.writeString(note, "replaced_by: qd-thay-the\nreplaced_from: 2026-06-01\n");
        Cli.Result early = Cli.run("check", content.toString());
        assertEquals(1, early.exit(), early.errText());
        assertTrue(early.errText().contains(note + ":2:16: lỗi: ngày có hiệu lực 2026-06-01 trước ngày ban hành 2026-06-15 của"
                + " văn bản thay thế \"qd-thay-the\": văn bản không có hiệu lực trước khi ban hành; sửa replaced_from: thành"
                + " ngày ghi ở điều khoản thi hành của văn bản thay thế (từ 2026-06-15 trở đi), hoặc xóa dòng này"), early.errText());
        Cli.Result english = Cli.run("--lang", "en", "check", content.toString());
        assertTrue(english.errText().contains(note + ":2:16: error: the day it takes effect, 2026-06-01, is before the issue"
                + " date 2026-06-15 of the replacing document \"qd-thay-the\""), english.errText());

        Files.writeString(note, "replaced_from: 2026-07-01\n");
        Cli.Result alone = Cli.run("check", content.toString());
        assertEquals(1, alone.exit(), alone.errText());
        assertTrue(alone.errText().contains(note + ":1:16: lỗi: replaced_from: là ngày văn bản thay thế có hiệu lực, nhưng"
                + " tệp không ghi văn bản thay thế: thêm dòng replaced_by:"), alone.errText());

        Files.writeString(note, "replaced_by: qd-thay-the\nreplaced_from: 2025-01-01\n".replace("qd-thay-the",
                "\"Quyết định số 9/QĐ-UBND ngày 20/12/2024\""));
        Cli.Result beforeIssue = Cli.run("check", content.toString());
        assertEquals(1, beforeIssue.exit(), beforeIssue.errText());
        assertTrue(beforeIssue.errText().contains(note + ":2:16: lỗi: ngày văn bản thay thế có hiệu lực 2025-01-01 trước ngày"
                + " ban hành 2025-03-10 của văn bản này"), beforeIssue.errText());

        java.time.LocalDate later = today().plusDays(25);
        Files.writeString(note, "replaced_by: \"Quyết định số 15/2027/QĐ-UBND của UBND tỉnh Hà Tĩnh\"\nreplaced_from: " + later + "\n");
        Path site = dir.resolve("site");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());
        org.jsoup.nodes.Element banner = org.jsoup.Jsoup.parse(page(site, "qd-cu")).selectFirst("div.standing-banner");
        assertEquals("Văn bản này còn hiệu lực; sẽ được thay thế bởi Quyết định số 15/2027/QĐ-UBND của UBND tỉnh Hà Tĩnh"
                + " từ ngày " + shown(later) + ".", banner.text());
        assertTrue(banner.hasClass("standing-to-come"), banner.outerHtml());
        assertTrue(row(site, "qd-cu").select(".index-standing").isEmpty(), "in force till then");
    }

    /** The build's day as plandoc takes it (the tests run without SOURCE_DATE_EPOCH): Việt Nam's. */
    private static java.time.LocalDate today() {
        return plandoc.validate.CheckDate.today();
    }

    private static String shown(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The index's row of a plan (the first page, printed by index.ftlh). */
    private static org.jsoup.nodes.Element row(Path site, String slug) throws Exception {
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        return index.select("tbody tr").stream().filter(tr -> tr.selectFirst("td a").attr("href").equals(slug + "/index.html"))
                .findFirst().orElseThrow();
    }

    private static String page(Path site, String slug) throws Exception {
        return Files.readString(site.resolve(slug).resolve("index.html"), StandardCharsets.UTF_8);
    }

    /** A content folder holding the decision to be replaced and the one replacing it. */
    private Path twoDecisions() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        copy("qd-cu", content);
        copy("qd-thay-the", content);
        return content;
    }

    private static void copy(String plan, Path content) throws Exception {
        Path folder = Files.createDirectories(content.resolve(plan));
        Files.copy(FIXTURES.resolve(plan).resolve("plan.yaml"), folder.resolve("plan.yaml"));
    }

    private static Cli.Result build(Path content, Path site, String... more) {
        return OtherContentTest.build(content, site, more);
    }
}
