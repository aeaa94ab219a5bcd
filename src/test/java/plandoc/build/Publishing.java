package plandoc.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import plandoc.history.Provenance;
import plandoc.publish.SiteFiles;
import plandoc.render.RenderSettings;
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

    private static BuildReport publish(List<ResolvedPlan> plans, Path templates, Path site,
                                       Provenance provenance, SiteFiles files, RenderSettings settings) {
        try {
            Path sources = site.toAbsolutePath().resolveSibling(site.getFileName() + "-sources");
            List<PlanSource> planSources = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                Path folder = Files.createDirectories(sources.resolve("plan-" + i));
                planSources.add(new PlanSource(folder, plans.get(i)));
            }
            String key = templates.toAbsolutePath() + "\u0000" + settings.digestText();
            Renderers renderers = RENDERERS.get(key);
            if (renderers == null || renderers.refresh()) {
                renderers = new Renderers(templates, settings);
                RENDERERS.put(key, renderers);
            }
            SiteUpdate update = new SiteUpdate(renderers,
                    ToolVersion.of("test"), 1, files);
            // In-memory plans have no source files to key on: always render them (a clean build).
            return update.update(planSources, SiteUpdate.AgencyView.NONE, provenance, site, true, BuildProgress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
