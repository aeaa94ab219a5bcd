package plandoc.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.history.Provenance;
import plandoc.publish.Transaction;
import plandoc.render.AgencyPages;
import plandoc.render.GuidePage;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.portal.DataPackage;
import plandoc.render.portal.PortalFiles;
import plandoc.render.portal.Sitemap;
import plandoc.resolved.AgencyPage;
import plandoc.schema.PlanSchema;

/**
 * The site pages that do not depend on any plan — the officers' guide page, the editor schema and the
 * assets — made on the build's main thread while it waits for the plans to render, instead of after
 * them: they were about a fifth of a one-plan build's publishing tail (issue 17, docs/benchmarks.md).
 * They are staged where and when they always were, with the same bytes; whatever could not be made ahead
 * (a template error in the guide, say) is made again there, and reported there.
 */
final class SitePagesAhead {
    private volatile byte[] guide;
    private volatile byte[] schema;
    private volatile Pages pages;
    private volatile List<Transaction.StagedFile> assets;
    /** The pages made ahead that {@link #writeAhead} compared with the site's files, by path. */
    private final Map<String, byte[]> compared = new java.util.HashMap<>();
    /** Of those, the ones that differed: written ahead. */
    private final Map<String, byte[]> written = new java.util.HashMap<>();
    private IOException writeFailure;

    /** Makes them; the guide and the assets only when the site's copies are stale. Never throws. */
    void make(Renderers renderers, boolean guideNeeded, boolean assetsNeeded) {
        try {
            if (assetsNeeded) {
                List<Transaction.StagedFile> files = SiteWideFiles.templateAssets(
                        renderers.templatesDir().resolve(SiteWideFiles.ASSETS));
                files.addAll(SiteWideFiles.webFonts());
                assets = files;
            }
        } catch (IOException | RuntimeException e) {
            // Read again when staged, where a problem is reported.
        }
        try {
            schema = new PlanSchema().bytes();
            if (guideNeeded) {
                String html = GuidePage.html();
                if (!html.isEmpty()) {
                    guide = new GuidePage().renderHtml(html, renderers.indexTemplates(),
                            renderers.settings().portalName());
                }
            }
        } catch (Exception e) {
            // Made again when staged, where a problem is reported.
        }
    }

    /**
     * Issue 17: the agency view and the site-wide files that print no download's size (search index, data package,
     * sitemap), made from the records the plans being rendered will have — known before they render, as a record
     * takes from the rendered files only their sizes. The index, the search listing and the feed print those sizes
     * (F8): they are made after the render, once (made here as well, they were made twice). {@link SiteUpdate} uses
     * these only when the records it ends up with say the same, for the same agency view and provenance. Never
     * throws: they are then made where they always were.
     */
    void makePages(List<SiteRecord> records, boolean agencyView, Provenance provenance, Renderers renderers) {
        try {
            List<AgencyPage> agencies = SitePages.agencies(records, agencyView, renderers);
            byte[] agencyPage = agencies.isEmpty() ? null : SitePages.agencyPage(agencies, renderers);
            boolean linkAgencies = !agencies.isEmpty();
            pages = new Pages(SitePages.basis(records), agencyView, provenance, linkAgencies,
                    Optional.ofNullable(agencyPage), SitePages.unsizedPortal(records, linkAgencies, renderers));
        } catch (Exception e) {
            pages = null; // made again when staged, where a problem is reported
        }
    }

