package plandoc.render;

import plandoc.history.Provenance;
import plandoc.render.html.IndexEntry;
import plandoc.render.html.IndexPage;
import plandoc.render.html.SourceView;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.render.markdown.MarkdownRenderer;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.portal.PlanSummaries;
import plandoc.render.portal.PlanSummary;
import plandoc.render.portal.PortalFiles;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the static site:
 * <pre>
 * site/index.html                 every plan, with links to its page and downloads
 * site/assets/…                   the templates' assets (CSS) and the web fonts
 * site/&lt;slug&gt;/index.html         the plan page
 * site/&lt;slug&gt;/&lt;fileStem&gt;.pdf     the Decree 30 PDF
 * site/&lt;slug&gt;/plan.json          open data
 * site/&lt;slug&gt;/&lt;table-id&gt;.csv     one per budget table
 * site/&lt;slug&gt;/&lt;href&gt;             images
 * </pre>
 * Each plan is rendered completely in memory before any of its files is written, and every file is
 * replaced atomically. A plan that fails is reported and skipped; the others are still published.
 */
public final class SiteBuilder {

    static final String INDEX_TEMPLATE = "index.ftlh";
    static final String ASSETS = "assets";

    private final MarkdownRenderer markdown;
    private final RenderSettings settings;
    private final AtomicFileWriter writer;

    public SiteBuilder(MarkdownRenderer markdown, RenderSettings settings, AtomicFileWriter writer) {
        this.markdown = markdown;
        this.settings = settings;
        this.writer = writer;
    }

    /** The standard set-up: flexmark with the default link policy, atomic writes to disk. */
    public SiteBuilder(RenderSettings settings) {
        this(new FlexmarkMarkdownRenderer(new LinkPolicy()), settings, new AtomicFileWriter());
    }

    /**
     * Renders {@code plans} with the templates in {@code templatesDir} into {@code outDir}.
     * Never throws for a bad plan or template; see {@link BuildResult#problems()}.
     */
    public BuildResult build(List<ResolvedPlan> plans, Path templatesDir, Path outDir) {
        return build(plans, List.of(), templatesDir, outDir);
    }

    /** As {@link #build(List, Path, Path)}, pages and PDFs carrying {@code provenance} (see below). */
    public BuildResult build(List<ResolvedPlan> plans, Path templatesDir, Path outDir, Provenance provenance) {
        return build(plans, List.of(), templatesDir, outDir, provenance);
    }

    /** As {@link #build(List, Path, Path)}, with the agency view ({@code co-quan/index.html}) linked from the index. */
    public BuildResult build(List<ResolvedPlan> plans, List<AgencyPage> agencies, Path templatesDir, Path outDir) {
        return build(plans, agencies, templatesDir, outDir, Provenance.NONE);
    }

    /**
     * As {@link #build(List, List, Path, Path)}, every page and PDF carrying the commit the content was
     * built from and each plan page its history ({@link Provenance#NONE}: none, as outside git).
     */
    public BuildResult build(List<ResolvedPlan> plans, List<AgencyPage> agencies, Path templatesDir, Path outDir,
                             Provenance provenance) {
        List<Path> written = new ArrayList<>();
        List<RenderProblem> problems = new ArrayList<>();
        PlanRenderer renderer;
        try {
            renderer = PlanRenderer.forTemplates(templatesDir, markdown, settings);
        } catch (RenderException e) {
            problems.add(e.toProblem());
            return new BuildResult(written, problems);
        }
        copyAssets(templatesDir, outDir, written, problems);

        List<IndexEntry> published = new ArrayList<>();
        List<PlanSummary> summaries = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (ResolvedPlan plan : plans) {
            String slug = plan.info().slug();
            if (!slugs.add(slug)) {
                problems.add(new RenderProblem(RenderProblem.Kind.CONTENT, "",
                        "hai văn bản cùng thư mục \"" + slug + "\"; văn bản sau bị bỏ qua", slug));
                continue;
            }
            try {
                RenderedPlan rendered = renderer.render(plan, provenance);
                publish(rendered, outDir.resolve(rendered.slug()), written);
                published.add(new IndexEntry(plan.info(), rendered.siteLinks()));
                summaries.add(PlanSummaries.of(plan, rendered.siteLinks(), provenance.history(slug)));
            } catch (RenderException e) {
                problems.add(e.toProblem());
            } catch (IOException e) {
                problems.add(new RenderProblem(RenderProblem.Kind.IO, outDir.resolve(slug).toString(),
                        "không ghi được: " + e, slug));
            } catch (RuntimeException e) {
                problems.add(new RenderProblem(RenderProblem.Kind.INTERNAL, "", "lỗi không lường trước: " + e, slug));
            }
        }
        boolean agencyView = false;
        try {
            Path page = new AgencyPages(writer).write(agencies, templatesDir, outDir);
            if (page != null) {
                written.add(page);
                agencyView = true;
            }
        } catch (RenderException e) {
            problems.add(e.toProblem());
        }
        writePortal(new PortalFiles().write(summaries, agencyView ? AgencyPages.PATH : "", settings.siteUrl()), outDir,
                written, problems);
        writeIndex(renderer, published, agencyView, SourceView.of(provenance), outDir, written, problems);
        return new BuildResult(written, problems);
    }

