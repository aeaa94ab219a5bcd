package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.history.GitRepository;
import plandoc.history.Provenance;
import plandoc.history.ProvenanceReader;
import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.resolved.ResolvedPlan;

/**
 * Every published page and PDF names the commit it was built from, each plan page lists the plan's
 * history; outside git nothing of it appears; rebuilding the same commit gives the same bytes.
 */
class ProvenanceTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final String PDF = "4086-QD-UBND.pdf";

    @TempDir
    Path dir;

    @Test
    void pagesAndPdfsCarryTheCommitAndThePlanItsHistory() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            String first = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Nguyễn Văn An", "Kế hoạch như đã ban hành");
            repo.write("content/README.md", "Nội dung\n").commit("Trần Thị Bình", "Ghi chú thư mục");
            String third = repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Trần Thị Bình", "Tăng vốn giao ban");
            Provenance provenance = provenance(repo);
            assertEquals(third, provenance.version().orElseThrow().commitId());
            assertFalse(provenance.version().get().dirty());

            Path site = build(repo, provenance, "site");
            Document page = Jsoup.parse(site.resolve(SmallPlan.SLUG + "/index.html").toFile(), "UTF-8");
            assertEquals("Nội dung văn bản theo phiên bản " + third.substring(0, 7),
                    page.selectFirst("footer p.source-commit").text());
            assertEquals(third, page.selectFirst("footer code[title]").attr("title"));
            // Only the commits that touched the plan's folder, newest first.
            assertEquals(List.of(
                    List.of("04/03/2026", "Trần Thị Bình", "Tăng vốn giao ban", third.substring(0, 7)),
                    List.of("02/03/2026", "Nguyễn Văn An", "Kế hoạch như đã ban hành", first.substring(0, 7))),
                    page.select("table.plan-history-table tbody tr").stream().map(tr -> tr.select("td").eachText()).toList());
            Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
            assertEquals("Tạo từ phiên bản " + third.substring(0, 7), index.selectFirst("footer p.source-commit").text());
            assertEquals(third, commitInPdf(site));

            // The same commit built again: the same bytes, file by file.
            Path again = build(repo, provenance(repo), "site-again");
            for (String file : List.of(SmallPlan.SLUG + "/index.html", SmallPlan.SLUG + "/" + PDF, "index.html")) {
                assertArrayEquals(Files.readAllBytes(site.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
            }
        }
    }

    @Test
    void uncommittedChangesAreMarkedWithoutTime() throws IOException {
        try (TestRepository repo = TestRepository.init(dir.resolve("kho"))) {
            String commit = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Nguyễn Văn An", "Kế hoạch");
            repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED);
            Provenance provenance = provenance(repo);
            assertTrue(provenance.version().orElseThrow().dirty());

            Path site = build(repo, provenance, "site");
            Document page = Jsoup.parse(site.resolve(SmallPlan.SLUG + "/index.html").toFile(), "UTF-8");
            // s33 (second province L1): a public page names no version of uncommitted content; the PDF keeps it.
            assertEquals(null, page.selectFirst("footer p.source-commit"), page.select("footer").outerHtml());
            assertEquals(commit + "-dirty", commitInPdf(site));
        }
    }

    @Test
    void outsideGitThereIsNoProvenanceAndNoError() throws IOException {
        Path content = dir.resolve("content");
        assumeTrue(GitRepository.containing(dir).isEmpty(), "the temporary folder must not lie inside a repository");
        Files.createDirectories(content.resolve(SmallPlan.SLUG));
        Files.writeString(content.resolve(SmallPlan.SLUG).resolve("plan.yaml"), SmallPlan.BASE);

        Provenance provenance = new ProvenanceReader().read(List.of(content, TEMPLATES),
                List.of(content.resolve(SmallPlan.SLUG)));
        assertEquals(Provenance.NONE, provenance);
        ResolvedPlan plan = new Generator(dir).resolve(content.resolve(SmallPlan.SLUG)).resolved().orElseThrow();
        Path site = dir.resolve("site");
        BuildReport result = Publishing.publish(List.of(plan), TEMPLATES, site, provenance);
        assertTrue(result.ok(), result.problems().toString());
        String page = Files.readString(site.resolve(SmallPlan.SLUG + "/index.html"), StandardCharsets.UTF_8);
        assertFalse(page.contains("source-version"));
        assertFalse(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8).contains("source-version"));
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(site.resolve(SmallPlan.SLUG + "/" + PDF)))) {
            assertNull(pdf.getDocumentInformation().getCustomMetadataValue(PlanRenderer.COMMIT_METADATA));
        }
    }

    private static Provenance provenance(TestRepository repo) {
        Path content = repo.root().resolve("content");
        try (Stream<Path> folders = Files.list(content)) {
            return new ProvenanceReader().read(List.of(content, TEMPLATES), folders.filter(Files::isDirectory).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path build(TestRepository repo, Provenance provenance, String name) {
        ResolvedPlan plan = new Generator(repo.root()).resolve(repo.plan(SmallPlan.SLUG)).resolved().orElseThrow();
        Path site = dir.resolve(name);
        BuildReport result = Publishing.publishWithHistory(List.of(plan), TEMPLATES, site, provenance);
        assertTrue(result.ok(), result.problems().toString());
        return site;
    }

    private static String commitInPdf(Path site) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(site.resolve(SmallPlan.SLUG + "/" + PDF)))) {
            return pdf.getDocumentInformation().getCustomMetadataValue(PlanRenderer.COMMIT_METADATA);
        }
    }
}
