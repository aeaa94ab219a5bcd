package plandoc.render.portal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.render.data.PlanJson;

/**
 * Every site-wide file written beside the index, from the published plans: the search data, the Atom
 * feed, the open data package and (when the site's address is known) the sitemap, by file name relative to the site root, in writing order.
 */
public final class PortalFiles {
    /** The JSON Schema of plan.json, kept beside the code that writes the file. */
    private static final String PLAN_DATA_SCHEMA = "/plandoc/plan-data.schema.json";

    private final AtomFeed feed = new AtomFeed();
    private final Sitemap sitemap = new Sitemap();
    private final DataPackage dataPackage;

    /**
     * @param openData the open data package's words, as compute words them (the build gives them)
     * @param licence  the open data's licence ({@code province.yaml}'s {@code data_licence:})
     */
    public PortalFiles(plandoc.resolved.OpenDataLabels openData, Optional<plandoc.model.DataLicence> licence) {
        dataPackage = new DataPackage(openData).licensed(licence);
    }

    /**
     * @param agencyView the agency view's path from the site root, or "" when there is none
     */
    public Map<String, byte[]> write(List<PlanSummary> plans, String agencyView, Optional<URI> site) {
        return write(plans, agencyView, site, Optional.empty());
    }

    /** @param portal the portal's name ({@code content/province.yaml}): the feed's title, the data's publisher */
    public Map<String, byte[]> write(List<PlanSummary> plans, String agencyView, Optional<URI> site,
                                     Optional<String> portal) {
        return write(plans, agencyView, site, portal, true);
    }

    /** @param history whether plan pages list their versions: the feed then names each plan's last change */
    public Map<String, byte[]> write(List<PlanSummary> plans, String agencyView, Optional<URI> site,
                                     Optional<String> portal, boolean history) {
        return write(plans, agencyView, site, portal, history, plandoc.render.html.DownloadLabels.vietnamese());
    }

    /** @param labels the download links' words, in the site chrome's language ({@code --lang}) */
    public Map<String, byte[]> write(List<PlanSummary> plans, String agencyView, Optional<URI> site,
                                     Optional<String> portal, boolean history, plandoc.render.html.DownloadLabels labels) {
        return write(plans, agencyView, site, portal, history, labels, Map.of());
    }

    /**
     * @param fundingMillions the totals the index lists, by plan slug, for the search data to print as the index
     *                        does (compute's {@code IndexFunding}, in the chrome's language); the overloads above
     *                        print none
     */
    public Map<String, byte[]> write(List<PlanSummary> plans, String agencyView, Optional<URI> site,
                                     Optional<String> portal, boolean history, plandoc.render.html.DownloadLabels labels,
                                     Map<String, String> fundingMillions) {
        return write(plans, agencyView, site, portal, history, labels, fundingMillions, Map.of());
    }

    /** @param signed the signed marks of plans whose PDF is digitally signed, by slug (compute's, chrome's language) */
    public Map<String, byte[]> write(List<PlanSummary> plans, String agencyView, Optional<URI> site,
                                     Optional<String> portal, boolean history, plandoc.render.html.DownloadLabels labels,
                                     Map<String, String> fundingMillions, Map<String, plandoc.resolved.SignedMark> signed) {
        return write(plans, agencyView, site, portal, history, labels, fundingMillions, signed, Map.of());
    }

    /** @param agencyLabels the agencies' names as the agency view prints them, by id (compute's {@code AgencyLabels}) */
    public Map<String, byte[]> write(List<PlanSummary> plans, String agencyView, Optional<URI> site,
                                     Optional<String> portal, boolean history, plandoc.render.html.DownloadLabels labels,
                                     Map<String, String> fundingMillions, Map<String, plandoc.resolved.SignedMark> signed,
                                     Map<String, String> agencyLabels) {
        return write(plans, agencyView, site, portal, history, labels, fundingMillions, signed, agencyLabels, Map.of());
    }

    /** @param standings the marks of replaced or expired documents, by slug (compute's {@code StandingWording}) */
    public Map<String, byte[]> write(List<PlanSummary> plans, String agencyView, Optional<URI> site,
                                     Optional<String> portal, boolean history, plandoc.render.html.DownloadLabels labels,
                                     Map<String, String> fundingMillions, Map<String, plandoc.resolved.SignedMark> signed,
                                     Map<String, String> agencyLabels, Map<String, plandoc.resolved.StandingMark> standings) {
        return write(plans, site, portal, history, labels, new SearchData(fundingMillions, signed, agencyLabels, standings),
                standings, unsized(plans, agencyView, site, portal, standings));
    }

    /**
     * The files that print no download's size — the search index's chunks, the data package, the sitemap — made from
     * the plans before their files are written (issue 17: while a changed plan renders); the {@code write} that takes
     * them adds the others. Same arguments as above.
     */
    public Unsized unsized(List<PlanSummary> plans, String agencyView, Optional<URI> site, Optional<String> portal,
                           Map<String, plandoc.resolved.StandingMark> standings) {
        // The sitemap protocol knows absolute addresses only: without the site's, there is none.
        Optional<byte[]> map = site.map(address -> {
            List<String> pages = new ArrayList<>(List.of(Sitemap.INDEX));
            if (!agencyView.isEmpty()) {
                pages.add(agencyView);
            }
            return sitemap.write(plans, pages, address);
        });
        return new Unsized(SearchData.index(plans), dataPackage.write(plans, portal, standings), map);
    }

    /**
     * Every site-wide file, those that print no size taken from {@code unsized} (made from these plans, bar their
     * sizes), in writing order.
     */
    public Map<String, byte[]> write(List<PlanSummary> plans, Optional<URI> site, Optional<String> portal, boolean history,
                                     plandoc.render.html.DownloadLabels labels, SearchData search, Map<String, plandoc.resolved.StandingMark> standings,
                                     Unsized unsized) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.putAll(search.listing(plans));
        files.putAll(unsized.searchIndex());
        files.put(AtomFeed.FILE, feed.write(plans, site, portal, history, labels, standings));
        files.put(DataPackage.FILE, unsized.dataPackage());
        files.put(PlanJson.SCHEMA_PATH, planDataSchema());
        unsized.sitemap().ifPresent(map -> files.put(Sitemap.FILE, map));
        return files;
    }

    /**
     * The site-wide files that print no download's size, by what they are.
     *
     * @param searchIndex the search index's chunks by path
     */
    public record Unsized(Map<String, byte[]> searchIndex, byte[] dataPackage, Optional<byte[]> sitemap) {
    }

    private static byte[] planDataSchema() {
        try (java.io.InputStream in = PortalFiles.class.getResourceAsStream(PLAN_DATA_SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(PLAN_DATA_SCHEMA + " is missing from plandoc's jar");
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
