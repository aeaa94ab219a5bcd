package plandoc.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderSettings;
import plandoc.serve.PreviewServer;
import plandoc.publish.StateFolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft never reaches the published site: {@code serve} previews it with its files (its PDF link works) from a
 * folder of its own, never {@code site/}; and a plain build takes out of {@code site/} a draft it finds there and
 * says so — a plan published and then turned back into a draft, or a preview an older plandoc's {@code serve} wrote
 * there; the issued plans beside it stay.
 */
class DraftWithdrawalTest {
    private static final String DRAFT = "ke-hoach-moi";
    private static final String ISSUED = "ke-hoach-da-ban-hanh";

    @TempDir
    Path dir;

    @Test
    void aDraftPreviewedByServeNeverReachesTheSite() throws Exception {
        Path content = issuedAndDraft();
        Path site = dir.resolve("site");
        Cli.Result first = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, first.exit(), first.errText());

        java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(content, Path.of("templates"), site,
                "127.0.0.1", 0, 2, RenderSettings.defaults(), Messages.forLanguage("vi"), log::add))) {
            assertTrue(server.awaitIdle(120_000), "the preview's site lane caught up");
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.port() + "/" + DRAFT + "/du-thao-KH-UBND.pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode(), "the preview's PDF link works for a draft");
            assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertNoDraftIn(site); // while the preview runs, an administrator may upload site/
        }
        assertTrue(log.stream().anyMatch(l -> l.contains(DRAFT + " là bản dự thảo (draft: true): chỉ xem trước ở đây,"
                + " không ghi vào " + site)), log.toString());
        assertNoDraftIn(site);

        // So the next build has nothing to withdraw: it says the draft is not published, as for any draft.
        Cli.Result again = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, again.exit(), again.errText());
        assertFalse(again.outText().contains("Đã gỡ"), again.outText());
        assertTrue(again.outText().contains("Không đăng " + DRAFT), again.outText());
        assertNoDraftIn(site);
    }

    /**
     * A site an older plandoc's {@code serve} wrote a draft into (before it had a preview folder of its own) is
     * cleaned by the next build: the draft is taken from the record that preview wrote, without rendering anything.
     */
    @Test
    void aDraftAnOlderPreviewLeftInTheSiteIsWithdrawnByTheNextBuild() throws Exception {
        Path content = issuedAndDraft();
        Path site = dir.resolve("site");
        // The older preview renders with the default settings: the portal's name province.yaml gives would differ.
        Files.delete(content.resolve("province.yaml"));
        olderPreviewInto(content, site);
        assertTrue(Files.exists(site.resolve(DRAFT).resolve("du-thao-KH-UBND.pdf")), "what the older preview left");

        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, build.exit(), build.errText());
        assertTrue(build.outText().contains("Đã gỡ " + DRAFT + " khỏi " + site + ": đây là bản dự thảo"), build.outText());
        assertFalse(build.outText().contains("Không đăng " + DRAFT), "withdrawn, not said twice: " + build.outText());
        // Nothing rendered: both plans were taken from the records the preview wrote (the incremental
        // path, issue 17), and the draft's record alone says it is a draft.
        assertTrue(build.outText().contains("Đã tạo 1/2 văn bản trong " + site + " (vẽ lại 0, giữ nguyên 1)"),
                build.outText());
        assertNoDraftIn(site);
        assertTrue(Files.exists(site.resolve(ISSUED).resolve("01-KH-UBND.pdf")), "the issued plan stays");
    }

    @Test
    void aPublishedPlanTurnedBackIntoADraftIsWithdrawnInEnglishToo() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        assertEquals(0, Cli.newIssued("new", ISSUED, "--content", content.toString()).exit());
        assertEquals(0, Cli.newIssued("new", DRAFT, "--content", content.toString()).exit());
        Cli.Result first = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, first.exit(), first.errText());
        assertTrue(Files.exists(site.resolve(DRAFT).resolve("02-KH-UBND.pdf")), "published while issued, as number 2");
        assertTrue(Files.readString(site.resolve("index.html")).contains(DRAFT + "/"));

        Path plan = content.resolve(DRAFT).resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^  number: 2$", "  draft: true"));
        Cli.Result build = Cli.run("build", "--lang", "en", "--content", content.toString(), "--out", site.toString(),
                "-j", "1");
        assertEquals(0, build.exit(), build.errText());
        assertTrue(build.outText().contains("Withdrew " + DRAFT + " from " + site + ": it is a draft"), build.outText());
        assertFalse(build.outText().contains("Removed plan " + DRAFT), "not said to have left the content");
        assertNoDraftIn(site);
        assertFalse(Files.exists(site.resolve(DRAFT)), "nor its issued version: it is no longer issued");
        assertTrue(Files.exists(site.resolve(ISSUED).resolve("01-KH-UBND.pdf")));
    }

    @Test
    void aDraftWithErrorsIsNotKeptAtThePreviewedVersion() throws Exception {
        Path content = issuedAndDraft();
        Path site = dir.resolve("site");
        olderPreviewInto(content, site);
        assertTrue(Files.exists(site.resolve(DRAFT).resolve("du-thao-KH-UBND.pdf")));
        // plan.yaml unreadable now: a plan with errors keeps its last published version — but never a draft.
        Files.writeString(content.resolve(DRAFT).resolve("plan.yaml"), "document: [\n");
        Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(1, build.exit(), build.errText());
        assertTrue(build.outText().contains("Đã gỡ " + DRAFT), build.outText());
        assertNoDraftIn(site);
    }

    @Test
    void aShardBuiltAsADraftIsNeverMergedIntoThePublishedSite() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        assertEquals(0, Cli.newIssued("new", DRAFT, "--content", content.toString()).exit());
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1").exit());
        assertTrue(Files.exists(site.resolve(DRAFT).resolve("01-KH-UBND.pdf")));
        // Turned back into a draft: build --draft prints drafts only.
        Path plan = content.resolve(DRAFT).resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^  number: 1$", "  draft: true"));
        Path shard = dir.resolve("shard-1");
        Cli.Result drafted = Cli.run("build", "--draft", "--shard", "1/1", "--content", content.toString(),
                "--out", shard.toString(), "-j", "1");
        assertEquals(0, drafted.exit(), drafted.errText());
        assertTrue(Files.exists(shard.resolve(DRAFT).resolve("du-thao-KH-UBND.pdf")), "the shard holds the draft");

        Cli.Result merged = Cli.run("build", "--merge", shard.toString(), "--content", content.toString(),
                "--out", site.toString(), "-j", "1");
        assertEquals(0, merged.exit(), merged.errText());
        assertTrue(merged.outText().contains("Đã gỡ " + DRAFT + " khỏi " + site), merged.outText());
        assertNoDraftIn(site);
    }

    @Test
    void aDraftBuildRefusesThePublishedSiteAsItsOutput() throws Exception {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", DRAFT, "--content", content.toString()).exit());
        assertDraftBuildRefused(content, "./site");
        Cli.Result en = Cli.run("--lang", "en", "build", "--draft", "--content", content.toString(), "--out", "site");
        assertEquals(ExitCode.USAGE, en.exit());
        assertTrue(en.errText().contains("that is the site published on the portal"), en.errText());
    }

    /**
     * s33 review H1: a portal's site under another name ({@code --out site-qn}) is refused to a draft build too, by
     * what it holds (an issued document), before anything is written: the draft build took the issued decision off
     * and deleted the version it had replaced.
     */
    @Test
    void aDraftBuildRefusesAPublishedSiteUnderAnyName() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site-qn");
        assertEquals(0, Cli.newIssued("new", ISSUED, "--content", content.toString()).exit());
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1").exit());
        assertTrue(Files.exists(site.resolve(ISSUED).resolve("01-KH-UBND.pdf")));
        java.util.Map<String, String> before = plandoc.TestFiles.digests(site);
        assertDraftBuildRefused(content, site.toString());
        assertEquals(before, plandoc.TestFiles.digests(site), "nothing written");
        // A drafts folder stays a draft build's: it holds no issued document.
        Path drafts = dir.resolve("site-draft-qn");
        assertEquals(0, Cli.runNew("new", DRAFT, "--content", content.toString()).exit());
        assertEquals(0, Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString(),
                "-j", "1").exit());
        Cli.Result again = Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString(),
                "-j", "1");
        assertEquals(0, again.exit(), again.errText());
    }

    /** {@code build --draft --out out} is refused as a usage error that calls {@code out} the portal's site. */
    private static void assertDraftBuildRefused(Path content, String out) {
        Cli.Result refused = Cli.run("build", "--draft", "--content", content.toString(), "--out", out, "-j", "1");
        assertEquals(ExitCode.USAGE, refused.exit(), refused.outText() + refused.errText());
        assertTrue(refused.errText().contains("build --draft không ghi vào " + out + ": đó là trang đăng lên cổng"),
                refused.errText());
    }

    /** What {@code serve} did before it had a folder of its own: published every plan, drafts too, into the site. */
    private static void olderPreviewInto(Path content, Path site) throws Exception {
        java.util.List<plandoc.PlanOutcome> outcomes = new plandoc.Generator(Path.of("")).resolveAll(content);
        plandoc.build.Renderers renderers = new plandoc.build.Renderers(Path.of("templates"), RenderSettings.defaults());
        try (plandoc.build.SiteLock lock = plandoc.build.SiteLock.tryAcquire(site).orElseThrow()) {
            plandoc.build.BuildReport report = plandoc.Generator.preview(Path.of("")).publish(outcomes,
                    new plandoc.build.SiteUpdate(renderers, plandoc.build.ToolVersion.current(), 1), site,
                    new plandoc.history.ProvenanceReader().read(java.util.List.of(content, Path.of("templates")),
                            outcomes.stream().map(plandoc.PlanOutcome::folder).toList()),
                    false, plandoc.build.BuildProgress.SILENT);
            assertEquals(java.util.List.of(), report.problems());
        }
    }

    /** No draft file, page, record or index entry anywhere in the site. */
    private static void assertNoDraftIn(Path site) throws Exception {
        assertFalse(Files.exists(site.resolve(DRAFT)), "the draft's folder is gone");
        assertFalse(Files.exists(StateFolder.resolve(site, ".plandoc/records/" + DRAFT + ".json")), "and its record");
        assertFalse(Files.exists(StateFolder.resolve(site, ".plandoc/published/" + DRAFT)), "and its published sources");
        assertFalse(Files.readString(site.resolve("index.html")).contains(DRAFT + "/"), "the index does not list it");
        try (Stream<Path> files = Files.walk(site)) {
            assertEquals(java.util.List.of(), files.filter(f -> f.getFileName().toString().startsWith("du-thao"))
                    .map(Path::toString).toList(), "no draft file anywhere in the site");
        }
        for (String page : new String[] {"sitemap.xml", "feed.xml"}) {
            if (Files.exists(site.resolve(page))) {
                assertFalse(Files.readString(site.resolve(page)).contains(DRAFT), page);
            }
        }
    }

    /** A content folder with an issued plan ({@link #ISSUED}) and a new draft ({@link #DRAFT}). */
    private Path issuedAndDraft() {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.newIssued("new", ISSUED, "--content", content.toString()).exit());
        assertEquals(0, Cli.runNew("new", DRAFT, "--content", content.toString()).exit());
        return content;
    }
}
