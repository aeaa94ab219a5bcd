package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.build.SiteWideFiles.SitePageFailure;
import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.publish.SignedFiles;
import plandoc.publish.SiteFiles;
import plandoc.publish.SitePublisher;
import plandoc.publish.StateFolder;
import plandoc.publish.Transaction;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;

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
 *
 * <p>{@link #update} reads as the steps it takes: each plan decided ({@link Planned}), old names dropped from the
 * plans not rendered again ({@link DroppedOldNames}), the changed plans rendered ({@link PlanRenders}), each plan's
 * listed version chosen ({@link PlanListing}), the plans no longer listed taken out ({@link UnpublishedPlans}), the
 * site-wide files staged ({@link SiteWideFiles}); what it did is tallied in a {@link BuildTally}.
 */
public final class SiteUpdate {
    /** Where each published plan's sources are kept, so its index entry survives a later error. */
    public static final String PUBLISHED = StateFolder.PREFIX + "published";

    private final Renderers renderers;
    private final ToolVersion tool;
    private final int jobs;
    /** Issue 17: the site pages that need no plan, made while the plans render; empty outside a build's stage. */
    private SitePagesAhead ahead = new SitePagesAhead();
    private final SiteFiles files;
    /** Issue 17: plans the build started rendering as soon as they were checked; none by default. */
    private RenderAhead renderedAhead = RenderAhead.none();
    /** The site-wide files this update staged last; null before it staged them. */
    private SiteWideFiles siteWide;
    /**
     * What the build read of the site before it took the site's lock: the cache and the plans whose
     * published files it found whole. Used again only when the site still holds that cache and nothing
     * was recovered (issue 17: each was a second pass over 200 plans).
     */
    private BuildCache cacheReadBefore = BuildCache.empty();
    private Set<String> wholeBefore = Set.of();
    /** Set for {@code build --shard}: its output is marked as that shard's, for {@code --merge}. */
    private Optional<Shard> shard = Optional.empty();
    /** The shard's secret plans (slug → level as written), named in its marker for {@code --merge}. */
    private Map<String, String> shardSecret = Map.of();
    /** The signed PDFs a plan's folder keeps; with {@code build --replace-signed}, archived when not kept. */
    private KeptSigned keptSigned = new KeptSigned(false);
    /** {@code build --drop-old-names}: the old file names kept as copies that this build drops. */
    private DropOldNames drop = DropOldNames.none();
    /** Plans withheld because they are secret: their signed PDFs are kept outside the site ({@link SecretArchive}). */
    private Set<String> secret = Set.of();
    /** The output folder's settings this update publishes under ({@link SeparateAppendices}); empty: left as they are. */
    private Optional<byte[]> settings = Optional.empty();
    /** The content folder this update's build read ({@link ContentRead}): recorded when it is not the last one. */
    private Optional<byte[]> contentRead = Optional.empty();
    /** Plans given with their records made again from their published sources ({@link OlderRecords}): staged. */
    private Set<String> remade = Set.of();
    /** Plans whose folder was renamed in this build ({@link RenamedPlans}): none by default. */
    private RenamedPlans renamed = RenamedPlans.none();
    /** The old addresses of renamed plans this update keeps ({@link MovedFolders}), read as it stages. */
    private MovedFolders moved = MovedFolders.none();
    /** What a build must be told before it takes plans off the site; off for {@code serve} (s24 review H2). */
    private UnpublishGuard unpublishing = UnpublishGuard.off();
    /** Signed PDFs put back from the archive into the folders of plans published again (s24 review H2). */
    private final ArchivedSigned archived = new ArchivedSigned();
    /** Files in the output folder plandoc did not write ({@link ForeignFiles}); not looked for by default ({@code serve}). */
    private ForeignFiles foreign = new ForeignFiles(false);

    public SiteUpdate(Renderers renderers, ToolVersion tool, int jobs, SiteFiles files) {
        this.renderers = renderers;
        this.tool = tool;
        this.jobs = Math.max(1, jobs);
        this.files = files;
    }

    public SiteUpdate(Renderers renderers, ToolVersion tool, int jobs) {
        this(renderers, tool, jobs, new SiteFiles());
    }

    /** Marks what this update publishes as the output of {@code shard}, whose part holds the {@code secret} plans. */
    public SiteUpdate shard(Shard shard, Map<String, String> secret) {
        this.shard = Optional.of(shard);
        this.shardSecret = Map.copyOf(secret);
        return this;
    }

    /**
     * {@code build --replace-signed}: a plan's signed PDF that its new version changes or no longer writes is
     * moved to {@link SignedFiles#ARCHIVE} instead of stopping the plan ({@link KeptSigned#keepSigned}).
     */
    public SiteUpdate replaceSigned(boolean replace) {
        this.keptSigned = new KeptSigned(replace);
        return this;
    }

    /**
     * {@code build --drop-old-names}: the old names {@code drop} names are no longer kept (their copies are taken
     * out of the plans' folders in this build's transaction, a signed one archived as a build archives any); a plan
     * whose folder does not change otherwise is not rendered for it.
     */
    public SiteUpdate dropOldNames(DropOldNames drop) {
        this.drop = drop;
        return this;
    }

    /**
     * The plans this update withholds because they carry a secrecy level: when the site holds one, its signed PDFs
     * (and those archived earlier) leave the site for {@link SecretArchive}, never {@link SignedFiles#ARCHIVE}.
     */
    public SiteUpdate secret(Set<String> slugs) {
        this.secret = Set.copyOf(slugs);
        return this;
    }

    /**
     * Plans given with a record an older plandoc wrote, made again from their published sources ({@link
     * OlderRecords}; by a one-plan build for the other plans, by {@link PublishedVersion} for a plan with errors): the
     * new record is staged in place of the old, so the next build reads it as it is. Adds to those given before.
     */
    public SiteUpdate remade(Set<String> slugs) {
        Set<String> all = new HashSet<>(remade);
        all.addAll(slugs);
        this.remade = Set.copyOf(all);
        return this;
    }

    /** The plans whose folder was renamed: their signed PDFs move with them, their old folder stays until they publish. */
    public SiteUpdate renamed(RenamedPlans renamed) {
        this.renamed = renamed;
        return this;
    }

    /** What this update must be told before it takes plans off the site ({@link UnpublishGuard}). */
    /** Published issued documents frozen ({@link IssuedFreeze}): a build into the portal's site; off for {@code serve}. */
    private IssuedFreeze freeze = IssuedFreeze.off();

    IssuedFreeze freeze() {
        return freeze;
    }

    SiteUpdate freeze(IssuedFreeze freeze) {
        this.freeze = freeze;
        return this;
    }

    SiteUpdate unpublishing(UnpublishGuard guard) {
        this.unpublishing = guard;
        return this;
    }

    UnpublishGuard unpublishing() {
        return unpublishing;
    }

    /** A build's update: files plandoc did not write are never replaced without a word ({@link ForeignFiles}). */
    SiteUpdate guardForeign() {
        this.foreign = new ForeignFiles(true);
        return this;
    }

    ForeignFiles foreign() {
        return foreign;
    }

    /** The signed PDFs this update put back from the archive. */
    ArchivedSigned archived() {
        return archived;
    }

    /** Writes the folder's settings ({@link SeparateAppendices#FILE}) in this update's transaction, when they differ. */
    public SiteUpdate settings(byte[] bytes) {
        this.settings = Optional.of(bytes);
        return this;
    }

    /** Records the content folder the build read, for the next build's {@link UnpublishGuard}. */
    SiteUpdate contentRead(ContentRead read) {
        this.contentRead = Optional.of(read.bytes());
        return this;
    }

    void stageSettings(Path outDir, Transaction transaction) throws IOException {
        if (settings.isPresent() && !SeparateAppendices.holds(outDir, SeparateAppendices.FILE, settings.get())) {
            transaction.stageFile(SeparateAppendices.FILE, settings.get());
        }
        if (contentRead.isPresent() && !SeparateAppendices.holds(outDir, ContentRead.FILE, contentRead.get())) {
            transaction.stageFile(ContentRead.FILE, contentRead.get());
        }
    }

    /** The publisher of {@code outDir} through the files this update writes with: for {@link SiteMerge}. */
    SitePublisher publisher(Path outDir) {
        return new SitePublisher(outDir, files);
    }

    /** The old folders of renamed plans this update kept, moved or took out: what the build says of them. */
    public MovedFolders moved() {
        return moved;
    }

    KeptSigned keptSigned() {
        return keptSigned;
    }

    Set<String> secret() {
        return secret;
    }

    String baseKey() {
        return PlanKeys.baseKey(tool, renderers);
    }

    /** The site-wide files published as they were made while the plans rendered, by path: for tests. */
    Set<String> sitePagesMadeAhead() {
        return siteWide == null ? Set.of() : siteWide.madeAhead();
    }

    /**
     * The cache the build read before taking the site's lock, and the plans whose published files it
     * found whole against it ({@link BuildCache#present}).
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
        return StateFolder.resolve(outDir, PUBLISHED).resolve(slug).resolve(slug);
    }

    /** Whether a build publishes the agency view (co-quan/), gathered from the published plans' site records. */
    public enum AgencyView {
        FROM_RECORDS, NONE
    }

    /** As {@link #update(List, AgencyView, Provenance, Path, boolean, BuildProgress)} outside git. */
    public BuildReport update(List<PlanSource> plans, AgencyView agencies, Path outDir, boolean clean,
                              BuildProgress progress) {
        return update(plans, agencies, Provenance.NONE, outDir, clean, progress);
    }

    /**
     * Publishes {@code plans} into {@code outDir}; the caller holds the site's lock. Never throws: a
     * bad template, a plan that cannot be rendered or a site that cannot be written is a problem in
     * the report, and the site then keeps its previous version of whatever could not be published.
     * The agency view, with {@link AgencyView#FROM_RECORDS}, is gathered from every published plan's
     * site record (none when no plan gives an agency work), so a one-plan build keeps the others' rows.
     *
     * @param clean render every plan without errors again, whatever earlier builds published
     */
    public BuildReport update(List<PlanSource> plans, AgencyView agencies, Provenance provenance, Path outDir,
                              boolean clean, BuildProgress progress) {
        boolean agencyView = agencies == AgencyView.FROM_RECORDS;
        BuildTally report = new BuildTally();
        boolean earlier = Files.isRegularFile(outDir.resolve(SiteWideFiles.INDEX)); // a site that a failed build leaves as it was
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
                stageSettings(outDir, transaction);
                foreign.guard(outDir, transaction, () -> BuildCache.read(outDir, cacheReadBefore));
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

    /** Stages everything that changed; returns whether anything did. */
    private boolean stage(List<PlanSource> plans, boolean agencyView, Provenance provenance, Path outDir,
                          boolean clean, BuildProgress progress, BuildCache cache, Set<String> whole,
                          Transaction transaction, BuildTally report) throws IOException, SitePageFailure {
        String base = PlanKeys.baseKey(tool, renderers);
        Set<String> signed = new HashSet<>();
        Map<String, Planned> planned = Planned.plan(plans, provenance, outDir, base, clean, cache, whole, signed,
                freeze, report.problems);
        moved = MovedFolders.read(outDir, planned.keySet());
        boolean dropped = new DroppedOldNames(drop).dropFromFresh(planned, outDir, cache, transaction, report);
        for (Planned p : planned.values()) {
            if (p.fresh() && (p.restageRecord() || remade.contains(p.slug()) && p.record().isPresent())) {
                transaction.stageFile(SiteRecord.path(p.slug()), SiteRecords.bytes(p.record().orElseThrow()));
            }
        }
        // A plan known only by its record cannot be rendered: it stays as published (below).
        List<Planned> toRender = planned.values().stream()
                .filter(p -> !p.fresh() && p.source().resolved().isPresent()).toList();
        progress.started(toRender.size(), planned.size() - toRender.size());
        planned.values().stream().filter(Planned::fresh).forEach(p -> progress.unchanged(p.slug()));

        Map<String, PlanRenders.Outcome> outcomes = new LinkedHashMap<>();
        // A plan's files signed since the last build: its cache entry now holds their sizes.
        boolean changed = !signed.isEmpty() || dropped;
        ahead = new SitePagesAhead();
        if (!toRender.isEmpty()) {
            changed = true;
            try {
                PlanRenderer renderer = renderers.planRenderer();
                // The guide page, the schema and the assets need no plan: made (and written into the staging)
                // while this thread waits for the renders.
                Optional<List<SiteRecord>> expected = SitePagesAhead.expectedRecords(planned.values(), renderer, provenance);
                PlanRenders renders = new PlanRenders(jobs, renderedAhead, keptSigned, drop, renamed, archived).moved(moved)
                        .freeze(freeze);
                outcomes = renders.render(toRender, renderer, provenance, transaction, progress, cache, outDir, () -> {
                    ahead.make(renderers, SiteWideFiles.guideNeeded(renderers, outDir, base, cache),
                            !SiteWideFiles.assetsFresh(outDir, base, cache));
                    expected.ifPresent(records -> ahead.makePages(records, agencyView, provenance, renderers));
                    ahead.writeAhead(outDir, transaction);
                });
                ahead.throwWriteFailure();
            } catch (RenderException e) {
                report.problems.add(e.toProblem());
            }
        }

        PlanListing listing = new PlanListing(planned.values(), outcomes, cache, outDir, report);
        // A --reissue that publishes no edit changing nothing printed says those it holds back in one note (s36).
        freeze.grouped(outcomes.values().stream().flatMap(o -> o.held().stream()).toList())
                .ifPresent(report.problems::add);
        List<SiteRecord> records = listing.records();
        for (SiteRecord record : records) {
            if (!record.current()) {
                report.older.add(record.slug()); // its published sources could not make it again: said by the build
            } else if (remade.contains(record.slug())) {
                report.remade.add(record.slug());
            }
        }
        // A plan renamed and made secret at once: its old folder leaves the site as a secret plan's (s23 re-read H1).
        Set<String> secretNow = renamed.secretAlong(secret);
        renamed.holdBack(listing.listed(), secretNow, records, cache, outDir, report.kept);
        unpublishing.check(listing.listed(), secretNow, outDir, cache, renamed, report.signedKept, report.problems,
                records, provenance);
        changed |= UnpublishedPlans.stage(listing.listed(), secretNow, outDir, cache, transaction, report, renamed, moved,
                keptSigned.archivedAtRename());
        changed |= moved.stage(listing.listed(), MovedFolders.renderedIn(outcomes), secretNow, transaction);
        new DroppedOldNames(drop).unmatchedDrops(records, outDir, report);
        changed |= stageSitePages(records, agencyView, provenance, base, outDir, cache, transaction, report);
        changed |= stageShardMarker(records, outDir, transaction);
        return changed;
    }

    /**
     * The note after a site page failed: the site stays as it was, or, when there was none (a first build, a new
     * --out folder), nothing was written; "the previous version stays" would promise one.
     */
    static RenderProblem unchanged(boolean earlier, Path outDir) {
        return new RenderProblem(RenderProblem.Kind.NOTE, "", earlier ? Message.of("publish.site-unchanged")
                : Message.of("publish.site-not-written", outDir), "");
    }

    /** What marks the output of {@code build --shard}: staged when sharding, taken away otherwise. */
    boolean stageShardMarker(List<SiteRecord> records, Path outDir, Transaction transaction) throws IOException {
        if (shard.isPresent()) {
            transaction.stageFile(ShardOutputs.MARKER, ShardOutputs.marker(shard.get(),
                    records.stream().map(SiteRecord::slug).toList(), shardSecret));
            return true;
        }
        if (Files.exists(StateFolder.resolve(outDir, ShardOutputs.MARKER))) {
            transaction.remove(ShardOutputs.MARKER);
            return true;
        }
        return false;
    }

    /** The site-wide files ({@link SiteWideFiles}) from the published plans' records, with the pages made ahead. */
    boolean stageSitePages(List<SiteRecord> records, boolean agencyView, Provenance provenance, String base,
                                   Path outDir, BuildCache cache, Transaction transaction, BuildTally report)
            throws IOException, SitePageFailure {
        siteWide = new SiteWideFiles(renderers, ahead);
        // What the pages call the versions they link: quoted by the build's line on one it archived.
        report.versionWords.putAll(ArchivedVersions.words(records, renderers.settings().siteText().language()));
        return siteWide.stage(records, agencyView, provenance, base, outDir, cache, transaction, report.problems,
                report.pages);
    }
}