    private void publish(RenderedPlan plan, Path planDir, List<Path> written) throws IOException {
        for (RenderedPlan.ImageCopy image : plan.images()) {
            Path target = planDir.resolve(image.href());
            writer.copy(image.source(), target);
            written.add(target);
        }
        // The page goes last, so a reader who sees it can already follow its download links.
        List<RenderedPlan.OutputFile> files = new ArrayList<>(plan.files());
        files.sort((a, b) -> Boolean.compare(a.name().equals(PlanFiles.PAGE), b.name().equals(PlanFiles.PAGE)));
        for (RenderedPlan.OutputFile file : files) {
            Path target = planDir.resolve(file.name());
            writer.write(target, file.bytes());
            written.add(target);
        }
    }

    /** The search data, feed and sitemap: before the index, whose scripts read the search data. */
    private void writePortal(Map<String, byte[]> files, Path outDir, List<Path> written, List<RenderProblem> problems) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = outDir.resolve(file.getKey());
            try {
                writer.write(target, file.getValue());
                written.add(target);
            } catch (IOException e) {
                problems.add(new RenderProblem(RenderProblem.Kind.IO, target.toString(), "không ghi được: " + e, ""));
            }
        }
    }

    private void writeIndex(PlanRenderer renderer, List<IndexEntry> entries, boolean agencyView, SourceView source,
                            Path outDir,
                            List<Path> written,
                            List<RenderProblem> problems) {
        try {
            String html = renderer.templates().render(INDEX_TEMPLATE, new IndexPage(entries, ASSETS + "/",
                    agencyView ? AgencyPages.PATH : "", source), "");
            Path target = outDir.resolve("index.html");
            writer.write(target, Normalizer.normalize(html, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            written.add(target);
        } catch (RenderException e) {
            problems.add(e.toProblem());
        } catch (IOException e) {
            problems.add(new RenderProblem(RenderProblem.Kind.IO, outDir.resolve("index.html").toString(),
                    "không ghi được: " + e, ""));
        }
    }

    /** The templates' assets as they are, and the bundled web fonts under assets/fonts/. */
    private void copyAssets(Path templatesDir, Path outDir, List<Path> written, List<RenderProblem> problems) {
        Path source = templatesDir.resolve(ASSETS);
        Path target = outDir.resolve(ASSETS);
        try {
            if (Files.isDirectory(source)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(source)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    Path destination = target.resolve(source.relativize(file).toString());
                    writer.copy(file, destination);
                    written.add(destination);
                }
            }
            // Always the bundled OFL fonts: an office's licensed Times New Roman must not be published.
            for (PdfFonts.WebFont font : PdfFonts.webFonts()) {
                Path destination = target.resolve("fonts").resolve(font.fileName());
                writer.write(destination, font.data());
                written.add(destination);
            }
        } catch (IOException e) {
            problems.add(new RenderProblem(RenderProblem.Kind.IO, target.toString(), "không chép được tài nguyên: " + e, ""));
        }
    }
}
