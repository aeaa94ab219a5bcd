package plandoc.render;

import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import plandoc.Generator;
import plandoc.resolved.ResolvedPlan;

/** The renderer over the project's own templates, as the CLI builds it by default. */
final class TestRenderers {

    /** Relative, as a user types it: tests run with the project folder as working directory. */
    static final Path TEMPLATES = Path.of("templates");

    private TestRenderers() {
    }

    static PlanRenderer standard() throws RenderException {
        return over(TEMPLATES);
    }

    /** A plan folder resolved alone, and its files as {@link #standard()} renders them. */
    record Rendered(ResolvedPlan plan, RenderedPlan files) {
    }

    private static final Map<Path, Rendered> ONCE = new ConcurrentHashMap<>();

    /**
     * The plan in {@code folder} (a bundled plan or a fixture, never edited) resolved and rendered once per test JVM:
     * several classes (veraPDF, the tags, LibreOffice) read the same plan's files, the 424's a 61-page PDF; each
     * only reads them.
     */
    static Rendered once(Path folder) {
        return ONCE.computeIfAbsent(folder.normalize(), f -> {
            ResolvedPlan plan = new Generator(Path.of("")).resolve(f).resolved().orElseThrow();
            try {
                return new Rendered(plan, standard().render(plan));
            } catch (RenderException e) {
                throw new AssertionError(f + ": " + e.getMessage(), e);
            }
        });
    }

    /** {@link #once} of the bundled plan {@code content/SLUG}. */
    static Rendered bundled(String slug) {
        return once(Path.of("content", slug));
    }

    static PlanRenderer over(Path templates) throws RenderException {
        return PlanRenderer.forTemplates(templates, new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults());
    }
}
