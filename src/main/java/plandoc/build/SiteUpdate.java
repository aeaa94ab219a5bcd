package plandoc.build;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.publish.SignedFiles;
import plandoc.publish.SiteFiles;
import plandoc.publish.SitePublisher;
import plandoc.publish.Transaction;
import plandoc.render.AgencyPages;
import plandoc.render.GuidePage;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.render.RenderedPlan;
import plandoc.render.html.SourceView;
import plandoc.render.pdf.PdfFonts;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.ResolvedPlan;
import plandoc.schema.PlanSchema;

/**
 * Brings a site up to date with its plans through the one publisher ({@link SitePublisher}): renders
 * only what changed, stages it, and commits the new version of the site in one transaction. Writes the
 * plans' folders, the index, the agency view, the assets, {@code schema/plan.schema.json}, each
 * published plan's sources under {@code .plandoc/published/<slug>/} (its last good version) and the
 * cache {@code .plandoc-cache.json}.
 *
 * <p>A plan is rendered again when its key — the digest of its folder's files, the files beside it,
 * the templates folder, plandoc's own code and the render settings — differs from the one its
 * published files were made from, or when one of those files is missing or has another size. A plan
 * with errors ({@link PlanSource.Standing#LAST_GOOD}) keeps its published files and its place in the
 * index and agency view. A plan no longer in the content is unpublished.
 */
public final class SiteUpdate {
    static final String INDEX_TEMPLATE = "index.ftlh";
    static final String INDEX = "index.html";
    static final String ASSETS = "assets";
    static final String AGENCIES = "agencies";
    static final String GUIDE = "guide";
    /** Where each published plan's sources are kept, so its index entry survives a later error. */
    public static final String PUBLISHED = SitePublisher.STATE + "/published";

    private final Renderers renderers;
    private final ToolVersion tool;
    private final int jobs;
    /** Issue 17: the site pages that need no plan, made while the plans render; empty outside a build's stage. */
    private SitePagesAhead ahead = new SitePagesAhead();
    private final SiteFiles files;
    /** Issue 17: plans the build started rendering as soon as they were checked; none by default. */
    private RenderAhead renderedAhead = RenderAhead.none();
    private boolean usedPagesAhead;
    /**
     * What the build read of the site before it took the site's lock: the cache and the plans whose
     * published files it found whole. Used again only when the site still holds that cache and nothing
     * was recovered (issue 17: each was a second pass over 200 plans).
     */
    private BuildCache cacheReadBefore = BuildCache.empty();
    private Set<String> wholeBefore = Set.of();
    /** Set for {@code build --shard}: its output is marked as that shard's, for {@code --merge}. */
    private Optional<Shard> shard = Optional.empty();
    /** {@code build --replace-signed}: a signed PDF the new version does not keep is archived, not refused. */
    private boolean replaceSigned;

    public SiteUpdate(Renderers renderers, ToolVersion tool, int jobs, SiteFiles files) {
        this.renderers = renderers;
        this.tool = tool;
        this.jobs = Math.max(1, jobs);
        this.files = files;
    }

    public SiteUpdate(Renderers renderers, ToolVersion tool, int jobs) {
        this(renderers, tool, jobs, new SiteFiles());
    }

    /** Marks what this update publishes as the output of {@code shard}. */
    public SiteUpdate shard(Shard shard) {
        this.shard = Optional.of(shard);
        return this;
    }

    /**
     * {@code build --replace-signed}: a plan's signed PDF that its new version changes or no longer writes is
     * moved to {@link SignedFiles#ARCHIVE} instead of stopping the plan ({@link #keepSigned}).
     */
    public SiteUpdate replaceSigned(boolean replace) {
        this.replaceSigned = replace;
        return this;
    }

    /** Whether the index and the files beside it were the ones made while the plans rendered: for tests. */
    boolean sitePagesMadeAhead() {
        return usedPagesAhead;
    }

    /**
     * The cache the build read before taking the site's lock, and the plans whose published files it
     * found whole against it ({@link #present}).
     */
    SiteUpdate readBefore(BuildCache cache, Set<String> whole) {
        this.cacheReadBefore = cache;
        this.wholeBefore = Set.copyOf(whole);
        return this;
    }

    /** Takes the plans {@code ahead} rendered (the same plan with the same provenance) instead of rendering them. */
    SiteUpdate renderedAhead(RenderAhead ahead) {
        this.renderedAhead = ahead;
        return this;
    }

    /** The folder holding a plan's last published sources, as a plan folder {@code Generator} can read. */
    public static Path lastGoodFolder(Path outDir, String slug) {
        return outDir.resolve(PUBLISHED).resolve(slug).resolve(slug);
    }

    /** As {@link #update(List, List, Provenance, Path, boolean, BuildProgress)} outside git. */
    public BuildReport update(List<PlanSource> plans, List<AgencyPage> agencies, Path outDir, boolean clean,
                              BuildProgress progress) {
        return update(plans, agencies, Provenance.NONE, outDir, clean, progress);
    }

