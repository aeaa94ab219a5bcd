package plandoc.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import plandoc.history.Provenance;
import plandoc.publish.SiteFiles;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.RenderSettings;
import plandoc.render.RenderedPlan;
import plandoc.resolved.ResolvedPlan;

/**
 * Publishes in-memory plans through the production path ({@link SiteUpdate} and the one publisher),
 * for tests whose plans were never read from a folder: each gets an empty source folder of its own.
 */
public final class Publishing {
    /** Fonts and templates are read once per templates folder, as a preview server keeps them. */
    private static final java.util.Map<String, Renderers> RENDERERS = new java.util.concurrent.ConcurrentHashMap<>();

    private Publishing() {
    }

    public static BuildReport publish(List<ResolvedPlan> plans, Path templates, Path site) {
        return publish(plans, templates, site, Provenance.NONE, new SiteFiles());
    }

    public static BuildReport publish(List<ResolvedPlan> plans, Path templates, Path site, Provenance provenance) {
        return publish(plans, templates, site, provenance, new SiteFiles());
    }

    /** As a site whose province.yaml says {@code history: public}: plan pages list their versions. */
    public static BuildReport publishWithHistory(List<ResolvedPlan> plans, Path templates, Path site,
                                                 Provenance provenance) {
        return publish(plans, templates, site, provenance, new SiteFiles(),
                RenderSettings.defaults().withHistory(plandoc.model.Province.Shown.PUBLIC));
    }

    public static BuildReport publish(List<ResolvedPlan> plans, Path templates, Path site,
                                      Provenance provenance, SiteFiles files) {
        return publish(plans, templates, site, provenance, files, RenderSettings.defaults());
    }

    /**
     * {@code plans} rendered once with {@code provenance}, to be published as they are into one site after
     * another ({@link #publish(Rendered, Path, SiteFiles)}): for tests of the publisher, whose subject is the
     * site's files, not the rendering.
     */
    public record Rendered(List<ResolvedPlan> plans, List<RenderedPlan> files, Path templates, Provenance provenance) {
        public Rendered {
            plans = List.copyOf(plans);
            files = List.copyOf(files);
        }
    }

    public static Rendered render(List<ResolvedPlan> plans, Path templates, Provenance provenance)
            throws RenderException, IOException {
        PlanRenderer renderer = renderers(templates, RenderSettings.defaults()).planRenderer();
        List<RenderedPlan> files = new ArrayList<>();
        for (ResolvedPlan plan : plans) {
            files.add(renderer.render(plan, provenance));
        }
        return new Rendered(plans, files, templates, provenance);
    }

    /**
     * Publishes plans rendered earlier through the production path, which takes them as a build takes the
     * plans it rendered ahead ({@link RenderAhead}) instead of rendering them again: the same files staged.
     */
    public static BuildReport publish(Rendered rendered, Path site, SiteFiles files) {
        RenderAhead ahead = new RenderAhead();
        for (int i = 0; i < rendered.plans().size(); i++) {
            ahead.finished(rendered.plans().get(i), rendered.files().get(i), rendered.provenance());
        }
        return publish(rendered.plans(), rendered.templates(), site, rendered.provenance(), files,
                RenderSettings.defaults(), ahead);
    }

    private static BuildReport publish(List<ResolvedPlan> plans, Path templates, Path site,
                                       Provenance provenance, SiteFiles files, RenderSettings settings) {
        return publish(plans, templates, site, provenance, files, settings, RenderAhead.none());
    }

    /** Fonts and templates are read once per templates folder and settings. */
    private static Renderers renderers(Path templates, RenderSettings settings) throws IOException {
        String key = templates.toAbsolutePath() + "\u0000" + settings.digestText();
        Renderers renderers = RENDERERS.get(key);
        if (renderers == null || renderers.refresh()) {
            renderers = new Renderers(templates, settings);
            RENDERERS.put(key, renderers);
        }
        return renderers;
    }

    private static BuildReport publish(List<ResolvedPlan> plans, Path templates, Path site,
                                       Provenance provenance, SiteFiles files, RenderSettings settings,
                                       RenderAhead ahead) {
        try {
            Path sources = site.toAbsolutePath().resolveSibling(site.getFileName() + "-sources");
            List<PlanSource> planSources = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                Path folder = Files.createDirectories(sources.resolve("plan-" + i));
                planSources.add(new PlanSource(folder, plans.get(i)));
            }
            SiteUpdate update = new SiteUpdate(renderers(templates, settings),
                    ToolVersion.of("test"), 1, files).renderedAhead(ahead);
            // In-memory plans have no source files to key on: always render them (a clean build), or take them
            // as rendered ahead.
            return update.update(planSources, SiteUpdate.AgencyView.NONE, provenance, site, true, BuildProgress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
