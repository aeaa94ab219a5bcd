package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;

/**
 * A one-plan build readies its renderer on the second core while it checks ({@link RenderHeadStart}):
 * the build uses that same renderer, and publishes the same bytes as without the head start.
 */
class RenderHeadStartTest {

    @TempDir
    Path temp;

    @Test
    void theBuildUsesTheRendererTheHeadStartMade() throws Exception {
        Renderers renderers = new Renderers(Path.of("templates"), RenderSettings.defaults());
        RenderHeadStart.start(renderers);
        PlanRenderer first = renderers.planRenderer();
        assertTrue(renderers.planRendererLoaded());
        assertSame(first, renderers.planRenderer());
    }

    @Test
    void aOnePlanBuildPublishesTheSameBytesWithAndWithoutIt() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("s")).withAgencyRegister().plan("ke-hoach-a", "ke-hoach");
        Path with = temp.resolve("with");
        Path without = temp.resolve("without");
        build(site, with, true);
        build(site, without, false);
        List<Path> published = files(with);
        assertEquals(files(without), published);
        assertTrue(published.stream().anyMatch(f -> f.toString().endsWith(".pdf")), published.toString());
        for (Path file : published) {
            assertArrayEquals(Files.readAllBytes(without.resolve(file)), Files.readAllBytes(with.resolve(file)), file.toString());
        }
    }

    private static void build(SampleSite site, Path out, boolean headStart) throws Exception {
        SiteBuild build = new SiteBuild(site.content, site.templates, out, RenderSettings.defaults(), ToolVersion.of("test"), 1)
                .headStart(headStart);
        assertTrue(build.render(build.check(false), false, BuildProgress.SILENT).ok());
    }

    /** Every published file; the build's own bookkeeping (.plandoc*, holding times) left out. */
    private static List<Path> files(Path site) throws Exception {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(site::relativize)
                    .filter(p -> !p.getName(0).toString().startsWith(".plandoc")).sorted().toList();
        }
    }
}
