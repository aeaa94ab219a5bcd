package plandoc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.build.BuildProgress;
import plandoc.build.BuildReport;
import plandoc.build.SiteBuild;
import plandoc.build.SiteRecord;
import plandoc.build.ToolVersion;
import plandoc.publish.StateFolder;
import plandoc.render.RenderSettings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s32: the versions of an issued document the site replaced ({@code --reissue}; a signed PDF replaced is in
 * {@code SignedRebuildTest}) are kept in its site record, so its page links them whatever their files are named, and a
 * site written before s32 gets them from the file names once; they follow a renamed folder, go with a withdrawn
 * document, stay through {@code --clean}; and a document renamed and edited at once, or edited in a shard, is frozen
 * as any other.
 */
class IssuedVersionsBuildTest {
    private static final Path ISSUED = ErrorCasesTest.ERRORS.resolve("number-taken").resolve("qd-ban-hanh");
    private static final String TEXT = "text: Sửa đổi, bổ sung kế hoạch thử.";
    private static final String EDITED = "text: Sửa đổi, bổ sung kế hoạch thử nghiệm.";
    private static final String AGAIN = "text: Sửa đổi, bổ sung kế hoạch thử nghiệm lần hai.";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The versions come from the record: a site without them reads the names once; a renamed file keeps its day. */
    @Test
    void theRecordKeepsTheVersionsAndAnOldSiteReadsThemFromTheNamesOnce() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path archived = reissued(content, site);
        byte[] issued = Files.readAllBytes(archived);
        String path = "ban-da-thay-the/qd/" + archived.getFileName();
        JsonNode version = archived(site, "qd").get(0);
        assertEquals(path, version.get("path").asText());
        assertEquals(today().toString(), version.get("replaced").asText());
        assertEquals("reissue", version.get("why").asText());

        // A site built before s32: no versions in its record. --clean reads them from the names, and keeps the file.
        ObjectNode record = record(site, "qd");
        record.remove("archived");
        Files.write(recordFile(site, "qd"), JSON.writeValueAsBytes(record));
        Cli.Result clean = build(content, site, "--clean");
        assertEquals(0, clean.exit(), clean.errText());
        assertEquals(version, archived(site, "qd").get(0), "read back from the file's name, once");
        assertTrue(page(site, "qd").contains(link(path, shown(today()))), page(site, "qd"));
        assertArrayEquals(issued, Files.readAllBytes(archived), "--clean never drops an archived version");