    /**
     * Publishes {@code plans} into {@code outDir}; the caller holds the site's lock. Never throws: a
     * bad template, a plan that cannot be rendered or a site that cannot be written is a problem in
     * the report, and the site then keeps its previous version of whatever could not be published.
     *
     * @param agencies the agency view gathered from {@code plans} (empty: no agency view)
     * @param clean    render every plan without errors again, whatever earlier builds published
     */
    public BuildReport update(List<PlanSource> plans, List<AgencyPage> agencies, Provenance provenance, Path outDir,
                              boolean clean, BuildProgress progress) {
        return update(plans, !agencies.isEmpty(), provenance, outDir, clean, progress);
    }

    /**
     * As above; the agency view, when {@code agencyView}, is gathered from the published plans' site
     * records (none when no plan gives an agency work).
     */
    public BuildReport update(List<PlanSource> plans, boolean agencyView, Provenance provenance, Path outDir,
                              boolean clean, BuildProgress progress) {
        Report report = new Report();
        boolean earlier = Files.isRegularFile(outDir.resolve(INDEX)); // a site that a failed build leaves as it was
        SitePublisher publisher = new SitePublisher(outDir, files);
        try {
            report.recovery = publisher.recover();
            BuildCache cache = BuildCache.read(outDir, cacheReadBefore);
            // A recovery moves plan folders; another build in between rewrites the cache.
            Set<String> whole = report.recovery == SitePublisher.Recovery.CLEAN && cache.sameFileAs(cacheReadBefore)
                    ? wholeBefore : Set.of();
            try (Transaction transaction = publisher.begin()) {
                boolean changed = stage(plans, agencyView, provenance, outDir, clean, progress, cache, whole,
                        transaction, report);
                if (changed || clean) {
                    transaction.stageFile(BuildCache.FILE, cache.bytes());
                }
                transaction.commit();
                report.written = java.util.Optional.of(transaction.targets());
            } catch (SitePageFailure e) {
                report.problems.add(e.problem);
                report.problems.add(unchanged(earlier, outDir));
                report.nothingPublished();
            }
        } catch (IOException e) {
            report.problems.add(WriteFailure.problem(e, outDir));
            report.nothingPublished();
        }
        progress.finished();
        return report.build();
    }

    /** What this build did, gathered while it runs. */
    private static final class Report {
        final List<RenderProblem> problems = new ArrayList<>();
        final List<String> rendered = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<String> published = new ArrayList<>();
        final List<String> kept = new ArrayList<>();
        final List<String> unpublished = new ArrayList<>();
        final List<String> pages = new ArrayList<>();
        /** Per plan rendered, the old file names it keeps as copies for the first time (old → current). */
        final Map<String, SortedMap<String, String>> namesKept = new LinkedHashMap<>();
        SitePublisher.Recovery recovery = SitePublisher.Recovery.CLEAN;
        /** What the committed transaction changed in the site; empty until it committed. */
        java.util.Optional<List<String>> written = java.util.Optional.empty();

        BuildReport build() {
            return new BuildReport(problems, rendered, unchanged, published, kept, unpublished, pages, recovery,
                    written, List.of(), written.isPresent() ? namesKept : Map.of());
        }

        /** The site kept its previous version: this build published and rendered nothing. */
        void nothingPublished() {
            written = java.util.Optional.empty();
            published.clear();
            rendered.clear();
            pages.clear();
        }
    }

