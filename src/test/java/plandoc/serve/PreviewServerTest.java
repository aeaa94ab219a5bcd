package plandoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.html.DownloadLabels;
import plandoc.render.html.SiteText;

/** The preview server over HTTP: pages from memory with the reload script, rebuilds on edits, the overlay. */
class PreviewServerTest {
    private static final String PLAN = "/ha-tinh-4086-2012/";
    /** Project 3's amount in phase 2012-2015, local budget (see the bundled plan). */
    private static final String FIGURE = "2012-2015: { dp: 2.00 }";

    @TempDir
    Path temp;

    private PreviewSite site;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        site = new PreviewSite(temp);
    }

    @AfterEach
    void stop() throws IOException {
        site.close();
    }

    @Test
    void servesTheIndexAndPlanPagesWithTheReloadScriptButNeverWritesItToTheSite() throws Exception {
        String index = site.page("/");
        assertTrue(index.contains("ha-tinh-4086-2012/index.html"), "the index lists the plan");
        assertTrue(index.contains("/__plandoc/live.js"));

        String page = site.page(PLAN);
        assertTrue(page.contains("4086/QĐ-UBND"));
        assertTrue(page.contains("data-page=\"ha-tinh-4086-2012\""));
        assertFalse(page.contains("plandoc-overlay"), "no errors, no overlay");
        assertEquals(200, site.get("/assets/plandoc.css").statusCode());
        assertEquals(200, site.get("/assets/fonts/LiberationSerif-Regular.ttf").statusCode());
        assertEquals(200, site.get("/assets/fonts/OFL.txt").statusCode());
        assertEquals(200, site.get("/__plandoc/live.js").statusCode());
        assertEquals(302, site.get("/ha-tinh-4086-2012").statusCode());
        assertEquals(404, site.get("/../content/ha-tinh-4086-2012/plan.yaml").statusCode());
        assertEquals(404, site.get("/nothing-here.pdf").statusCode());

        assertTrue(site.awaitSite(), "the site lane catches up");
        assertEquals(200, site.get(PLAN + "4086-QD-UBND.pdf").statusCode());
        for (Path file : new Path[] {site.preview().resolve("index.html"), site.preview().resolve("ha-tinh-4086-2012/index.html")}) {
            assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("__plandoc"), file + " is as build writes it");
        }
        assertFalse(Files.exists(site.out), "the preview never makes site/: only build does");
        // The plan's site record carries the warnings check reports, as a build's does (issue 17).
        Path folder = site.content.resolve("ha-tinh-4086-2012");
        List<plandoc.diagnostic.Problem> checked = new plandoc.Generator(Path.of("")).resolve(folder).problems().sorted();
        assertFalse(checked.isEmpty(), "the bundled flagship has warnings");
        assertEquals(checked, plandoc.build.SiteRecords.read(site.preview(), "ha-tinh-4086-2012").orElseThrow().problems());
    }

    /**
     * s30: the published page gives each download's size ("Văn bản (PDF) 549 KB", F8); the preview's page gave none.
     * It gives the sizes of the files its links fetch, once the preview has written them, and after an edit those of
     * the files written again.
     */
    @Test
    void thePageGivesTheSizesOfTheFilesItsDownloadsFetch() throws Exception {
        assertTrue(site.awaitSite(), "the site lane catches up");
        awaitDownloadSizes();
        site.replaceInPlan(FIGURE, "2012-2015: { dp: 2.50 }");
        PreviewSite.await("the edit on the page", () -> site.page(PLAN).contains("2,50"));
        assertTrue(site.awaitSite(), "the site lane catches up");
        awaitDownloadSizes();
    }

    /**
     * Waits until the plan page's downloads give the sizes of the preview's files (the PDF, Word, Excel copies and
     * plan.json): the page lane renders the page again just after the site lane has written them.
     */
    private void awaitDownloadSizes() throws InterruptedException {
        try {
            PreviewSite.await("the files' sizes on the page", () -> wrongSizes().isEmpty());
        } catch (AssertionError e) {
            assertEquals(List.of(), wrongSizes(), e.getMessage());
        }
    }

    /** Each download whose size on the page is not its file's: "file: on the page ≠ of the file". */
    private List<String> wrongSizes() {
        DownloadLabels vi = new DownloadLabels(SiteText.vietnamese());
        Element downloads = Jsoup.parse(site.page(PLAN)).selectFirst(".site-nav .downloads");
        List<String> wrong = new java.util.ArrayList<>();
        for (String file : List.of("4086-QD-UBND.pdf", "4086-QD-UBND.docx", "4086-QD-UBND.xlsx", "plan.json")) {
            Element size = downloads.selectFirst("a[href=" + file + "]").nextElementSibling();
            String shown = size != null && size.hasClass("file-size") ? size.text() : "";
            try {
                String actual = vi.size(Files.size(site.preview().resolve("ha-tinh-4086-2012").resolve(file)));
                if (!shown.equals(actual)) {
                    wrong.add(file + ": \"" + shown + "\" ≠ " + actual);
                }
            } catch (IOException e) {
                wrong.add(file + ": " + e);
            }
        }
        return wrong;
    }

    @Test
    void anEditRerendersThePageABrokenEditShowsTheOverlayAndTheFixRemovesIt() throws Exception {
        String before = site.page(PLAN);
        long version = version(before);
        BlockingQueue<String> events = subscribe();
        assertTrue(events.poll(20, TimeUnit.SECONDS).contains("ha-tinh-4086-2012"), "versions are sent on connect");

        site.replaceInPlan(FIGURE, "2012-2015: { dp: 2.50 }");
        PreviewSite.await("the page to change", () -> version(site.page(PLAN)) > version);
        String after = site.page(PLAN);
        assertTrue(after.contains("2,50"), "the new figure is in the page");
        assertTrue(events.poll(20, TimeUnit.SECONDS) != null, "open pages are told");

        site.replaceInPlan("2012-2015: { dp: 2.50 }", "2012-2015: { dp: 2,5 }");
        PreviewSite.await("the overlay", () -> site.page(PLAN).contains("plandoc-overlay"));
        String broken = site.page(PLAN);
        assertTrue(broken.contains("content/ha-tinh-4086-2012/plan.yaml:"), "the overlay names file:line:col");
        assertTrue(broken.contains("2,50"), "the last good page stays under the overlay");
        assertTrue(site.page("/").contains("plandoc-overlay"), "the index shows every plan's errors");

        // Not even YAML: the server reports it and goes on.
        String firstErrors = overlay(broken);
        site.replaceInPlan("2012-2015: { dp: 2,5 }", "2012-2015: { dp: [3.00 }");
        PreviewSite.await("the syntax error", () -> {
            String page = site.page(PLAN);
            return page.contains("plandoc-overlay") && !overlay(page).equals(firstErrors);
        });
        assertTrue(overlay(site.page(PLAN)).matches("(?s).*plan\\.yaml:\\d+:\\d+.*"), overlay(site.page(PLAN)));

        site.replaceInPlan("2012-2015: { dp: [3.00 }", "2012-2015: { dp: 3.00 }");
        PreviewSite.await("the overlay to go", () -> !site.page(PLAN).contains("plandoc-overlay"));
        assertTrue(site.page(PLAN).contains("3,00"));
    }

    @Test
    void aTemplateEditRerendersEveryPage() throws Exception {
        long version = version(site.page(PLAN));
        Path template = site.templates.resolve("plan.ftlh");
        String text = Files.readString(template, StandardCharsets.UTF_8);
        Files.writeString(template, text.replace("<main class=\"document\"<@doc.vi/>>",
                "<main class=\"document\"<@doc.vi/>><p class=\"mau-moi\">Mẫu mới</p>"), StandardCharsets.UTF_8);

        PreviewSite.await("the page to change", () -> version(site.page(PLAN)) > version);
        assertTrue(site.page(PLAN).contains("mau-moi"));
    }

    @Test
    void aPortalNameAddedToProvinceYamlHeadsEveryPage() throws Exception {
        String portal = "Cổng thông tin điện tử tỉnh Hà Tĩnh";
        long version = version(site.page(PLAN));
        assertFalse(site.page(PLAN).contains(portal));
        Files.writeString(site.content.resolve("province.yaml"), "portal: " + portal + "\n", StandardCharsets.UTF_8);

        PreviewSite.await("the page to change", () -> version(site.page(PLAN)) > version);
        assertTrue(site.page(PLAN).contains(">← Danh mục văn bản — " + portal + "</a>"), site.page(PLAN));
        assertTrue(site.log.contains("province.yaml đã đổi portal: (in trên mọi trang): tạo lại mọi trang."), site.log.toString());
        assertTrue(site.awaitSite(), "the site lane catches up");
        assertTrue(Files.readString(site.preview().resolve("index.html"), StandardCharsets.UTF_8)
                .contains("<p class=\"portal-name\">" + portal + "</p>"), "the preview's index has it too");
    }

    /** s32 tryout L3: only url: and data_licence: were edited, and serve said the portal's name had changed. */
    @Test
    void aLicenceAddedToProvinceYamlIsNamedNotThePortal() throws Exception {
        Files.writeString(site.content.resolve("province.yaml"),
                "url: https://vanban.example.gov.vn/\ndata_licence: CC-BY-4.0\n", StandardCharsets.UTF_8);

        PreviewSite.await("the log line", () -> site.log.stream().anyMatch(l -> l.contains("mọi trang")));
        assertTrue(site.log.contains("province.yaml đã đổi data_licence: (in trên mọi trang): tạo lại mọi trang."),
                site.log.toString());
        assertFalse(site.log.toString().contains("portal:") || site.log.toString().contains("Tên cổng"), site.log.toString());
    }

    /**
     * s15-errors: a site page that does not render is an error and a note ("the site was not updated") that follows
     * from it; the overlay counted and listed the note among the errors ("2 errors"). It now counts the error alone
     * and shows the note apart.
     */
    @Test
    void theOverlayCountsErrorsAndShowsTheNoteApart() throws Exception {
        assertTrue(site.awaitSite(), "the first site build");
        Path index = site.templates.resolve("index.ftlh");
        String text = Files.readString(index, StandardCharsets.UTF_8);
        Files.writeString(index, text.replace("<#import \"partials/document.ftlh\" as doc>",
                "<#import \"partials/document.ftlh\" as doc>\n<#iff true></#iff>"), StandardCharsets.UTF_8);

        PreviewSite.await("the overlay", () -> site.page(PLAN).contains("plandoc-note"));
        String page = site.page(PLAN);
        String errors = overlay(page);
        assertTrue(errors.contains("Nội dung có 1 lỗi"), errors);
        assertEquals(1, errors.split("class=\"plandoc-error\"", -1).length - 1, errors);
        assertTrue(errors.contains("index.ftlh:4:"), errors);
        assertFalse(errors.contains("trang chưa được cập nhật"), "the note is not an error: " + errors);
        String notes = page.substring(page.indexOf("<ul class=\"plandoc-notes\""));
        assertTrue(notes.startsWith("<ul class=\"plandoc-notes\"") && notes.contains("<li class=\"plandoc-note\"")
                && notes.contains(">lưu ý: trang chưa được cập nhật (giữ nguyên bản trước)"), notes);
    }

    /**
     * s37 review L4: with no published site, a plan broken from the start has no page to keep; the index's banner said
     * it showed the last good version, and the plan was simply not in the list. A note now names it, on the index
     * and the agency view, as build's note names a plan it did not publish.
     */
    @Test
    void aPlanThatNeverRenderedIsNamedAsLeftOutOfTheList() throws Exception {
        site.close();
        site = new PreviewSite(temp.resolve("broken"), plan -> plan.replace(FIGURE, "2012-2015: { dp: 2,5 }"));
        assertTrue(site.awaitSite(), "the first site build");
        PreviewSite.await("the index's overlay", () -> site.page("/").contains("plandoc-overlay"));
        for (String path : List.of("/", "/co-quan/")) {
            org.jsoup.nodes.Document page = Jsoup.parse(site.page(path));
            assertTrue(page.select("a[href*=ha-tinh-4086-2012]").isEmpty(), path + ": the plan is not listed");
            List<String> notes = page.select("li.plandoc-note").eachText();
            assertEquals(List.of("lưu ý: văn bản ha-tinh-4086-2012 chưa có trong danh sách vì có lỗi (chưa lần nào tạo"
                    + " được trang); sửa các lỗi của văn bản, văn bản sẽ tự hiện ra"), notes, path);
        }
        assertTrue(site.page(PLAN).contains("plandoc-overlay"), "the plan's own page lists its errors");
        assertTrue(Jsoup.parse(site.page(PLAN)).select("li.plandoc-note").isEmpty(), "and names no plan left out");

        site.replaceInPlan("2012-2015: { dp: 2,5 }", FIGURE);
        PreviewSite.await("the plan listed once mended",
                () -> !Jsoup.parse(site.page("/")).select("a[href*=ha-tinh-4086-2012]").isEmpty());
        assertTrue(Jsoup.parse(site.page("/")).select("li.plandoc-note").isEmpty(), site.page("/"));
    }

    private static String overlay(String page) {
        int start = page.indexOf("<div id=\"plandoc-overlay\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</ol>", start));
    }

    private static long version(String page) {
        Matcher m = Pattern.compile("data-version=\"(\\d+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no reload script in the page");
        }
        return Long.parseLong(m.group(1));
    }

    /** Reads the event stream on a background thread; each "data:" line arrives in the queue. */
    private BlockingQueue<String> subscribe() throws IOException, InterruptedException {
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(100);
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(site.url(PreviewServer.EVENTS_PATH))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        queue.offer(line);
                    }
                }
            } catch (IOException e) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        return queue;
    }
}