        // The record is what counts now: the file renamed (its name no longer says its day), the record naming it.
        Path renamed = archived.resolveSibling("ban-goc.pdf");
        Files.move(archived, renamed);
        ObjectNode moved = record(site, "qd");
        ((ObjectNode) moved.get("archived").get(0)).put("path", "ban-da-thay-the/qd/ban-goc.pdf").put("replaced", "2026-12-01");
        Files.write(recordFile(site, "qd"), JSON.writeValueAsBytes(moved));
        Cli.Result again = build(content, site, "--clean");
        assertEquals(0, again.exit(), again.errText());
        assertTrue(page(site, "qd").contains(link("ban-da-thay-the/qd/ban-goc.pdf", "01/12/2026")), page(site, "qd"));
        assertArrayEquals(issued, Files.readAllBytes(renamed));
    }

    /**
     * s33: a build that checked the plan, then found its folder as published when it took the site's lock (another
     * build published it in between, or the killed build its recovery finished: KilledBuildTest) makes the plan's
     * record again from the plan; that record keeps the versions. It did not: they were lost from the record.
     */
    @Test
    void aRecordMadeAgainForAPlanFoundAsPublishedKeepsTheVersions() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = placed(content, "qd");
        built(siteBuild(content, site));
        edit(plan, TEXT, EDITED);

        SiteBuild checkedBefore = siteBuild(content, site);
        List<plandoc.PlanOutcome> checked = checkedBefore.check();
        built(siteBuild(content, site)); // another build re-issues the decision
        JsonNode versions = archived(site, "qd");
        BuildReport report = checkedBefore.render(checked, false, BuildProgress.SILENT);
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(versions, archived(site, "qd"), "the record made again keeps the versions");
    }

    private static SiteBuild siteBuild(Path content, Path site) {
        return new SiteBuild(content, Path.of("templates"), site, RenderSettings.defaults(),
                ToolVersion.current(), 1).reissue(true);
    }

    private static void built(SiteBuild build) throws Exception {
        BuildReport report = build.render(build.check(), false, BuildProgress.SILENT);
        assertTrue(report.ok(), report.problems().toString());
    }

    /**
     * A folder renamed and edited in one build: frozen by the document it issues (its number), not its folder's name;
     * the old folder stays published meanwhile. Re-issued, its page links the versions replaced in both folders.
     */
    @Test
    void aFolderRenamedAndEditedAtOnceIsFrozenAndItsVersionsFollowIt() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path first = reissued(content, site);
        byte[] published = Files.readAllBytes(site.resolve("qd").resolve("1520-QD-UBND.pdf"));

        Path moved = content.resolve("qd-1520-2026");
        Files.move(content.resolve("qd"), moved);
        edit(moved.resolve("plan.yaml"), EDITED, AGAIN);
        Cli.Result stopped = build(content, site);
        assertEquals(1, stopped.exit(), stopped.errText());
        List<String> frozen = stopped.err().stream().filter(l -> l.contains("đã ban hành và đã đăng")).toList();
        assertEquals(1, frozen.size(), stopped.errText());
        // At the first character edited in the renamed folder (s34), with the line as published.
        assertTrue(frozen.get(0).startsWith(moved.resolve("plan.yaml") + ":19:"
                + ("      text: Sửa đổi, bổ sung kế hoạch thử nghiệm".length() + 1) + ": lỗi: văn bản 1520/QĐ-UBND ngày "
                + "15/06/2026 đã ban hành và đã đăng trên trang, nhưng nguồn của nó đã sửa sau khi đăng (tệp khác bản đã "
                + "đăng: plan.yaml; chỗ sửa đầu tiên ở dòng 19, bản đã đăng ghi: " + EDITED + ")"), frozen.get(0));
        assertArrayEquals(published, Files.readAllBytes(site.resolve("qd").resolve("1520-QD-UBND.pdf")),
                "the old folder stays published as it was");
        assertFalse(Files.exists(site.resolve("qd-1520-2026")));

        Cli.Result reissued = build(content, site, "--reissue");
        assertEquals(0, reissued.exit(), reissued.errText());
        Path second = onlyFile(site.resolve("ban-da-thay-the").resolve("qd-1520-2026"));
        assertArrayEquals(published, Files.readAllBytes(second), "the version published in the old folder");
        assertTrue(Files.isRegularFile(first), "the versions replaced in the old folder stay: the renamed plan links them");
        String page = page(site, "qd-1520-2026");
        // Two replaced the same day are told apart by their order that day (s33: one label twice looked like one version).
        assertTrue(page.contains(link("ban-da-thay-the/qd/" + first.getFileName(), shown(today()) + " (1)")), page);
        assertTrue(page.contains(laterLink("ban-da-thay-the/qd-1520-2026/" + second.getFileName(), shown(today()) + " (2)")), page);
        assertTrue(page.indexOf("ban-da-thay-the/qd/") < page.indexOf("ban-da-thay-the/qd-1520-2026/"),
                "in the order they were replaced, two the same day too");
        // s33 review M1: together, in one group of the page's navigation under its own words, the first one said to
        // be the text as first issued (they were loose links after the others, none saying which was the original).
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
        org.jsoup.select.Elements groups = html.select("nav.site-nav > div.versions");
        assertEquals(1, groups.size(), page);
        assertEquals("Các bản trước:", groups.get(0).selectFirst(".versions-title").text());
        assertEquals(List.of("Văn bản ban hành lần đầu, bị thay thế ngày " + shown(today()) + " (1)",
                "Bản ban hành lại, bị thay thế ngày " + shown(today()) + " (2)"),
                groups.get(0).select("a.replaced-version").eachText());
        assertEquals(2, html.select("a.replaced-version").size(), "no version linked outside the group");
        assertEquals(2, archived(site, "qd-1520-2026").size());
    }

    /**
     * s35 review L3: the build's line on the version it archived quoted placeholders ("…, bị thay thế ngày …"); it
     * quotes the words the page links it with, in the language of the build, the page's too.
     */
    @Test
    void theLineOnAVersionArchivedQuotesItsPage() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = published(content, site, "qd");
        edit(plan, TEXT, EDITED);
        Cli.Result first = build(content, site, "--reissue");
        assertEquals(0, first.exit(), first.errText());
        Path archived = onlyFile(site.resolve("ban-da-thay-the").resolve("qd"));
        String day = shown(today());
        assertTrue(first.out().contains("Đã lưu bản trước của văn bản đã ban hành: " + archived + " (trang của văn "
                + "bản liên kết tới tệp này, ghi \"Văn bản ban hành lần đầu, bị thay thế ngày " + day + "\")"),
                first.outText());

        edit(plan, EDITED, AGAIN);
        Cli.Result english = build(content, site, "--reissue", "--lang", "en");
        assertEquals(0, english.exit(), english.errText());
        Path second = site.resolve("ban-da-thay-the").resolve("qd").resolve(
                archived.getFileName().toString().replace(".pdf", "-2.pdf"));
        assertTrue(Files.isRegularFile(second), second.toString());
        String words = "Re-issued version, replaced on " + day + " (2)";
        assertTrue(english.out().contains("Kept the earlier version of the issued document: " + second
                + " (the document's page links it as \"" + words + "\")"), english.outText());
        assertEquals(words, org.jsoup.Jsoup.parse(page(site, "qd")).select("a.replaced-version").last().text(),
                "the words the page shows");
    }

    /**
     * s34 review M5, its steps: re-issued, then signed, then renamed and edited, {@code --replace-signed}. The page
     * listed "(1): văn bản ban hành lần đầu" (unsigned, in ban-da-thay-the/) and "(2)" (the signed PDF, in
     * luu-ban-da-ky/) alike, and a bare day a reader takes for the version's own date. Now each says what it is, the
     * signed one says so, and the day is the day it was replaced; in English too.
     */
    @Test
    void theSignedVersionReplacedSaysSoAndEachDayIsTheDayItWasReplaced() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path first = reissued(content, site);
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        Path keystore = SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Văn A", ca);
        Cli.Result signed = Cli.sign("mat-khau-thu", site.resolve("qd").resolve("1520-QD-UBND.pdf").toString(),
                "--keystore", keystore.toString());
        assertEquals(0, signed.exit(), signed.errText());

        Path moved = content.resolve("qd-1520-2026");
        Files.move(content.resolve("qd"), moved);
        edit(moved.resolve("plan.yaml"), EDITED, AGAIN);
        Cli.Result replaced = build(content, site, "--reissue", "--replace-signed");
        assertEquals(0, replaced.exit(), replaced.errText());
        Path second = onlyFile(site.resolve("luu-ban-da-ky").resolve("qd-1520-2026"));

        String day = shown(today());
        assertTrue(replaced.out().contains("Đã lưu tệp đã ký số được thay thế: " + second + " (không còn là bản hiện "
                + "hành; trang của văn bản liên kết tới tệp này, ghi \"Bản ban hành lại (đã ký số), bị thay thế ngày " + day
                + " (2)\")"), replaced.outText());
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page(site, "qd-1520-2026"));
        org.jsoup.select.Elements links = html.select("nav.site-nav > div.versions a.replaced-version");
        assertEquals(List.of("Văn bản ban hành lần đầu, bị thay thế ngày " + day + " (1)",
                "Bản ban hành lại (đã ký số), bị thay thế ngày " + day + " (2)"), links.eachText());
        assertEquals(List.of("../ban-da-thay-the/qd/" + first.getFileName(),
                "../luu-ban-da-ky/qd-1520-2026/" + second.getFileName()), links.eachAttr("href"));

        Cli.Result english = build(content, site, "--lang", "en");
        assertEquals(0, english.exit(), english.errText());
        assertEquals(List.of("Text as first issued, replaced on " + day + " (1)",
                "Re-issued version (digitally signed), replaced on " + day + " (2)"),
                org.jsoup.Jsoup.parse(page(site, "qd-1520-2026")).select("div.versions a.replaced-version").eachText());
    }

    /** A withdrawn document's versions go with it, and the build says so; a signed one would stay (SignedRebuildTest). */
    @Test
    void aWithdrawnDocumentTakesItsVersionsAlong() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        // Another decision stays, so the build is no withdrawal of every plan.
        Path other = Files.createDirectories(content.resolve("qd-khac")).resolve("plan.yaml");
        Files.writeString(other, Files.readString(ISSUED.resolve("plan.yaml")).replace("number: 1520", "number: 1521"));
        reissued(content, site);
        Path plan = content.resolve("qd").resolve("plan.yaml");

        Files.delete(plan);
        Files.delete(plan.getParent());
        Cli.Result withdrawn = build(content, site);
        assertEquals(0, withdrawn.exit(), withdrawn.errText());
        assertFalse(Files.exists(site.resolve("qd")));
        assertFalse(Files.exists(site.resolve("ban-da-thay-the").resolve("qd")), "its versions went with it");
        assertTrue(withdrawn.out().contains("qd: đã gỡ cùng với văn bản các bản đã thay thế của nó ("
                + site.resolve("ban-da-thay-the/qd") + "); tệp PDF đã ký số được thay thế, nếu có, vẫn giữ trong "
                + "luu-ban-da-ky/ (build không xóa tệp đã ký)"), withdrawn.outText());
        assertFalse(withdrawn.out().stream().anyMatch(l -> l.startsWith("Đã lưu bản văn bản đã ban hành")),
                withdrawn.outText());
    }

    /** {@code build --merge}: a shard's edited issued document is frozen as a build's is, or re-issued when asked. */
    @Test
    void aShardsEditedIssuedDocumentIsFrozenAtTheMerge() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = mergedFirst(content, site, "qd");
        Path pdf = site.resolve("qd").resolve("1520-QD-UBND.pdf");
        byte[] issued = Files.readAllBytes(pdf);

        edit(plan, TEXT, EDITED);
        Path edited = shard(content, "shard-2");
        Cli.Result stopped = merge(content, site, edited);
        assertEquals(1, stopped.exit(), stopped.errText());
        String at = plan + ":19:" + ("      text: Sửa đổi, bổ sung kế hoạch thử".length() + 1);
        assertTrue(stopped.err().stream().anyMatch(l -> l.startsWith(at + ": lỗi: văn bản 1520/QĐ-UBND ngày 15/06/2026 "
                + "đã ban hành và đã đăng trên trang, nhưng nguồn của nó đã sửa sau khi đăng (tệp khác bản đã đăng: "
                + "plan.yaml; chỗ sửa đầu tiên ở dòng 19, bản đã đăng ghi: " + TEXT + ")")), stopped.errText());
        assertArrayEquals(issued, Files.readAllBytes(pdf), "the issued decision stays as published");

        Cli.Result english = merge(content, site, edited, "--lang", "en");
        assertEquals(1, english.exit(), english.errText());
        assertTrue(english.err().stream().anyMatch(l -> l.startsWith(at + ": error: document 1520/QĐ-UBND dated "
                + "15/06/2026 is issued and published on the site")), english.errText());

        Cli.Result reissued = merge(content, site, edited, "--reissue");
        assertEquals(0, reissued.exit(), reissued.errText());
        Path archived = onlyFile(site.resolve("ban-da-thay-the").resolve("qd"));
        assertArrayEquals(issued, Files.readAllBytes(archived));
        assertFalse(java.util.Arrays.equals(issued, Files.readAllBytes(pdf)), "the shard's version is published");
        assertTrue(page(site, "qd").contains(link("ban-da-thay-the/qd/" + archived.getFileName(), shown(today()))),
                page(site, "qd"));
        assertEquals("reissue", archived(site, "qd").get(0).get("why").asText());
        // The merge's line quotes the page as a build's does (s35 review L3).
        assertTrue(reissued.out().contains("Đã lưu bản trước của văn bản đã ban hành: " + archived + " (trang của "
                + "văn bản liên kết tới tệp này, ghi \"Văn bản ban hành lần đầu, bị thay thế ngày " + shown(today())
                + "\")"), reissued.outText());
    }

    /**
     * s36: a merge published a shard's edit that changes nothing printed (the PDF, carrying its sources, replaced under
     * the same number) where a build keeps it out. Now the merge keeps the site's files and sources as a build does,
     * says the same note once, and a build of the same sources afterwards keeps the plan without a word.
     */
    @Test
    void aShardsEditThatChangesNothingPrintedIsKeptOutAtTheMerge() throws Exception {
        Path content = dir.resolve("content");
        Path site = dir.resolve("site");
        Path plan = mergedFirst(content, site, "qd");
        Path pdf = site.resolve("qd").resolve("1520-QD-UBND.pdf");
        byte[] issued = Files.readAllBytes(pdf);
        String source = Files.readString(plan);
        Path record = StateFolder.resolve(site, ".plandoc/published").resolve("qd").resolve("qd").resolve("plan.yaml");

        edit(plan, "# An issued decision;", "# Checked again. An issued decision;");
        Path edited = shard(content, "shard-2");
        Cli.Result merged = merge(content, site, edited);
        assertEquals(0, merged.exit(), merged.errText());
        List<String> notes = merged.err().stream().filter(l -> l.contains("văn bản in ra không đổi gì")).toList();
        assertEquals(1, notes.size(), merged.errText());
        assertTrue(notes.get(0).startsWith(plan + ":1:3: lưu ý: văn bản 1520/QĐ-UBND ngày 15/06/2026 đã ban hành"),
                notes.get(0));
        assertTrue(notes.get(0).contains("chạy: ./plandoc build --reissue " + plan.getParent() + " --out " + site + " ["),
                notes.get(0));
        assertArrayEquals(issued, Files.readAllBytes(pdf), "the issued PDF stays as published");
        assertEquals(source, IssuedFreezeBuildTest.carried(Files.readAllBytes(pdf), "qd/plan.yaml"));
        assertEquals(source, Files.readString(record), "the record keeps the sources the PDF carries");

        // Said once, as a build says it: neither the same merge again nor a build of the same sources says it.
        Cli.Result again = merge(content, site, edited);
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.err().stream().noneMatch(l -> l.contains(":1:3: ")), again.errText());
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());
        assertTrue(built.err().stream().noneMatch(l -> l.contains(":1:3: ")), built.errText());
        assertArrayEquals(issued, Files.readAllBytes(pdf));
        assertEquals(source, Files.readString(record));
    }

    /** The decision published from {@code content/qd}, edited and re-issued: the version it replaced. */
    private static Path reissued(Path content, Path site) throws Exception {
        Path plan = published(content, site, "qd");
        edit(plan, TEXT, EDITED);
        Cli.Result built = build(content, site, "--reissue");
        assertEquals(0, built.exit(), built.errText());
        return onlyFile(site.resolve("ban-da-thay-the").resolve("qd"));
    }

    private static Path published(Path content, Path site, String folder) throws Exception {
        Path plan = placed(content, folder);
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());
        return plan;
    }

    /** As {@link #published}, by a merge of one shard of all the plans. */
    private Path mergedFirst(Path content, Path site, String folder) throws Exception {
        Path plan = placed(content, folder);
        Cli.Result merged = merge(content, site, shard(content, "shard-1"));
        assertEquals(0, merged.exit(), merged.errText());
        return plan;
    }

    /** The issued decision's plan.yaml copied into {@code content/<folder>}. */
    private static Path placed(Path content, String folder) throws Exception {
        Path plan = Files.createDirectories(content.resolve(folder)).resolve("plan.yaml");
        Files.copy(ISSUED.resolve("plan.yaml"), plan);
        return plan;
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    private static Cli.Result build(Path content, Path site, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
                "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    /** A shard output of all the plans (one CI job of one). */
    private Path shard(Path content, String name) {
        Path out = dir.resolve(name);
        Cli.Result built = build(content, out, "--shard", "1/1");
        assertEquals(0, built.exit(), built.errText());
        return out;
    }

    private static Cli.Result merge(Path content, Path site, Path shard, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
                "--merge", shard.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static Path onlyFile(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static Path recordFile(Path site, String slug) {
        return StateFolder.resolve(site, SiteRecord.path(slug));
    }

    private static ObjectNode record(Path site, String slug) throws Exception {
        return (ObjectNode) JSON.readTree(recordFile(site, slug).toFile());
    }

    private static JsonNode archived(Path site, String slug) throws Exception {
        JsonNode versions = record(site, slug).get("archived");
        assertTrue(versions != null && versions.isArray(), "the record lists the versions replaced");
        return versions;
    }

    private static String page(Path site, String slug) throws Exception {
        return Files.readString(site.resolve(slug).resolve("index.html"));
    }

    /** The link to the oldest version replaced: the text as first issued (s33 review M1), and the day it was replaced. */
    private static String link(String path, String day) {
        return "<a class=\"replaced-version\" href=\"../" + path + "\">Văn bản ban hành lần đầu, bị thay thế ngày " + day
                + "</a>";
    }

    /** The link to a later version replaced (a re-issue's text). */
    private static String laterLink(String path, String day) {
        return "<a class=\"replaced-version\" href=\"../" + path + "\">Bản ban hành lại, bị thay thế ngày " + day + "</a>";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static String shown(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
