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
import plandoc.resolved.AgencyPage;
import plandoc.resolved.ResolvedPlan;

/**
 * Publishes in-memory plans through the production path ({@link SiteUpdate} and the one publisher),
 * for tests whose plans were never read from a folder: each gets an empty source folder of its own.
 */
public final class Publishing {
    /** Fonts and templates are read once per templates folder, as a preview server keeps them. */
    private static final java.util.Map<Path, Renderers> RENDERERS = new java.util.concurrent.ConcurrentHashMap<>();

    private Publishing() {
    }

    public static BuildReport publish(List<ResolvedPlan> plans, Path templates, Path site) {
        return publish(plans, List.of(), templates, site, Provenance.NONE, new SiteFiles());
    }

    public static BuildReport publish(List<ResolvedPlan> plans, Path templates, Path site, Provenance provenance) {
        return publish(plans, List.of(), templates, site, provenance, new SiteFiles());
    }

    public static BuildReport publish(List<ResolvedPlan> plans, List<AgencyPage> agencies, Path templates, Path site,
                                      Provenance provenance, SiteFiles files) {
        try {
            Path sources = site.toAbsolutePath().resolveSibling(site.getFileName() + "-sources");
            List<PlanSource> planSources = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                Path folder = Files.createDirectories(sources.resolve("plan-" + i));
                planSources.add(new PlanSource(folder, plans.get(i)));
            }
            Renderers renderers = RENDERERS.get(templates.toAbsolutePath());
            if (renderers == null || renderers.refresh()) {
                renderers = new Renderers(templates, RenderSettings.defaults());
                RENDERERS.put(templates.toAbsolutePath(), renderers);
            }
            SiteUpdate update = new SiteUpdate(renderers,
                    ToolVersion.of("test"), 1, files);
            // In-memory plans have no source files to key on: always render them (a clean build).
            return update.update(planSources, agencies, provenance, site, true, BuildProgress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
