package plandoc.render.portal;

import java.net.URI;
import java.util.List;

/**
 * {@code sitemap.xml} (Sitemaps 0.9): the index, the agency view and every plan page with the date it
 * last changed — its last commit in git, else its document date. Addresses are absolute under the
 * site's address ({@code PLANDOC_SITE_URL} or {@code url:} in {@code content/province.yaml}), which the protocol
 * requires.
 * The protocol allows 50,000 addresses a file; a national corpus beyond that needs a sitemap index.
 */
public final class Sitemap {
    public static final String FILE = "sitemap.xml";
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The first page every sitemap lists. */
    static final String INDEX = "index.html";

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

    /**
     * The address of the site whose sitemap a site folder holds: its first page is always the index
     * ({@code …/index.html}), under the address the sitemap was written with. Empty without a sitemap, or for
     * one this class did not write.
     */
    public static java.util.Optional<URI> siteAddress(java.nio.file.Path siteFolder) {
        java.nio.file.Path file = siteFolder.resolve(FILE);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
            factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            javax.xml.stream.XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("loc")) {
                    String index = xml.getElementText().strip();
                    return index.endsWith("/" + INDEX) ? plandoc.model.Province.siteAddress(
                            index.substring(0, index.length() - INDEX.length())) : java.util.Optional.empty();
                }
            }
        } catch (java.io.IOException | javax.xml.stream.XMLStreamException e) {
            // unreadable: as if there were none
        }
        return java.util.Optional.empty();
    }
}
