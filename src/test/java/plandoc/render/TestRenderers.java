package plandoc.render;

import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;

import java.nio.file.Path;

/** The renderer over the project's own templates, as the CLI builds it by default. */
final class TestRenderers {

    /** Relative, as a user types it: tests run with the project folder as working directory. */
    static final Path TEMPLATES = Path.of("templates");

    private TestRenderers() {
    }

    static PlanRenderer standard() throws RenderException {
        return over(TEMPLATES);
    }

    static PlanRenderer over(Path templates) throws RenderException {
        return PlanRenderer.forTemplates(templates, new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults());
    }
}
