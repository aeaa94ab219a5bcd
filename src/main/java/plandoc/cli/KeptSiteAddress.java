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
 * way, replaces it; a site without a sitemap (never given an address) stays without one. The address is kept only for
 * the content that site was last built from: another content folder's build does not inherit it (s32 tryout M6). A
 * drafts site gets none: its pages are not on the portal, so neither a sitemap nor a feed based there (L2).
 */
final class KeptSiteAddress {
    private KeptSiteAddress() {
    }

    static RenderSettings settings(RenderSettings settings, Path content, Path out, boolean draft, Console console) {
        if (draft) {
            return settings.withSiteUrl(Optional.empty());
        }
        if (settings.siteUrl().isPresent()) {
            return settings;
        }
        Optional<java.net.URI> kept = Sitemap.siteAddress(out);
        Optional<String> other = kept.isPresent() ? plandoc.build.LastContent.otherThan(content, out) : Optional.empty();
        if (other.isPresent()) {
            console.err().println(console.text("severity.note") + ": " + console.text("build.site-address-other",
                    out, other.get(), asTyped(kept.get()), provinceFile(content)));
            return settings;
        }
        // A url: with an error (reported with the plans'): the documents are made all the same, the site-wide files
        // keep what they had; said so, not "there is no address, add one" (s22 tryout L3).
        boolean wrong = ContentProvince.wrongAddress(content);
        if (kept.isEmpty()) {
            if (wrong) {
                console.err().println(console.text("severity.note") + ": " + console.text("build.site-address-wrong",
                        provinceFile(content)));
            }
            return settings;
        }
        console.err().println(console.text("severity.note") + ": " + console.text(wrong ? "build.site-address-kept-wrong"
                : "build.site-address-kept", provinceFile(content), asTyped(kept.get())));
        return settings.withSiteUrl(kept);
    }

    /**
     * The address as an officer writes it in {@code url:}, Vietnamese letters and all ("/kế-hoạch/"), not as the
     * sitemap holds it ("/k%E1%BA%BF-ho%E1%BA%A1ch/"): the same address, since url: is percent-encoded when read
     * (s21 tryout 6). What a {@code url:} cannot hold as typed (a space) stays encoded.
     */
    static String asTyped(java.net.URI address) {
        try {
            return new java.net.URI(address.getScheme(), address.getUserInfo(), address.getHost(), address.getPort(),
                    address.getPath(), null, null).toString();
        } catch (java.net.URISyntaxException e) {
            return address.toString();
        }
    }

    /** The province.yaml the address belongs in: beside the plan folders, as the content was named. */
    static Path provinceFile(Path content) {
        Path contentDir = PlanLoader.isPlanFolder(content) ? content.normalize().getParent() : content;
        return contentDir == null ? Path.of(Province.FILE) : contentDir.resolve(Province.FILE);
    }
}
