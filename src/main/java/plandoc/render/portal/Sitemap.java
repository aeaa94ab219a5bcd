package plandoc.render.portal;

import java.net.URI;
import java.util.List;

/**
 * {@code sitemap.xml} (Sitemaps 0.9): the index, the agency view and every plan page with the date it
 * last changed — its last commit in git, else its document date. Addresses are absolute under the
 * site's address ({@code PLANDOC_SITE_URL}), which the protocol requires.
 * The protocol allows 50,000 addresses a file; a national corpus beyond that needs a sitemap index.
 */
public final class Sitemap {
    public static final String FILE = "sitemap.xml";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public byte[] write(List<PlanSummary> plans, List<String> sitePages, URI site) {
        XmlOutput xml = new XmlOutput(NAMESPACE, "urlset");
        for (String page : sitePages) {
            xml.start("url").text("loc", address(site, page)).end();
        }
        for (PlanSummary plan : plans) {
            xml.start("url").text("loc", address(site, plan.links().page()));
            AtomFeed.lastChange(plan).ifPresent(when -> xml.text("lastmod", when.toLocalDate().toString()));
            xml.end();
        }
        return xml.finish();
    }

    static String address(URI site, String relative) {
        return site.resolve(relative).toString();
    }
}
