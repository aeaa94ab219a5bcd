package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.publish.Transaction;
import plandoc.render.AgencyPages;
import plandoc.render.GuidePage;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.render.html.SourceView;
import plandoc.render.pdf.PdfFonts;
import plandoc.resolved.AgencyPage;
import plandoc.schema.PlanSchema;

/**
 * The site-wide files of one update, staged from the published plans' records: the templates' assets and
 * the web fonts, the agency view, the index with the files beside it (search data, feed, sitemap, data
 * package), the officers' guide and the editor schema. Each is staged only when what it is made from
 * changed, or when the site no longer holds it whole; those made while the plans rendered
 * ({@link SitePagesAhead}) are taken as they were made.
 */
final class SiteWideFiles {
    static final String INDEX_TEMPLATE = "index.ftlh";
    static final String INDEX = "index.html";
    static final String ASSETS = "assets";
    static final String AGENCIES = "agencies";
    static final String GUIDE = "guide";

    private final Renderers renderers;
    /** Issue 17: the site pages that need no plan, made while the plans rendered. */
    private final SitePagesAhead ahead;
    /** The site-wide files this build publishes as they were made while the plans rendered, by path. */
    private final Set<String> madeAhead = new java.util.TreeSet<>();

    SiteWideFiles(Renderers renderers, SitePagesAhead ahead) {
        this.renderers = renderers;
        this.ahead = ahead;
    }

    /** The site-wide files published as they were made while the plans rendered, by path. */
    Set<String> madeAhead() {
        return Set.copyOf(madeAhead);
    }

    /**
     * The site-level pages — assets, agency view, index with its search data, feed, sitemap and data
     * package, guide, schema — from the published plans' records only (issue 17): the same code
     * whether a plan was resolved now, read from its record, or merged from a shard.
     */
    boolean stage(List<SiteRecord> records, boolean agencyView, Provenance provenance, String base, Path outDir,
                  BuildCache cache, Transaction transaction, List<RenderProblem> problems, List<String> pages)
            throws IOException, SitePageFailure {
        boolean changed = stageAssets(outDir, base, cache, transaction, problems);
        SourceView siteSource = SitePages.siteSource(provenance, records);
        Digest indexKey = new Digest().add(base).add(siteSource.digestText());
        records.forEach(r -> indexKey.add(r.slug()).add(r.key()));
        // What the pages say beside the plan's sources: its PDF's signatures, the time its sources were edited.
        records.forEach(r -> r.summary().edited().ifPresent(at -> indexKey.add(r.slug() + " edited " + at)));
        records.forEach(r -> r.summary().signatures().forEach(s -> indexKey.add(r.slug() + " signed " + s)));
        records.forEach(r -> r.files().forEach(f -> indexKey.add(r.slug() + " file " + f.name() + " " + f.size())));
        // Site pages come from the records only, whether a plan was resolved now or not (issue 17).
        List<AgencyPage> agencies = SitePages.agencies(records, agencyView, renderers);
        boolean linkIfMade = !agencies.isEmpty();
        Optional<SitePagesAhead.Pages> made = ahead.pages(records, agencyView, provenance, linkIfMade);
        Optional<Boolean> agencyPage = stageAgencies(agencies, made.flatMap(SitePagesAhead.Pages::agencyPage), records,
                base, outDir, cache, transaction);
        changed |= agencyPage.isPresent();
        agencyPage.ifPresent(v -> pages.add(AgencyPages.PATH));
        boolean linkAgencies = agencyPage.orElseGet(() -> cache.site(AGENCIES).isPresent());
        indexKey.add(Boolean.toString(linkAgencies));
        Optional<SitePagesAhead.Pages> madeIndex = made.filter(m -> m.linkAgencies() == linkAgencies);
        // The index, the search listing and the feed print the files' sizes (F8), which a plan rendering now did not
        // know ahead: they are made here, the files that print none taken from those made ahead.
        Supplier<Map<String, byte[]>> portal = () -> madeIndex.isPresent()
                ? SitePages.portal(records, renderers, madeIndex.get().portal())
                : SitePages.portal(records, linkAgencies, renderers);
        if (stageIndex(records, portal, linkAgencies, siteSource, indexKey.hex(), outDir, cache, transaction)) {
            changed = true;
            pages.add(INDEX);
        }
        changed |= stageGuide(outDir, base, cache, transaction);
        stageSchema(outDir, transaction);
        return changed;
    }