    /**
     * Compares the pages made ahead with the site's files and writes those that differ into the
     * staging ({@link Transaction#writeAhead}), while the plans still render: after the render, staging
     * them is then a step of the journal each (issue 17). The guide page and the assets, made ahead only
     * when the site's are stale, are written as they are. They enter the transaction only if {@link
     * SiteUpdate} stages these very pages; the caller holds the site's lock, so the site's files stay
     * what they were compared with.
     */
    void writeAhead(Path site, Transaction transaction) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Pages made = pages;
        if (made != null) {
            files.putAll(made.portal().searchIndex());
            files.put(DataPackage.FILE, made.portal().dataPackage());
            made.portal().sitemap().ifPresent(map -> files.put(Sitemap.FILE, map));
            made.agencyPage().ifPresent(page -> files.put(AgencyPages.PATH, page));
        }
        byte[] madeSchema = schema;
        if (madeSchema != null) {
            files.put(PlanSchema.SITE_PATH, madeSchema);
        }
        Map<String, byte[]> changed = new LinkedHashMap<>();
        files.forEach((path, bytes) -> (SiteWideFiles.sameAsSite(site, path, bytes) ? compared : changed).put(path, bytes));
        byte[] madeGuide = guide;
        if (madeGuide != null) {
            changed.put(GuidePage.PATH, madeGuide);
        }
        try {
            transaction.writeAhead(changed);
            compared.putAll(changed);
            written.putAll(changed);
            List<Transaction.StagedFile> madeAssets = assets;
            if (madeAssets != null) {
                transaction.writeFolderAhead(SiteWideFiles.ASSETS, madeAssets);
            }
        } catch (IOException e) {
            writeFailure = e; // the site cannot be written: thrown where the staging goes on
        }
    }

    /** Throws what writing the pages ahead failed with: the transaction cannot be staged whole. */
    void throwWriteFailure() throws IOException {
        if (writeFailure != null) {
            throw writeFailure;
        }
    }

    /**
     * Whether the site holds exactly {@code bytes} at {@code path}, when {@link #writeAhead} compared these
     * very bytes (the pages made ahead) with it; empty when it did not.
     */
    Optional<Boolean> sameAsSite(String path, byte[] bytes) {
        return compared.get(path) == bytes ? Optional.of(written.get(path) != bytes) : Optional.empty();
    }

    /** Whether {@code bytes} are those of a site page made ahead (the very array). */
    boolean made(byte[] bytes) {
        Pages made = pages;
        return made != null && (made.agencyPage().orElse(null) == bytes || made.portal().dataPackage() == bytes
                || made.portal().sitemap().orElse(null) == bytes
                || made.portal().searchIndex().values().stream().anyMatch(chunk -> chunk == bytes));
    }

    /** The pages made ahead, when they were made from records that say what {@code records} say. */
    Optional<Pages> pages(List<SiteRecord> records, boolean agencyView, Provenance provenance, boolean linkAgencies) {
        Pages made = pages;
        if (made == null || made.agencyView() != agencyView || made.provenance() != provenance
                || made.linkAgencies() != linkAgencies || !made.basis().equals(SitePages.basis(records))) {
            return Optional.empty();
        }
        return Optional.of(made);
    }

    /** The site pages as made ahead, with what they were made from. */
    record Pages(List<SitePages.Basis> basis, boolean agencyView, Provenance provenance, boolean linkAgencies,
                 Optional<byte[]> agencyPage, PortalFiles.Unsized portal) {
    }

    Optional<byte[]> guide() {
        return Optional.ofNullable(guide);
    }

    Optional<byte[]> schema() {
        return Optional.ofNullable(schema);
    }

    /** The assets' files, read ahead: the very list written ahead, when it was. */
    Optional<List<Transaction.StagedFile>> assets() {
        return Optional.ofNullable(assets);
    }

    /**
     * The records the site pages will be made from when every plan renders (issue 17): a fresh plan's
     * own, and for a plan to render the one its render will give but for the files' sizes, read back
     * from its bytes as the real one is. Empty when a plan can be neither.
     */
    static Optional<List<SiteRecord>> expectedRecords(java.util.Collection<Planned> planned, PlanRenderer renderer,
                                                      Provenance provenance) {
        List<SiteRecord> records = new ArrayList<>();
        try {
            for (Planned p : planned) {
                Optional<SiteRecord> record = p.fresh() ? p.record() : p.source().resolved().isEmpty() ? Optional.empty()
                        : SiteRecords.parse(SiteRecords.bytes(SiteRecord.of(p.key(), p.source().folder().toString(),
                                p.source().resolved().get(), renderer.siteLinks(p.source().resolved().get()),
                                provenance.entries(p.slug()), p.source().problems(), List.of(),
                                provenance.version(p.slug()))));
                if (record.isEmpty()) {
                    return Optional.empty();
                }
                records.add(record.get());
            }
        } catch (RenderException | RuntimeException e) {
            return Optional.empty(); // the render reports it
        }
        return Optional.of(records);
    }
}
