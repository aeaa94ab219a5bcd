package plandoc.layout;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import plandoc.Generator;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.RenderedPlan;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;

/** The main PDF of a bundled plan (content/) or a fixture (its folder), printed with the project's templates once per test run. */
final class BundledPdfs {
    private static final Map<String, byte[]> PRINTED = new ConcurrentHashMap<>();

    private BundledPdfs() {
    }

    static byte[] of(String slug) {
        return PRINTED.computeIfAbsent(slug, BundledPdfs::print);
    }

    private static byte[] print(String slug) {
        try {
            Path folder = slug.contains("/") ? Path.of(slug) : Path.of("content", slug);
            ResolvedPlan plan = new Generator(Path.of(".")).resolve(folder).resolved().orElseThrow();
            RenderedPlan rendered = PlanRenderer.forTemplates(Path.of("templates"),
                    new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults()).render(plan);
            return rendered.files().stream().filter(f -> f.name().equals(plan.info().fileStem() + ".pdf"))
                    .findFirst().orElseThrow().bytes();
        } catch (Exception e) {
            throw new IllegalStateException(slug, e);
        }
    }
}