    /** The templates' assets as they are and the bundled web fonts, when the templates or plandoc changed. */
    private boolean stageAssets(Path outDir, String base, BuildCache cache, Transaction transaction,
                                List<RenderProblem> problems) throws IOException {
        if (assetsFresh(outDir, base, cache)) {
            return false;
        }
        // Read (and written into the staging) while the plans rendered, when that could be done.
        Optional<List<Transaction.StagedFile>> made = ahead.assets();
        List<Transaction.StagedFile> content;
        if (made.isPresent()) {
            content = made.get();
        } else {
            Path source = renderers.templatesDir().resolve(ASSETS);
            try {
                content = templateAssets(source);
            } catch (IOException e) {
                problems.add(new RenderProblem(RenderProblem.Kind.IO, source.toString(),
                        Message.of("render.templates-unreadable", String.valueOf(e.getMessage())), ""));
                return false;
            }
            content.addAll(webFonts());
        }
        // Keyed with every plan (plandoc, templates, settings), but only the templates and plandoc change them: a new
        // url: leaves them as they are, and they are not written again (s21 tryout 7).
        if (!sameFolder(outDir.resolve(ASSETS), content)) {
            transaction.stageSiteFolder(ASSETS, content);
        }
        cache.putSite(ASSETS, new BuildCache.SiteEntry(base, content.stream()
                .map(f -> new BuildCache.OutputFile(ASSETS + "/" + f.path(), f.bytes().length)).toList()));
        return true;
    }

    /** Whether {@code folder} holds exactly {@code files} (by path in it), byte for byte, and nothing else. */
    private static boolean sameFolder(Path folder, List<Transaction.StagedFile> files) throws IOException {
        Map<String, byte[]> written = new java.util.HashMap<>();
        files.forEach(f -> written.put(f.path(), f.bytes()));
        return written.size() == files.size() && PublishedFolder.holdsExactly(folder, written, Map.of());
    }

    /** Whether the assets the site holds are the ones this build would stage. */
    static boolean assetsFresh(Path outDir, String base, BuildCache cache) {
        Optional<BuildCache.SiteEntry> entry = cache.site(ASSETS);
        return entry.isPresent() && entry.get().key().equals(base) && BuildCache.present(outDir, entry.get().files());
    }

