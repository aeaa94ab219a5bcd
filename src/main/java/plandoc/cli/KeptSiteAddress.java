package plandoc.cli;

import java.nio.file.Path;
import java.util.Optional;
import plandoc.load.PlanLoader;
import plandoc.model.Province;
import plandoc.render.RenderSettings;
import plandoc.render.portal.Sitemap;

/**
 * A build given no site address (neither {@code PLANDOC_SITE_URL} nor {@code url:} in province.yaml) for an output
 * folder that has a sitemap keeps the address that sitemap was written with, and says so in one line. Search
 * engines were given that sitemap, and the feed's readers its absolute links: a build run once without the
 * variable (by hand, by another officer) must not silently take them off the portal. A new address, given either
 * way, replaces it; a site without a sitemap (never given an address) stays without one.
 */
final class KeptSiteAddress {
    private KeptSiteAddress() {
    }

    static RenderSettings settings(RenderSettings settings, Path content, Path out, Console console) {
        if (settings.siteUrl().isPresent()) {
            return settings;
        }
        Optional<java.net.URI> kept = Sitemap.siteAddress(out);
        if (kept.isEmpty()) {
            return settings;
        }
        console.err().println(console.text("severity.note") + ": " + console.text("build.site-address-kept",
                provinceFile(content), kept.get()));
        return settings.withSiteUrl(kept);
    }

    /** The province.yaml the address belongs in: beside the plan folders, as the content was named. */
    static Path provinceFile(Path content) {
        Path contentDir = PlanLoader.isPlanFolder(content) ? content.normalize().getParent() : content;
        return contentDir == null ? Path.of(Province.FILE) : contentDir.resolve(Province.FILE);
    }
}
