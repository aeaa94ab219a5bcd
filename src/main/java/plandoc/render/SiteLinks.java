package plandoc.render;

import plandoc.render.html.PlanLinks;
import plandoc.resolved.ResolvedPlan;

/**
 * A plan's files as linked from the site root ({@code slug/index.html}, {@code slug/<stem>.pdf} …),
 * without rendering it: what the index, its search data, the feed and the sitemap point at.
 */
public final class SiteLinks {
    private SiteLinks() {
    }

    public static PlanLinks of(ResolvedPlan plan) throws RenderException {
        PlanFiles files = new PlanFiles(plan);
        return files.links(files.slug() + "/");
    }
}
