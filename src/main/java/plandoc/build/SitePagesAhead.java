package plandoc.build;

import java.util.Optional;
import plandoc.render.GuidePage;
import plandoc.schema.PlanSchema;

/**
 * The site pages that do not depend on any plan — the officers' guide page and the editor schema — made
 * on the build's main thread while it waits for the plans to render, instead of after them: they were
 * about a fifth of a one-plan build's publishing tail (issue 17, docs/benchmarks.md). They are staged
 * where and when they always were, with the same bytes; whatever could not be made ahead (a template
 * error in the guide, say) is made again there, and reported there.
 */
final class SitePagesAhead {
    private volatile byte[] guide;
    private volatile byte[] schema;

    /** Makes them; the guide only when the site's copy is stale. Never throws. */
    void make(Renderers renderers, boolean guideNeeded) {
        try {
            schema = new PlanSchema().bytes();
            if (guideNeeded) {
                String markdown = GuidePage.source();
                if (!markdown.isEmpty()) {
                    guide = new GuidePage().render(markdown, renderers.indexTemplates(),
                            renderers.settings().portalName());
                }
            }
        } catch (Exception e) {
            // Made again when staged, where a problem is reported.
        }
    }

    Optional<byte[]> guide() {
        return Optional.ofNullable(guide);
    }

    Optional<byte[]> schema() {
        return Optional.ofNullable(schema);
    }
}