    /** The files of the templates' {@code assets/} folder (none when it is missing), in a list that may grow. */
    static List<Transaction.StagedFile> templateAssets(Path source) throws IOException {
        List<Transaction.StagedFile> content = new ArrayList<>();
        if (Files.isDirectory(source)) {
            for (Path file : Digest.files(source)) {
                content.add(new Transaction.StagedFile(source.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file)));
            }
        }
        return content;
    }

    /**
     * Always the bundled OFL fonts: an office's licensed Times New Roman must not be published. Their licence
     * goes with them, as the OFL asks of every copy redistributed.
     */
    static List<Transaction.StagedFile> webFonts() throws IOException {
        List<Transaction.StagedFile> fonts = new ArrayList<>();
        for (PdfFonts.WebFont font : PdfFonts.webFonts()) {
            fonts.add(new Transaction.StagedFile("fonts/" + font.fileName(), font.data()));
        }
        fonts.add(new Transaction.StagedFile("fonts/" + PdfFonts.LICENCE_FILE, PdfFonts.licence()));
        return fonts;
    }

    /**
     * The agency view, {@code co-quan/index.html}, gathered from every listed plan: staged again when
     * any plan's key changed. Returns empty when nothing changed, else whether the page now exists.
     */
    private Optional<Boolean> stageAgencies(List<AgencyPage> agencies, Optional<byte[]> made, List<SiteRecord> records,
                                            String base, Path outDir, BuildCache cache, Transaction transaction)
            throws IOException, SitePageFailure {
        if (agencies.isEmpty()) {
            if (cache.site(AGENCIES).isEmpty()) {
                return Optional.empty();
            }
            transaction.remove(AgencyPages.PATH);
            cache.removeSite(AGENCIES);
            return Optional.of(false);
        }
        Digest digest = new Digest().add(base);
        records.forEach(r -> digest.add(r.slug()).add(r.key()));
        records.forEach(r -> r.summary().signatures().forEach(s -> digest.add(r.slug() + " signed " + s)));
        String key = digest.hex();
        Optional<BuildCache.SiteEntry> entry = cache.site(AGENCIES);
        if (entry.isPresent() && entry.get().key().equals(key) && BuildCache.present(outDir, entry.get().files())) {
            return Optional.empty();
        }
        try {
            byte[] page = made.isPresent() ? made.get() : SitePages.agencyPage(agencies, renderers);
            stageIfChanged(outDir, AgencyPages.PATH, page, transaction);
            cache.putSite(AGENCIES, new BuildCache.SiteEntry(key,
                    List.of(new BuildCache.OutputFile(AgencyPages.PATH, page.length))));
            return Optional.of(true);
        } catch (RenderException e) {
            throw new SitePageFailure(e.toProblem());
        }
    }

    /** The index and, from the same plans, the site-wide files beside it (search data, feed, sitemap, data package). */
    private boolean stageIndex(List<SiteRecord> records, Supplier<Map<String, byte[]>> portal,
                               boolean agencyView, SourceView source, String key, Path outDir, BuildCache cache,
                               Transaction transaction)
            throws IOException, SitePageFailure {
        Optional<BuildCache.SiteEntry> entry = cache.site(INDEX);
        if (entry.isPresent() && entry.get().key().equals(key) && BuildCache.present(outDir, entry.get().files())) {
            return false;
        }
        try {
            byte[] bytes = SitePages.index(records, agencyView, source, renderers);
            List<BuildCache.OutputFile> files = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : portal.get().entrySet()) {
                stageIfChanged(outDir, file.getKey(), file.getValue(), transaction);
                files.add(new BuildCache.OutputFile(file.getKey(), file.getValue().length));
            }
            stageIfChanged(outDir, INDEX, bytes, transaction);
            files.add(new BuildCache.OutputFile(INDEX, bytes.length));
            // Site-wide files the last index had and this one has not (a search chunk whose letters no
            // plan uses any more, the one-file search data of earlier versions) leave the site with it.
            Set<String> kept = new HashSet<>();
            files.forEach(file -> kept.add(file.name()));
            entry.ifPresent(previous -> previous.files().stream().map(BuildCache.OutputFile::name)
                    .filter(path -> !kept.contains(path)).forEach(transaction::remove));
            cache.putSite(INDEX, new BuildCache.SiteEntry(key, files));
            return true;
        } catch (RenderException e) {
            throw new SitePageFailure(e.toProblem());
        }
    }

    /**
     * Stages a site-wide file unless the site already holds exactly these bytes: one plan changed
     * leaves most of the search chunks, feeds and sitemaps as they were, and each file staged costs a
     * write, a forced flush and a rename (issue 17).
     */
    private void stageIfChanged(Path outDir, String path, byte[] bytes, Transaction transaction)
            throws IOException {
        // Pages made ahead were compared (and those that differ written) while the plans rendered.
        if (ahead.made(bytes)) {
            madeAhead.add(path);
        }
        if (!ahead.sameAsSite(path, bytes).orElseGet(() -> sameAsSite(outDir, path, bytes))) {
            transaction.stageFile(path, bytes);
        }
    }

    /** Whether the site's file at {@code path} holds exactly {@code bytes}. */
    static boolean sameAsSite(Path outDir, String path, byte[] bytes) {
        Path current = outDir.resolve(path);
        try {
            return Files.size(current) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(current), bytes);
        } catch (IOException e) {
            return false; // missing or unreadable: written
        }
    }

    /**
     * A site page (index, agency view) could not be rendered: publishing the plans without it would
     * leave them unlisted, so the whole transaction is dropped and the site stays as it was.
     */
    static final class SitePageFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient RenderProblem problem;

        SitePageFailure(RenderProblem problem) {
            super(problem.message().key(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * The officers' guide, {@code huong-dan/index.html}: packaged in plandoc and drawn with the
     * templates, so it is staged again when either changed. Where {@code province.yaml}'s {@code guide:}
     * does not publish it (the portal, by default), a guide an earlier build published leaves the site.
     */
    private boolean stageGuide(Path outDir, String base, BuildCache cache, Transaction transaction)
            throws IOException, SitePageFailure {
        if (!renderers.settings().guidePublished()) {
            if (cache.site(GUIDE).isEmpty()) {
                return false;
            }
            // The page's folder with it: it holds nothing else, and an empty folder on the portal says the page was there.
            transaction.remove(GuidePage.PATH.substring(0, GuidePage.PATH.lastIndexOf('/')));
            cache.removeSite(GUIDE);
            return true;
        }
        if (guideFresh(outDir, base, cache)) {
            return false;
        }
        // Made ahead only from a source that is not empty.
        Optional<byte[]> made = ahead.guide();
        String html = made.isPresent() ? "" : GuidePage.html();
        if (made.isEmpty() && html.isEmpty()) {
            return false;
        }
        try {
            byte[] page = made.isPresent() ? made.get()
                    : new GuidePage().renderHtml(html, renderers.indexTemplates(), renderers.settings().portalName());
            stageIfChanged(outDir, GuidePage.PATH, page, transaction);
            cache.putSite(GUIDE, new BuildCache.SiteEntry(base,
                    List.of(new BuildCache.OutputFile(GuidePage.PATH, page.length))));
            return true;
        } catch (RenderException e) {
            throw new SitePageFailure(e.toProblem());
        }
    }

    /** Whether this build is to make the guide page: it publishes one, and the site's is not this one. */
    static boolean guideNeeded(Renderers renderers, Path outDir, String base, BuildCache cache) {
        return renderers.settings().guidePublished() && !guideFresh(outDir, base, cache);
    }

    /** Whether the guide page the site holds is the one this build would make. */
    static boolean guideFresh(Path outDir, String base, BuildCache cache) {
        Optional<BuildCache.SiteEntry> entry = cache.site(GUIDE);
        return entry.isPresent() && entry.get().key().equals(base) && BuildCache.present(outDir, entry.get().files());
    }

    /** The editor schema, staged only when plandoc's description of the format changed. */
    private void stageSchema(Path outDir, Transaction transaction) throws IOException {
        Path target = outDir.resolve(PlanSchema.SITE_PATH);
        byte[] bytes = ahead.schema().isPresent() ? ahead.schema().get() : new PlanSchema().bytes();
        if (!Files.isRegularFile(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            transaction.stageFile(PlanSchema.SITE_PATH, bytes);
        }
    }
}
