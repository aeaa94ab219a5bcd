package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diff.TestRepository;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;

/**
 * Each plan's page and PDF name the plan's own version — the last commit that touched its folder —
 * not the site's (issue 17): a commit to one plan re-renders that plan only, and the other plan's
 * files are neither changed nor written again. The index keeps the site's commit.
 */
class PlanVersionTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path temp;

    @Test
    void aCommitToOnePlanLeavesTheOtherAsPublishedAndEachNamesItsOwnCommit() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("kho")).plan("ke-hoach-a", "ke-hoach").plan("quyet-dinh-b", "quyet-dinh");
        Path out = temp.resolve("site");
        try (TestRepository repo = TestRepository.init(site.root)) {
            String first = repo.commit("Nguyễn Văn An", "Hai văn bản");
            BuildReport initial = build(site, out);
            assertEquals(List.of("ke-hoach-a", "quyet-dinh-b"), initial.rendered());
            assertEquals(first, footerCommit(out, "ke-hoach-a/index.html"));
            assertEquals(first, pdfCommit(out, "quyet-dinh-b"));

            backdate(out.resolve("ke-hoach-a"));
            Map<String, Snapshot> before = snapshot(out.resolve("ke-hoach-a"));
            site.edit("quyet-dinh-b", "chữ ký số trong cơ quan", "chữ ký số trong các cơ quan");
            String second = repo.commit("Trần Thị Bình", "Sửa quyết định");
            BuildReport afterCommit = build(site, out);
            assertEquals(List.of("quyet-dinh-b"), afterCommit.rendered());
            assertEquals(List.of("ke-hoach-a"), afterCommit.unchanged());
            assertEquals(before, snapshot(out.resolve("ke-hoach-a")), "the other plan's files: same bytes, not rewritten");
            assertEquals(first, footerCommit(out, "ke-hoach-a/index.html"));
            assertEquals(first, pdfCommit(out, "ke-hoach-a"));
            assertEquals(second, footerCommit(out, "quyet-dinh-b/index.html"));
            assertEquals(second, pdfCommit(out, "quyet-dinh-b"));
            assertEquals("Nội dung văn bản theo phiên bản " + second.substring(0, 7), footer(out, "quyet-dinh-b/index.html"));
            assertEquals("Tạo từ phiên bản " + second.substring(0, 7), footer(out, "index.html"), "the index: the site's commit");

            // Edited and not committed: only that plan is rendered again; its PDF is marked, and the published pages
            // name no version no commit holds (s32 tryout L1: "+ thay đổi chưa commit" was shown to citizens).
            site.edit("quyet-dinh-b", "chữ ký số trong các cơ quan", "chữ ký số trong mọi cơ quan");
            BuildReport dirty = build(site, out);
            assertEquals(List.of("quyet-dinh-b"), dirty.rendered());
            assertEquals(before, snapshot(out.resolve("ke-hoach-a")));
            assertNull(page(out, "quyet-dinh-b/index.html").selectFirst("footer p.source-commit"));
            assertEquals(second + "-dirty", pdfCommit(out, "quyet-dinh-b"));
            assertEquals("Nội dung văn bản theo phiên bản " + first.substring(0, 7), footer(out, "ke-hoach-a/index.html"));
            assertNull(page(out, "index.html").selectFirst("footer p.source-commit"));
            assertFalse(Files.readString(out.resolve("index.html")).contains("chưa commit"));
        }
    }

    private static BuildReport build(SampleSite site, Path out) throws IOException {
        // Its plans are issued and edited in place: re-issued (an issued document is frozen otherwise, s31).
        SiteBuild build = new SiteBuild(site.content, site.templates, out, RenderSettings.defaults(),
                ToolVersion.of("test"), 1).reissue(true);
        BuildReport report = build.render(build.check(true), false, BuildProgress.SILENT);
        assertTrue(report.ok(), report.problems().toString());
        return report;
    }

    /** A file as published: its bytes, its modification time and its identity on disk (inode). */
    private record Snapshot(String bytes, FileTime modified, Object fileKey) {
    }

    /** Sets every file of the folder to a time no build would give it: a rewritten file shows. */
    private static void backdate(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, LONG_AGO);
            }
        }
    }

    private static Map<String, Snapshot> snapshot(Path folder) throws IOException {
        Map<String, Snapshot> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(folder.relativize(file).toString(), new Snapshot(
                        java.util.HexFormat.of().formatHex(Files.readAllBytes(file)), attributes.lastModifiedTime(),
                        attributes.fileKey()));
            }
        }
        assertTrue(files.size() > 3, files.keySet().toString());
        return files;
    }

    private static String footer(Path out, String page) throws IOException {
        return page(out, page).selectFirst("footer p.source-commit").text();
    }

    private static String footerCommit(Path out, String page) throws IOException {
        return page(out, page).selectFirst("footer p.source-commit code").attr("title");
    }

    private static Document page(Path out, String page) throws IOException {
        return Jsoup.parse(out.resolve(page).toFile(), "UTF-8");
    }

    private static String pdfCommit(Path out, String slug) throws IOException {
        Path pdf;
        try (Stream<Path> files = Files.list(out.resolve(slug))) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return document.getDocumentInformation().getCustomMetadataValue(PlanRenderer.COMMIT_METADATA);
        }
    }
}
