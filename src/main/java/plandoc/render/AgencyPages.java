package plandoc.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import plandoc.render.html.RichHtml;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.AgencyPage;

/**
 * Writes the agency view, {@code site/co-quan/index.html}: for each agency, the sections, tasks and
 * budget rows assigned to it across every plan, with the total of the rows it leads.
 */
public final class AgencyPages {
    static final String TEMPLATE = "agencies.ftlh";
    public static final String PATH = "co-quan/index.html";

    private final AtomicFileWriter writer;

    public AgencyPages(AtomicFileWriter writer) {
        this.writer = writer;
    }

    /** The page model: agencies, and where the site's shared assets and plans are from the page. */
    public record Model(List<AgencyPage> agencies, String assets, String root) {
        public Model {
            agencies = List.copyOf(agencies);
        }
    }

    /** Writes the page when there are agencies to show; returns the file written, or null. */
    public Path write(List<AgencyPage> agencies, Path templatesDir, Path outDir) throws RenderException {
        if (agencies.isEmpty()) {
            return null;
        }
        try {
            TemplateEngine templates = new TemplateEngine(templatesDir,
                    new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy())));
            String html = templates.render(TEMPLATE, new Model(agencies, "../assets/", "../"), "");
            Path target = outDir.resolve(PATH);
            writer.write(target, Normalizer.normalize(html, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return target;
        } catch (IOException e) {
            throw new RenderException(RenderProblem.Kind.IO, outDir.resolve(PATH).toString(),
                    "không ghi được: " + e.getMessage(), "", e);
        }
    }
}
