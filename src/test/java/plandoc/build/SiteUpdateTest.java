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
import plandoc.render.BuildResult;
import plandoc.render.RenderSettings;
import plandoc.render.SiteBuilder;

/**
 * The incremental build renders only what changed, yet leaves the site byte for byte as a clean
 * build by {@link SiteBuilder} would.
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

    /** What SiteBuilder writes from scratch for the current sources. */
    private Map<String, byte[]> cleanBuild(String name) {
        Path reference = temp.resolve(name);
        List<PlanSource> sources = site.sources();
        BuildResult result = new SiteBuilder(RenderSettings.defaults())
                .build(SampleSite.plans(sources), SampleSite.agencies(sources), site.templates, reference);
        assertTrue(result.ok(), result.problems().toString());
        return SampleSite.files(reference);
    }

    private void assertSameAs(Map<String, byte[]> expected) {
        // The schema is the one file SiteBuilder does not write.
        Optional<String> difference = SampleSite.firstDifference(expected, SampleSite.files(out, "schema/"));
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
        assertEquals(List.of(), again.written());
        assertFalse(renderers.planRendererLoaded(), "nothing to render, so no fonts and no PDF set-up");
    }

    @Test
    void changingOnePlanRendersThatPlanAndTheSitePagesAndMatchesACleanBuild() throws IOException {
        update(false);
        site.edit("ke-hoach-c", "amounts: { ns-tinh: 500 }", "amounts: { ns-tinh: 750 }");

        BuildReport report = update(false);

        assertEquals(List.of("ke-hoach-c"), report.rendered());
        List<String> written = report.written().stream().map(p -> out.relativize(p).toString().replace('\\', '/')).toList();
        assertTrue(written.contains("index.html"), written.toString());
        assertTrue(written.contains("co-quan/index.html"), written.toString());
        assertFalse(written.stream().anyMatch(w -> w.startsWith("ke-hoach-a/") || w.startsWith("quyet-dinh-b/")), written.toString());
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
        assertTrue(Files.exists(out.resolve("ke-hoach-a/1-KH-UBND.pdf")));
        site.edit("ke-hoach-a", "number: 1 ", "number: 27 ");

        update(false);

        assertFalse(Files.exists(out.resolve("ke-hoach-a/1-KH-UBND.pdf")), "the PDF under its old name is gone");
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
}
