package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.RenderSettings;

/**
 * The incremental build renders only what changed, yet leaves the site byte for byte as a clean
 * build into an empty folder would; a plan with errors stays published as it was; a plan that left the
 * content is unpublished.
 */
class SiteUpdateTest {
    @TempDir
    Path temp;

    private SampleSite site;
    private Path out;

    @BeforeEach
    void setUp() {
        site = new SampleSite(temp).withAgencyRegister()
                .plan("ke-hoach-a", "ke-hoach")
                .plan("quyet-dinh-b", "quyet-dinh")
                .plan("ke-hoach-c", "ke-hoach");
        out = temp.resolve("site");
    }

    private BuildReport update(boolean clean) throws IOException {
        return update(clean, 2);
    }

    private BuildReport update(boolean clean, int jobs) throws IOException {
        List<PlanSource> sources = site.sources();
        Renderers renderers = new Renderers(site.templates, RenderSettings.defaults());
        return new SiteUpdate(renderers, ToolVersion.of("test"), jobs)
                .update(sources, SampleSite.agencies(sources), out, clean, BuildProgress.SILENT);
    }

    /** What a build writes from scratch, into an empty folder, for the current sources. */
    private Map<String, byte[]> cleanBuild(String name) throws IOException {
        Path reference = temp.resolve(name);
        List<PlanSource> sources = site.sources();
        BuildReport result = new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()),
                ToolVersion.of("test"), 1).update(sources, SampleSite.agencies(sources), reference, true,
                BuildProgress.SILENT);
        assertTrue(result.ok(), result.problems().toString());
        return SampleSite.files(reference);
    }

    private void assertSameAs(Map<String, byte[]> expected) {
        Optional<String> difference = SampleSite.firstDifference(expected, SampleSite.files(out));
        assertEquals(Optional.empty(), difference);
    }

    @Test
    void aFirstBuildWritesWhatACleanBuildWritesAndTheSchema() throws IOException {
        BuildReport report = update(false);

        assertTrue(report.ok(), report.problems().toString());
        assertEquals(List.of("ke-hoach-a", "ke-hoach-c", "quyet-dinh-b"), report.rendered());
        assertSameAs(cleanBuild("reference"));
        assertTrue(Files.isRegularFile(out.resolve("schema/plan.schema.json")));
        assertTrue(Files.isRegularFile(out.resolve("co-quan/index.html")), "the agency view is written");
        String guide = Files.readString(out.resolve(plandoc.render.GuidePage.PATH));
        assertTrue(guide.contains("Hướng dẫn soạn kế hoạch bằng plandoc") && guide.contains("plan.yaml"),
                "the officers' guide is published");
        assertTrue(Files.readString(out.resolve("index.html")).contains("href=\"huong-dan/index.html\""),
                "the index links the guide");
    }

    @Test
    void aNoOpBuildRendersNothingWritesNothingAndLoadsNoFonts() throws IOException {
        update(false);
        List<PlanSource> sources = site.sources();
        Renderers renderers = new Renderers(site.templates, RenderSettings.defaults());
        BuildReport again = new SiteUpdate(renderers, ToolVersion.of("test"), 2)
                .update(sources, SampleSite.agencies(sources), out, false, BuildProgress.SILENT);

        assertEquals(List.of(), again.rendered());
        assertEquals(List.of("ke-hoach-a", "ke-hoach-c", "quyet-dinh-b"), again.unchanged());
        assertEquals(List.of(), again.pagesChanged());
        assertSameAs(cleanBuild("reference"));
        assertFalse(renderers.planRendererLoaded(), "nothing to render, so no fonts and no PDF set-up");
    }

    @Test
    void changingOnePlanRendersThatPlanAndTheSitePagesAndMatchesACleanBuild() throws IOException {
        update(false);
        java.nio.file.attribute.FileTime untouched = java.nio.file.attribute.FileTime.fromMillis(0);
        Files.setLastModifiedTime(out.resolve("ke-hoach-a/index.html"), untouched);
        site.edit("ke-hoach-c", "amounts: { ns-tinh: 500 }", "amounts: { ns-tinh: 750 }");

        BuildReport report = update(false);

        assertEquals(List.of("ke-hoach-c"), report.rendered());
        assertEquals(List.of("co-quan/index.html", "index.html"), report.pagesChanged());
        assertEquals(untouched, Files.getLastModifiedTime(out.resolve("ke-hoach-a/index.html")), "ke-hoach-a not rewritten");
        assertSameAs(cleanBuild("reference-after-edit"));
    }

    @Test
    void aChangedTemplateOrToolRendersEverything() throws IOException {
        update(false);
        SampleSite.write(site.templates.resolve("assets/plandoc.css"), "body { color: #111; }\n");
        assertEquals(3, update(false).rendered().size(), "templates are part of every plan's key");

        List<PlanSource> sources = site.sources();
        BuildReport newTool = new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()),
                ToolVersion.of("another plandoc"), 2)
                .update(sources, SampleSite.agencies(sources), out, false, BuildProgress.SILENT);
        assertEquals(3, newTool.rendered().size(), "so is plandoc's own code");
    }

    @Test
    void cleanRendersEverythingAndAMissingFileIsRenderedAgain() throws IOException {
        update(false);
        assertEquals(3, update(true).rendered().size());

        Files.delete(out.resolve("ke-hoach-a/plan.json"));
        BuildReport report = update(false);
        assertEquals(List.of("ke-hoach-a"), report.rendered());
        assertTrue(Files.isRegularFile(out.resolve("ke-hoach-a/plan.json")));
    }

    @Test
    void filesAPlanNoLongerPublishesAreRemoved() throws IOException {
        update(false);
        assertTrue(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.pdf")));
        site.edit("ke-hoach-a", "number: 1 ", "number: 27 ");

        update(false);

        assertFalse(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.pdf")), "the PDF under its old name is gone");
        assertTrue(Files.exists(out.resolve("ke-hoach-a/27-KH-UBND.pdf")));
        assertSameAs(cleanBuild("reference-after-rename"));
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameSite() throws IOException {
        update(false, 1);
        Map<String, byte[]> sequential = SampleSite.files(out);
        update(true, 2);
        assertEquals(Optional.empty(), SampleSite.firstDifference(sequential, SampleSite.files(out)));
    }

    @Test
    void aPlanWithErrorsAfterPublishingKeepsItsFilesAndItsPlaceInTheIndexAndAgencyView() throws IOException {
        update(false);
        Map<String, byte[]> published = SampleSite.files(out);
        site.edit("ke-hoach-c", "amounts: { ns-tinh: 500 }", "amounts: { ns-tinh: 'năm trăm' }");
        List<plandoc.Generator.PlanOutcome> outcomes = site.outcomes();
        assertTrue(outcomes.stream().anyMatch(o -> o.resolved().isEmpty()), "the edit is an error");

        List<PlanSource> sources = new java.util.ArrayList<>();
        plandoc.Generator generator = new plandoc.Generator(Path.of(""));
        for (plandoc.Generator.PlanOutcome o : outcomes) {
            if (o.resolved().isPresent()) {
                sources.add(new PlanSource(o.folder(), o.resolved().get()));
            } else {
                new PublishedVersion(out).read(o.slug(), generator).ifPresent(sources::add);
            }
        }
        BuildReport report = new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()),
                ToolVersion.of("test"), 2).update(sources, SampleSite.agencies(sources), out, false, BuildProgress.SILENT);

        assertEquals(List.of("ke-hoach-c"), report.kept());
        assertEquals(List.of("ke-hoach-a", "ke-hoach-c", "quyet-dinh-b"), report.published());
        assertEquals(Optional.empty(), SampleSite.firstDifference(published, SampleSite.files(out)),
                "the site is exactly as published before the typo");
    }

    @Test
    void aPlanFolderRemovedFromTheContentIsUnpublishedAndTheSiteIsWhatAFreshBuildWrites() throws IOException {
        update(false);
        assertTrue(Files.isDirectory(out.resolve("ke-hoach-c")));
        site.remove("ke-hoach-c");

        BuildReport report = update(false);

        assertEquals(List.of("ke-hoach-c"), report.unpublished());
        assertFalse(Files.exists(out.resolve("ke-hoach-c")));
        assertFalse(new String(Files.readAllBytes(out.resolve("index.html")), java.nio.charset.StandardCharsets.UTF_8)
                .contains("ke-hoach-c"));
        assertSameAs(cleanBuild("reference-without-c"));
        update(true);
        assertSameAs(cleanBuild("reference-without-c-again"));
    }
}