    /** Stages everything that changed; returns whether anything did. */
    private boolean stage(List<PlanSource> plans, boolean agencyView, Provenance provenance, Path outDir,
                          boolean clean, BuildProgress progress, BuildCache cache, Set<String> whole,
                          Transaction transaction, Report report) throws IOException, SitePageFailure {
        String base = baseKey(tool, renderers);
        Set<String> signed = new HashSet<>();
        Map<String, Planned> planned = plan(plans, provenance, outDir, base, clean, cache, whole, signed,
                report.problems);
        for (Planned p : planned.values()) {
            if (p.fresh() && p.restageRecord()) {
                transaction.stageFile(SiteRecord.path(p.slug()), SiteRecords.bytes(p.record().orElseThrow()));
            }
        }
        // A plan known only by its record cannot be rendered: it stays as published (below).
        List<Planned> toRender = planned.values().stream()
                .filter(p -> !p.fresh() && p.source().resolved().isPresent()).toList();
        progress.started(toRender.size(), planned.size() - toRender.size());
        planned.values().stream().filter(Planned::fresh).forEach(p -> progress.unchanged(p.slug()));

        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        // A plan's files signed since the last build: its cache entry now holds their sizes.
        boolean changed = !signed.isEmpty();
        ahead = new SitePagesAhead();
        if (!toRender.isEmpty()) {
            changed = true;
            try {
                PlanRenderer renderer = renderers.planRenderer();
                // The guide page, the schema and the assets need no plan: made (and written into the staging)
                // while this thread waits for the renders.
                Optional<List<SiteRecord>> expected = expectedRecords(planned.values(), renderer, provenance);
                outcomes = render(toRender, renderer, provenance, transaction, progress, cache, outDir, () -> {
                    ahead.make(renderers, !guideFresh(outDir, base, cache), !assetsFresh(outDir, base, cache));
                    expected.ifPresent(records -> ahead.makePages(records, agencyView, provenance, renderers));
                    ahead.writeAhead(outDir, transaction);
                });
                ahead.throwWriteFailure();
            } catch (RenderException e) {
                report.problems.add(e.toProblem());
            }
        }

        List<SiteRecord> records = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Planned p : planned.values()) {
            Optional<BuildCache.PlanEntry> entry = Optional.empty();
            Optional<SiteRecord> record = Optional.empty();
            if (p.fresh()) {
                entry = cache.plan(p.slug());
                record = p.record();
                (p.source().standing() == PlanSource.Standing.LAST_GOOD ? report.kept : report.unchanged).add(p.slug());
            } else {
                Outcome outcome = outcomes.get(p.slug());
                if (outcome != null) {
                    outcome.problem().ifPresent(report.problems::add);
                    entry = outcome.entry();
                    record = outcome.record();
                    entry.ifPresent(e -> report.rendered.add(p.slug()));
                    if (entry.isPresent() && !outcome.namesKept().isEmpty()) {
                        report.namesKept.put(p.slug(), outcome.namesKept());
                    }
                }
                if (entry.isEmpty() && cache.plan(p.slug()).isPresent()) {
                    // It could not be rendered: its previous version stays published and listed.
                    entry = cache.plan(p.slug());
                    String key = entry.get().key();
                    record = SiteRecords.read(outDir, p.slug()).filter(r -> r.key().equals(key));
                    report.kept.add(p.slug());
                }
            }
            if (entry.isPresent() && record.isPresent()) {
                cache.putPlan(p.slug(), entry.get());
                records.add(record.get());
                report.published.add(p.slug());
                listed.add(p.slug());
            }
        }
        changed |= unpublishOthers(listed, outDir, cache, transaction, report);
        changed |= stageSitePages(records, agencyView, provenance, base, outDir, cache, transaction, report);
        changed |= stageShardMarker(records, outDir, transaction);
        return changed;
    }

    /**
     * The records the site pages will be made from when every plan renders (issue 17): a fresh plan's
     * own, and for a plan to render the one its render will give but for the files' sizes, read back
     * from its bytes as the real one is. Empty when a plan can be neither.
     */
    private static Optional<List<SiteRecord>> expectedRecords(java.util.Collection<Planned> planned, PlanRenderer renderer,
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

    /**
     * The note after a site page failed: the site stays as it was, or, when there was none (a first build, a new
     * --out folder), nothing was written; "the previous version stays" would promise one.
     */
    private static RenderProblem unchanged(boolean earlier, Path outDir) {
        return new RenderProblem(RenderProblem.Kind.NOTE, "", earlier ? Message.of("publish.site-unchanged")
                : Message.of("publish.site-not-written", outDir), "");
    }

    /**
     * {@code build --merge}: the plans of every shard output — their folders, published sources and
     * records copied as they are — and the site pages assembled from their records, in one
     * transaction, exactly as a single build of all the plans would have written them.
     *
     * @param draftOutput a draft merge ({@code build --merge --draft}): as a build, a plain merge leaves out a
     *                    draft found in a shard (one built with {@code --draft}) and takes it out of the site if
     *                    it is there; a draft merge does the same with an issued plan
     */
    public BuildReport merge(List<ShardOutputs.Output> shards, Provenance provenance, Path outDir,
                             boolean draftOutput, BuildProgress progress) {
        Report report = new Report();
        boolean earlier = Files.isRegularFile(outDir.resolve(INDEX)); // a site that a failed build leaves as it was
        Set<String> drafts = new HashSet<>();
        SitePublisher publisher = new SitePublisher(outDir, files);
        try {
            report.recovery = publisher.recover();
            BuildCache cache = BuildCache.read(outDir);
            try (Transaction transaction = publisher.begin()) {
                List<ShardOutputs.Plan> plans = ShardOutputs.plans(shards);
                progress.started(0, plans.size());
                List<SiteRecord> records = new ArrayList<>();
                Set<String> listed = new HashSet<>();
                for (ShardOutputs.Plan plan : plans) {
                    SiteRecord record = plan.record();
                    String slug = record.slug();
                    if (record.info().draft() != draftOutput) {
                        drafts.add(slug);
                        continue;
                    }
                    // A signed PDF in the site is kept, refused or archived as a build does (keepSigned).
                    Map<String, byte[]> signed;
                    try {
                        signed = mergeSigned(plan.shard().resolve(slug), outDir.resolve(slug), slug, transaction);
                    } catch (RenderException e) {
                        report.problems.add(e.toProblem());
                        // Its published version stays, listed as it was.
                        Optional<SiteRecord> last = cache.plan(slug).flatMap(entry -> SiteRecords.read(outDir, slug)
                                .filter(r -> r.key().equals(entry.key())));
                        last.ifPresent(r -> {
                            records.add(r);
                            listed.add(slug);
                            report.published.add(slug);
                            report.kept.add(slug);
                        });
                        continue;
                    }
                    if (!signed.isEmpty()) {
                        record = withSizes(record, signed);
                    }
                    transaction.stageFolder(plan.shard().resolve(slug), slug);
                    for (Map.Entry<String, byte[]> file : signed.entrySet()) {
                        transaction.stageFile(slug + "/" + file.getKey(), file.getValue());
                    }
                    Path published = plan.shard().resolve(PUBLISHED).resolve(slug);
                    if (Files.isDirectory(published)) {
                        transaction.stageFolder(published, PUBLISHED + "/" + slug);
                    }
                    transaction.stageFile(SiteRecord.path(slug), SiteRecords.bytes(record));
                    cache.putPlan(slug, new BuildCache.PlanEntry(record.key(), record.files(), record.links()));
                    records.add(record);
                    listed.add(slug);
                    report.published.add(slug);
                    report.rendered.add(slug);
                }
                unpublishOthers(listed, outDir, cache, transaction, report);
                stageSitePages(records, true, provenance, baseKey(tool, renderers), outDir, cache, transaction, report);
                stageShardMarker(List.of(), outDir, transaction);
                transaction.stageFile(BuildCache.FILE, cache.bytes());
                transaction.commit();
                report.written = java.util.Optional.of(transaction.targets());
            } catch (SitePageFailure e) {
                report.problems.add(e.problem);
                report.problems.add(unchanged(earlier, outDir));
                report.nothingPublished();
            }
        } catch (ShardOutputs.Incomplete e) {
            report.problems.add(new RenderProblem(RenderProblem.Kind.CONTENT, e.dir().toString(),
                    Message.of("build.merge-incomplete", e.slug()), e.slug()));
            report.published.clear();
            report.rendered.clear();
        } catch (IOException e) {
            report.problems.add(WriteFailure.problem(e, outDir));
            report.nothingPublished();
        }
        progress.finished();
        return report.build().withdrawing(drafts);
    }

    /** What marks the output of {@code build --shard}: staged when sharding, taken away otherwise. */
    private boolean stageShardMarker(List<SiteRecord> records, Path outDir, Transaction transaction) throws IOException {
        if (shard.isPresent()) {
            transaction.stageFile(ShardOutputs.MARKER, ShardOutputs.marker(shard.get(),
                    records.stream().map(SiteRecord::slug).toList()));
            return true;
        }
        if (Files.exists(outDir.resolve(ShardOutputs.MARKER))) {
            transaction.remove(ShardOutputs.MARKER);
            return true;
        }
        return false;
    }

    /**
     * Plans that left the content (or never made it into the site) are taken out of it; their signed PDFs,
     * which a build never deletes, are kept in {@link SignedFiles#ARCHIVE}.
     */
    private static boolean unpublishOthers(Set<String> listed, Path outDir, BuildCache cache, Transaction transaction,
                                           Report report) throws IOException {
        boolean changed = false;
        for (String slug : cache.planSlugs()) {
            if (!listed.contains(slug)) {
                for (SignedFiles.Signed file : SignedFiles.in(outDir.resolve(slug))) {
                    transaction.stageFile(SignedFiles.archivePath(outDir, slug, file), file.bytes());
                }
                transaction.remove(slug);
                transaction.remove(PUBLISHED + "/" + slug);
                transaction.remove(SiteRecord.path(slug));
                cache.removePlan(slug);
                report.unpublished.add(slug);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The site-level pages — assets, agency view, index with its search data, feed, sitemap and data
     * package, guide, schema — from the published plans' records only (issue 17): the same code
     * whether a plan was resolved now, read from its record, or merged from a shard.
     */
    private boolean stageSitePages(List<SiteRecord> records, boolean agencyView, Provenance provenance, String base,
                                   Path outDir, BuildCache cache, Transaction transaction, Report report)
            throws IOException, SitePageFailure {
        boolean changed = stageAssets(outDir, base, cache, transaction, report.problems);
        SourceView siteSource = SitePages.siteSource(provenance, records);
        Digest indexKey = new Digest().add(base).add(siteSource.digestText());
        records.forEach(r -> indexKey.add(r.slug()).add(r.key()));
        // Site pages come from the records only, whether a plan was resolved now or not (issue 17).
        List<AgencyPage> agencies = SitePages.agencies(records, agencyView, renderers);
        boolean linkIfMade = !agencies.isEmpty();
        Optional<SitePagesAhead.Pages> made = ahead.pages(records, agencyView, provenance, linkIfMade);
        Optional<Boolean> agencyPage = stageAgencies(agencies, made.flatMap(SitePagesAhead.Pages::agencyPage), records,
                base, outDir, cache, transaction);
        changed |= agencyPage.isPresent();
        agencyPage.ifPresent(v -> report.pages.add(AgencyPages.PATH));
        boolean linkAgencies = agencyPage.orElseGet(() -> cache.site(AGENCIES).isPresent());
        indexKey.add(Boolean.toString(linkAgencies));
        Optional<SitePagesAhead.Pages> madeIndex = made.filter(m -> m.linkAgencies() == linkAgencies);
        usedPagesAhead = madeIndex.isPresent();
        Supplier<Map<String, byte[]>> portal = () -> madeIndex.isPresent() ? madeIndex.get().portal()
                : SitePages.portal(records, linkAgencies, renderers);
        if (stageIndex(records, madeIndex.map(SitePagesAhead.Pages::index), portal, linkAgencies, siteSource,
                indexKey.hex(), outDir, cache, transaction)) {
            changed = true;
            report.pages.add(INDEX);
        }
        changed |= stageGuide(outDir, base, cache, transaction);
        stageSchema(outDir, transaction);
        return changed;
    }

    /**
     * One plan of this build: its key and whether its published files already match it; when they
     * do, its site record (and whether that must be staged again: made now from the resolved plan).
     */
    private record Planned(PlanSource source, String key, boolean fresh, Optional<SiteRecord> record,
                           boolean restageRecord) {
        Planned(PlanSource source, String key, boolean fresh) {
            this(source, key, fresh, Optional.empty(), false);
        }

        String slug() {
            return source.slug();
        }
    }

    /** What rendering one plan gave: its cache entry and record when it succeeded, or its problem. */
    private record Outcome(Optional<BuildCache.PlanEntry> entry, Optional<SiteRecord> record,
                           Optional<RenderProblem> problem, SortedMap<String, String> namesKept) {
    }

    /** What every plan's key starts from: plandoc itself, the templates and the render settings. */
    static String baseKey(ToolVersion tool, Renderers renderers) {
        return new Digest().add(tool.fingerprint()).add(renderers.templatesKey())
                .add(renderers.settings().digestText()).hex();
    }

    /**
     * A plan's input key: {@code base}, the files beside the plan folders, the page footer's commit
     * (the plan's own: the last that touched its folder, so a commit to another plan leaves this key as
     * it is) and the plan's history, and the plan folder's files.
     *
     * @param shared the digests of the files beside each content folder, filled as they are met
     */
    static String planKey(String base, Map<Path, String> shared, Provenance provenance, String slug, Path folder)
            throws IOException {
        return planKey(base, shared, provenance, slug, folder, folderDigest(folder));
    }

    /** As above, with the digest of the folder's files ({@link #folderDigest}) already made. */
    static String planKey(String base, Map<Path, String> shared, Provenance provenance, String slug, Path folder,
                          String folderDigest) {
        Path contentDir = folder.toAbsolutePath().normalize().getParent();
        String sharedKey = shared.computeIfAbsent(contentDir, SiteUpdate::sharedInputs);
        // The page's footer prints the plan's own commit and history: they are inputs too.
        return new Digest().add(base).add(sharedKey).add(SourceView.of(provenance, slug).digestText())
                .add(folderDigest).hex();
    }

    /** The digest of every file in a plan folder (the same {@link CheckCache} keys a plan by). */
    static String folderDigest(Path folder) throws IOException {
        return new Digest().addTree(folder).hex();
    }

    /**
     * @param whole  plans whose published files were found whole against {@code cache} a moment ago
     * @param signed filled with the plans whose files are whole but for PDFs signed since: their entry in
     *               {@code cache} now gives those files' sizes
     */
    private Map<String, Planned> plan(List<PlanSource> plans, Provenance provenance, Path outDir, String base,
                                      boolean clean, BuildCache cache, Set<String> whole, Set<String> signed,
                                      List<RenderProblem> problems) throws IOException {
        Map<String, Planned> planned = new LinkedHashMap<>();
        Map<Path, String> shared = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        for (PlanSource source : plans) {
            String slug = source.slug();
            if (!slugs.add(slug)) {
                problems.add(new RenderProblem(RenderProblem.Kind.CONTENT, source.folder().toString(),
                        Message.of("render.duplicate-slug", slug), slug));
                continue;
            }
            Optional<BuildCache.PlanEntry> entry = cache.plan(slug);
            boolean present = entry.isPresent()
                    && (whole.contains(slug) || present(outDir.resolve(slug), entry.get().files()));
            if (entry.isPresent() && !present) {
                entry = withSigned(outDir.resolve(slug), entry.get());
                if (entry.isPresent()) {
                    cache.putPlan(slug, entry.get());
                    signed.add(slug);
                    present = true;
                } else {
                    entry = cache.plan(slug);
                }
            }
            if (source.standing() == PlanSource.Standing.LAST_GOOD) {
                // Never rendered again from its old sources: its published files are kept as they are.
                Planned kept = present ? fresh(source, entry.get(), provenance, outDir) : null;
                if (kept != null && kept.record().isPresent()) {
                    planned.put(slug, kept);
                } else {
                    problems.add(new RenderProblem(RenderProblem.Kind.CONTENT, source.folder().toString(),
                            Message.of("publish.last-good-missing"), slug));
                }
                continue;
            }
            // A plan taken from its record was keyed a moment ago, when the check chose the record.
            String key = source.resolved().isEmpty() && source.record().isPresent() ? source.record().get().key()
                    : planKey(base, shared, provenance, slug, source.folder());
            Planned fresh = !clean && present && entry.get().key().equals(key)
                    ? fresh(source, entry.get(), provenance, outDir) : null;
            planned.put(slug, fresh != null && fresh.record().isPresent() ? fresh : new Planned(source, key, false));
        }
        return planned;
    }

    /**
     * A plan whose published files match its key, with its record: made again from the plan when it
     * was resolved (then staged if it differs from the one kept), else the one it came with or kept.
     */
    private static Planned fresh(PlanSource source, BuildCache.PlanEntry entry, Provenance provenance, Path outDir) {
        String key = entry.key();
        Optional<SiteRecord> kept = source.record().filter(r -> r.key().equals(key))
                .or(() -> SiteRecords.read(outDir, source.slug()).filter(r -> r.key().equals(key)));
        if (source.resolved().isEmpty()) {
            return new Planned(source, key, true, kept, false);
        }
        byte[] bytes = SiteRecords.bytes(SiteRecord.of(key, source.folder().toString(), source.resolved().get(),
                entry.links(), provenance.entries(source.slug()), source.problems(), entry.files(),
                // A last good version read again from its sources: which version its page names is not known.
                source.standing() == PlanSource.Standing.LAST_GOOD ? Optional.empty() : provenance.version(source.slug()))
                // Its folder is as published, old names kept included.
                .withAliases(kept.map(SiteRecord::aliases).orElse(new TreeMap<>())));
        boolean same = kept.map(r -> java.util.Arrays.equals(SiteRecords.bytes(r), bytes)).orElse(false);
        return new Planned(source, key, true, SiteRecords.parse(bytes), !same);
    }

    /**
     * A plan's published files as they are when the only ones not as recorded are PDFs signed since they
     * were written ({@code plandoc sign}, or the province's signing tool): the entry with those files'
     * sizes now, so the plan counts as unchanged and its signed files stay. Empty otherwise.
     */
    private static Optional<BuildCache.PlanEntry> withSigned(Path dir, BuildCache.PlanEntry entry) throws IOException {
        Set<String> names = new HashSet<>();
        entry.files().forEach(f -> names.add(f.name()));
        Map<String, Long> now = new HashMap<>();
        for (SignedFiles.Signed file : SignedFiles.in(dir)) {
            if (names.contains(file.name())) {
                now.put(file.name(), (long) file.bytes().length);
            }
        }
        if (now.isEmpty()) {
            return Optional.empty();
        }
        List<BuildCache.OutputFile> files = entry.files().stream()
                .map(f -> new BuildCache.OutputFile(f.name(), now.getOrDefault(f.name(), f.size()))).toList();
        return present(dir, files) ? Optional.of(new BuildCache.PlanEntry(entry.key(), files, entry.links()))
                : Optional.empty();
    }

    /**
     * Files beside the plan folders (the agency register, content/agencies.yaml) feed every plan's
     * check and pages, so they are part of every plan's key.
     */
    private static String sharedInputs(Path contentDir) {
        Digest digest = new Digest();
        try {
            for (Path file : besideFiles(contentDir)) {
                digest.add(file.getFileName().toString()).addFile(file);
            }
        } catch (IOException e) {
            digest.add("unreadable " + System.nanoTime()); // never equal to a published key: render again
        }
        return digest.hex();
    }

    /** The regular files beside a plan folder (the agency register), in name order. */
    static List<Path> besideFiles(Path contentDir) {
        if (contentDir == null || !Files.isDirectory(contentDir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> list = Files.list(contentDir)) {
            return list.filter(Files::isRegularFile).filter(f -> !Digest.isScratch(f)).sorted().toList();
        } catch (IOException e) {
            return List.of(); // then the plan's own check has already said the folder cannot be read
        }
    }

    /** Whether every recorded file is still there with the size it was written with. */
    static boolean present(Path dir, List<BuildCache.OutputFile> files) {
        java.io.File folder = dir.toFile();
        for (BuildCache.OutputFile file : files) {
            // File.length: one stat without an attributes object, twice per plan per build (issue 17). It
            // says 0 for a missing file, so an empty file is asked for as before.
            long size = file.size() == 0 ? size(dir.resolve(file.name())) : new java.io.File(folder, file.name()).length();
            if (size != file.size()) {
                return false;
            }
        }
        return !files.isEmpty();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private Map<String, Outcome> render(List<Planned> toRender, PlanRenderer renderer, Provenance provenance,
                                        Transaction transaction, BuildProgress progress, BuildCache cache, Path outDir,
                                        Runnable whileRendering)
            throws IOException {
        Map<String, Future<Outcome>> futures = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, toRender.size()), runnable -> {
            Thread thread = new Thread(runnable, "plandoc-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Planned p : toRender) {
                Optional<BuildCache.PlanEntry> before = cache.plan(p.slug());
                futures.put(p.slug(), pool.submit(() -> renderOne(p, renderer, provenance, transaction, progress,
                        before, outDir)));
            }
            whileRendering.run();
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Outcome>> f : futures.entrySet()) {
                outcomes.put(f.getKey(), await(f.getKey(), f.getValue()));
            }
            return outcomes;
        } finally {
            // On interruption (a preview server stopping) the plans being printed finish; nothing is
            // committed after it. Wait for them, so no file is staged after we return.
            pool.shutdownNow();
            boolean interrupted = Thread.interrupted();
            try {
                pool.awaitTermination(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static Outcome await(String slug, Future<Outcome> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(new RenderProblem(RenderProblem.Kind.IO, "", Message.of("render.interrupted"), slug));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // the site cannot be written: the whole transaction is dropped
            }
            return failed(new RenderProblem(RenderProblem.Kind.INTERNAL, "",
                    Message.of("render.unexpected", String.valueOf(e.getCause())), slug, Optional.of(e.getCause())));
        }
    }

    private static Outcome failed(RenderProblem problem) {
        return new Outcome(Optional.empty(), Optional.empty(), Optional.of(problem), new TreeMap<>());
    }

    /** @param before what the site published of the plan before this build, if anything */
    private Outcome renderOne(Planned p, PlanRenderer renderer, Provenance provenance, Transaction transaction,
                              BuildProgress progress, Optional<BuildCache.PlanEntry> before, Path outDir)
            throws IOException {
        String slug = p.slug();
        ResolvedPlan plan = p.source().resolved().orElseThrow();
        long start = renderedAhead.startedAt(plan).orElseGet(System::nanoTime);
        progress.planStarted(slug);
        Outcome outcome;
        try {
            Optional<RenderedPlan> early = renderedAhead.take(plan, provenance);
            RenderedPlan made = early.isPresent() ? early.get() : renderer.render(plan, provenance);
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("stopped before staging " + slug);
            }
            // A signed PDF the render reproduces stays as signed (SignedFiles); then names the plan's files were
            // published under and no longer are: kept as copies (KeptNames).
            RenderedPlan signedKept = keepSigned(made, outDir.resolve(slug), transaction);
            Optional<SiteRecord> last = KeptNames.mayKeep(before, signedKept) ? SiteRecords.read(outDir, slug)
                    : Optional.empty();
            SortedMap<String, String> kept = last.map(r -> KeptNames.of(r, plan.info(), signedKept)).orElse(new TreeMap<>());
            RenderedPlan rendered = KeptNames.withCopies(signedKept, kept);
            transaction.stagePlan(rendered);
            Path folder = p.source().folder();
            // What the PDF carries as its sources, laid out as a content folder; no other file of the folder.
            transaction.stageCopy(plan.sourceFolder().orElse(folder).toAbsolutePath().normalize().getParent(),
                    plan.sources(), PUBLISHED + "/" + slug);
            List<BuildCache.OutputFile> files = files(rendered);
            // Read back from its bytes, so the site pages are made from exactly what a later build reads.
            byte[] record = SiteRecords.bytes(SiteRecord.of(p.key(), folder.toString(), plan, rendered.siteLinks(),
                    provenance.entries(slug), p.source().problems(), files, provenance.version(slug)).withAliases(kept));
            transaction.stageFile(SiteRecord.path(slug), record);
            outcome = new Outcome(Optional.of(new BuildCache.PlanEntry(p.key(), files, rendered.siteLinks())),
                    SiteRecords.parse(record), Optional.empty(), KeptNames.added(last, kept));
        } catch (RenderException e) {
            outcome = failed(e.toProblem());
        } catch (StackOverflowError e) {
            // Deeply nested content that check let through is a defect of plandoc: reported as one.
            outcome = failed(new RenderProblem(RenderProblem.Kind.INTERNAL, "",
                    Message.of("render.unexpected", "StackOverflowError"), slug, Optional.of(e)));
        } catch (RuntimeException e) {
            outcome = failed(new RenderProblem(RenderProblem.Kind.INTERNAL, "",
                    Message.of("render.unexpected", String.valueOf(e)), slug, Optional.of(e)));
        }
        progress.planFinished(slug, (System.nanoTime() - start) / 1_000_000, outcome.entry().isPresent());
        return outcome;
    }

    /**
     * The plan's new version with its signed PDFs kept (a build never overwrites or deletes a signed file,
     * README "Văn bản điện tử"): a signed file whose signed document is the new PDF of the same name, byte
     * for byte, takes that PDF's place. Any other — the new PDF differs, or this build does not write the
     * file (a separate appendix on a build without {@code --separate-appendices}) — stops the plan, whose
     * previous version stays published; with {@code --replace-signed} it is staged into
     * {@link SignedFiles#ARCHIVE} and the new version published.
     */
    private RenderedPlan keepSigned(RenderedPlan rendered, Path published, Transaction transaction)
            throws IOException, RenderException {
        Map<String, byte[]> kept = signedKept(published, rendered.slug(), transaction, name -> rendered.files().stream()
                .filter(f -> f.name().equals(name)).findFirst().map(RenderedPlan.OutputFile::bytes));
        if (kept.isEmpty()) {
            return rendered;
        }
        List<RenderedPlan.OutputFile> files = rendered.files().stream()
                .map(f -> kept.containsKey(f.name()) ? new RenderedPlan.OutputFile(f.name(), kept.get(f.name())) : f)
                .toList();
        return new RenderedPlan(rendered.slug(), files, rendered.images(), rendered.siteLinks());
    }

    /**
     * The signed PDFs of the plan's published folder that stand for its new files ({@code now}: a file's new bytes
     * by name, empty when the new version has no such file), by name: a signed file whose signed document is the
     * new file byte for byte, or the same document ({@link SignedFiles.Signed#sameDocument}). Any other stops the
     * plan (a content error at the signed file) or, with {@code --replace-signed}, is staged into the archive.
     */
    private Map<String, byte[]> signedKept(Path published, String slug, Transaction transaction,
                                           java.util.function.Function<String, Optional<byte[]>> now)
            throws IOException, RenderException {
        List<SignedFiles.Signed> signed = SignedFiles.in(published);
        if (signed.isEmpty()) {
            return Map.of();
        }
        Map<String, byte[]> kept = new TreeMap<>();
        List<SignedFiles.Signed> others = new ArrayList<>();
        for (SignedFiles.Signed file : signed) {
            Optional<byte[]> bytes = now.apply(file.name());
            if (bytes.isPresent() && (file.signs(bytes.get()) || file.sameDocument(bytes.get()))) {
                kept.put(file.name(), file.bytes());
            } else {
                others.add(file);
            }
        }
        if (!others.isEmpty() && !replaceSigned) {
            SignedFiles.Signed first = others.get(0);
            boolean written = now.apply(first.name()).isPresent();
            throw new RenderException(RenderProblem.Kind.CONTENT, published.resolve(first.name()).toString(),
                    Message.of(written ? "publish.signed-changed" : "publish.signed-dropped",
                            String.join(", ", others.stream().map(SignedFiles.Signed::name).toList())),
                    slug, null);
        }
        for (SignedFiles.Signed file : others) {
            transaction.stageFile(SignedFiles.archivePath(published.getParent(), slug, file), file.bytes());
        }
        return kept;
    }

    /**
     * {@code build --merge}: the site's signed PDFs of a plan a shard's folder will replace, as a build treats them
     * ({@link #signedKept}), the shard's files being the new version: those to put back over the shard's copies.
     */
    private Map<String, byte[]> mergeSigned(Path shardFolder, Path published, String slug, Transaction transaction)
            throws IOException, RenderException {
        try {
            return signedKept(published, slug, transaction, name -> {
                Path file = shardFolder.resolve(name);
                try {
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A shard's record with the sizes of the signed files kept in place of its own, as a build records them. */
    private static SiteRecord withSizes(SiteRecord record, Map<String, byte[]> signed) {
        List<BuildCache.OutputFile> files = record.files().stream().map(f -> signed.containsKey(f.name())
                ? new BuildCache.OutputFile(f.name(), signed.get(f.name()).length) : f).toList();
        return new SiteRecord(record.slug(), record.key(), record.folder(), record.info(), record.summary(),
                record.agencyWork(), record.problems(), files, record.version(), record.aliases());
    }

    /** The files a rendered plan's folder holds, with their sizes. */
    private static List<BuildCache.OutputFile> files(RenderedPlan rendered) throws IOException {
        List<BuildCache.OutputFile> files = new ArrayList<>();
        for (RenderedPlan.ImageCopy image : rendered.images()) {
            files.add(new BuildCache.OutputFile(image.href(), Files.size(image.source())));
        }
        for (RenderedPlan.OutputFile file : rendered.files()) {
            files.add(new BuildCache.OutputFile(file.name(), file.bytes().length));
        }
        return files;
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
        transaction.stageSiteFolder(ASSETS, content);
        cache.putSite(ASSETS, new BuildCache.SiteEntry(base, content.stream()
                .map(f -> new BuildCache.OutputFile(ASSETS + "/" + f.path(), f.bytes().length)).toList()));
        return true;
    }

    /** Whether the assets the site holds are the ones this build would stage. */
    private static boolean assetsFresh(Path outDir, String base, BuildCache cache) {
        Optional<BuildCache.SiteEntry> entry = cache.site(ASSETS);
        return entry.isPresent() && entry.get().key().equals(base) && present(outDir, entry.get().files());
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
        String key = digest.hex();
        Optional<BuildCache.SiteEntry> entry = cache.site(AGENCIES);
        if (entry.isPresent() && entry.get().key().equals(key) && present(outDir, entry.get().files())) {
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
    private boolean stageIndex(List<SiteRecord> records, Optional<byte[]> made, Supplier<Map<String, byte[]>> portal,
                               boolean agencyView, SourceView source, String key, Path outDir, BuildCache cache,
                               Transaction transaction)
            throws IOException, SitePageFailure {
        Optional<BuildCache.SiteEntry> entry = cache.site(INDEX);
        if (entry.isPresent() && entry.get().key().equals(key) && present(outDir, entry.get().files())) {
            return false;
        }
        try {
            byte[] bytes = made.isPresent() ? made.get() : SitePages.index(records, agencyView, source, renderers);
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
    private static final class SitePageFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient RenderProblem problem;

        SitePageFailure(RenderProblem problem) {
            super(problem.message().key(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * The officers' guide, {@code huong-dan/index.html}: packaged in plandoc and drawn with the
     * templates, so it is staged again when either changed.
     */
    private boolean stageGuide(Path outDir, String base, BuildCache cache, Transaction transaction)
            throws IOException, SitePageFailure {
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
            transaction.stageFile(GuidePage.PATH, page);
            cache.putSite(GUIDE, new BuildCache.SiteEntry(base,
                    List.of(new BuildCache.OutputFile(GuidePage.PATH, page.length))));
            return true;
        } catch (RenderException e) {
            throw new SitePageFailure(e.toProblem());
        }
    }

    /** Whether the guide page the site holds is the one this build would make. */
    private static boolean guideFresh(Path outDir, String base, BuildCache cache) {
        Optional<BuildCache.SiteEntry> entry = cache.site(GUIDE);
        return entry.isPresent() && entry.get().key().equals(base) && present(outDir, entry.get().files());
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
