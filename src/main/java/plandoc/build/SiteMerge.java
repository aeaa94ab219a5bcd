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
import plandoc.build.SiteWideFiles.SitePageFailure;
import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.publish.SitePublisher;
import plandoc.publish.StateFolder;
import plandoc.publish.Transaction;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;

/**
 * {@code build --merge}: the outputs of {@code build --shard K/N} joined into the site through the steps a
 * {@link SiteUpdate} publishes with (its signed-file policy, unpublishing, site pages, settings), in one transaction.
 */
final class SiteMerge {
    private final SiteUpdate site;
    /** The pages of plans whose PDF the site keeps signed, made again with the mark. */
    private final SignedPages signedPages;

    SiteMerge(SiteUpdate site, SignedPages signedPages) {
        this.site = site;
        this.signedPages = signedPages;
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
        BuildTally report = new BuildTally();
        boolean earlier = Files.isRegularFile(outDir.resolve(SiteWideFiles.INDEX)); // a site that a failed build leaves as it was
        Set<String> drafts = new HashSet<>();
        SitePublisher publisher = site.publisher(outDir);
        try {
            report.recovery = publisher.recover();
            BuildCache cache = BuildCache.read(outDir);
            try (Transaction transaction = publisher.begin()) {
                List<ShardOutputs.Plan> plans = ShardOutputs.plans(shards);
                progress.started(0, plans.size());
                List<SiteRecord> records = new ArrayList<>();
                List<SignedPages.Signed> marks = new ArrayList<>();
                Set<String> listed = new HashSet<>();
                // A plan refused (frozen, a signed PDF) keeps its published record; the content check still reads the
                // version the shards hold, so that shards of an older commit are refused as such.
                Map<String, SiteRecord> refusedAsRead = new java.util.HashMap<>();
                // Their edits that change nothing printed, said together by a --reissue merge (HeldBackNote).
                List<IssuedFreeze.KeepPublished> held = new ArrayList<>();
                for (ShardOutputs.Plan plan : plans) {
                    SiteRecord record = plan.record();
                    String slug = record.slug();
                    if (record.info().draft() != draftOutput) {
                        drafts.add(slug);
                        continue;
                    }
                    // A signed PDF in the site is kept, refused or archived as a build does (keepSigned).
                    Path shardFolder = plan.shard().resolve(slug);
                    List<String> names = record.files().stream().map(BuildCache.OutputFile::name).toList();
                    Map<String, String> former = plandoc.render.SeparateFileNames.formerNames(record.info().fileStem(), names);
                    Map<String, byte[]> signed;
                    Path published = StateFolder.resolve(plan.shard(), SiteUpdate.PUBLISHED).resolve(slug);
                    Optional<IssuedFreeze.Replaced> replaced;
                    try {
                        // A shard's edited issued document is frozen as a build's is (s32), or re-issued (--reissue).
                        IssuedFreeze.Verdict verdict = site.freeze().checkMerged(record, shardFolder, published, outDir);
                        if (verdict instanceof IssuedFreeze.KeepPublished keep) {
                            Optional<SiteRecord> kept = keepPublished(record, keep, outDir, transaction, cache, report,
                                    held);
                            if (kept.isPresent()) {
                                records.add(kept.get());
                                listed.add(slug);
                                refusedAsRead.put(slug, record);
                            }
                            continue;
                        }
                        replaced = verdict.replaced();
                        signed = site.keptSigned().mergeSigned(shardFolder, outDir.resolve(slug), slug, transaction, former);
                    } catch (RenderException e) {
                        report.problems.add(e.toProblem());
                        refusedAsRead.put(slug, record);
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
                    // Published again, it gets back a signed file of its document from the archive, as in a build.
                    signed = site.archived().restoreMerged(record, shardFolder, signed, outDir, transaction);
                    if (!signed.isEmpty()) {
                        record = KeptSigned.withSizes(record, signed);
                    }
                    if (replaced.isPresent()) {
                        transaction.stageFile(replaced.get().path(), replaced.get().bytes());
                    }
                    // The versions the site keeps of it: its page links them, as a build's does (a shard knows none).
                    Set<String> putBack = new HashSet<>();
                    site.archived().restored().getOrDefault(slug, List.of()).forEach(r -> putBack.add(r.archived()));
                    record = record.withArchived(ArchivedVersions.of(site.freeze().on(), outDir, slug, Optional.empty(),
                            record.info().fileStem(), replaced, site.keptSigned().archivedNow(slug), putBack));
                    transaction.stageFolder(shardFolder, slug);
                    for (Map.Entry<String, byte[]> file : signed.entrySet()) {
                        transaction.stageFile(slug + "/" + file.getKey(), file.getValue());
                    }
                    // The old names the site keeps as copies, and those this version renames, kept as a build keeps
                    // them: a shard, built without the site, has none, and links to them would break.
                    Optional<SiteRecord> before = cache.plan(slug).flatMap(entry -> SiteRecords.read(outDir, slug)
                            .filter(r -> r.key().equals(entry.key())));
                    if (before.isPresent()) {
                        record = keepNames(record, before.get(), shardFolder, signed, former, transaction, report);
                    }
                    if (Files.isDirectory(published)) {
                        transaction.stageFolder(published, SiteUpdate.PUBLISHED + "/" + slug);
                    }
                    UnprintedSaid.stageForgotten(outDir, transaction, slug); // its sources published: nothing held back
                    List<plandoc.resolved.DigitalSignature> signatures = SignedPages.signatures(record.links(), signed);
                    if (signatures.isEmpty() && record.archived().isEmpty()) {
                        stageRecord(record, transaction, cache);
                    } else {
                        // Its page and record say the PDF is signed, or link the versions replaced, as a build's do:
                        // made after the loop, together.
                        marks.add(new SignedPages.Signed(record, SiteUpdate.lastGoodFolder(plan.shard(), slug),
                                signatures, before));
                    }
                    records.add(record);
                    listed.add(slug);
                    report.published.add(slug);
                    report.rendered.add(slug);
                }
                site.freeze().grouped(held).ifPresent(report.problems::add);
                Map<String, SiteRecord> marked = signedPages.mark(marks, outDir, transaction, report.problems);
                for (SignedPages.Signed mark : marks) {
                    SiteRecord record = marked.getOrDefault(mark.record().slug(), mark.record());
                    stageRecord(record, transaction, cache);
                    records.replaceAll(r -> r.slug().equals(record.slug()) ? record : r);
                }
                site.unpublishing().reading(String.join(", ", shards.stream().map(s -> s.dir().toString()).toList()),
                        plans.stream().map(p -> p.record().slug()).collect(java.util.stream.Collectors.toSet()))
                        .check(listed, site.secret(), outDir, cache, RenamedPlans.none(), Map.of(), report.problems,
                                asRead(records, refusedAsRead), provenance);
                UnpublishedPlans.stage(listed, site.secret(), outDir, cache, transaction, report, RenamedPlans.none());
                // A merge follows no rename, but a plan it takes out takes its old addresses along (MovedFolders).
                MovedFolders.read(outDir, listed).stage(listed, Set.copyOf(report.rendered), site.secret(), transaction);
                site.stageSitePages(records, true, provenance, site.baseKey(), outDir, cache, transaction, report);
                site.stageShardMarker(List.of(), outDir, transaction);
                transaction.stageFile(BuildCache.FILE, cache.bytes());
                site.stageSettings(outDir, transaction);
                site.foreign().guard(outDir, transaction, () -> BuildCache.read(outDir));
                transaction.commit();
                report.written = java.util.Optional.of(transaction.targets());
            } catch (SitePageFailure e) {
                report.problems.add(e.problem);
                report.problems.add(SiteUpdate.unchanged(earlier, outDir));
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
        // A secret plan the site held is withdrawn, as by a build (its signed PDFs kept beside the site).
        drafts.addAll(site.secret());
        return report.build().withdrawing(drafts);
    }

    /**
     * A shard's version of an issued document whose edit changes nothing printed ({@link IssuedFreeze.KeepPublished}),
     * kept out as a build keeps it (s36: the merge published it): the site's published files, sources and record stand;
     * its cache entry names the shard's key, so that a build of the same sources keeps it without rendering it; the
     * note said once ({@link UnprintedSaid}), or with the others in {@code held}. The published record, to list.
     */
    private Optional<SiteRecord> keepPublished(SiteRecord shard, IssuedFreeze.KeepPublished keep, Path outDir,
                                               Transaction transaction, BuildCache cache, BuildTally report,
                                               List<IssuedFreeze.KeepPublished> held) throws IOException {
        String slug = shard.slug();
        Optional<SiteRecord> published = SiteRecords.read(outDir, slug);
        if (published.isEmpty()) {
            return published; // checkMerged found it: read again, it was taken away meanwhile
        }
        if (site.freeze().says(keep, slug, outDir)) {
            UnprintedSaid.stageSaid(transaction, slug, keep.sources());
            if (site.freeze().groups(keep)) {
                held.add(keep);
            } else {
                report.problems.add(keep.notice());
            }
        }
        SiteRecord record = published.get();
        cache.putPlan(slug, new BuildCache.PlanEntry(record.key(), record.files(), record.links(),
                Optional.of(shard.key())));
        report.published.add(slug);
        report.unchanged.add(slug);
        return published;
    }

    /** The records as the shards hold them: a refused plan's shard record in place of its published one. */
    private static List<SiteRecord> asRead(List<SiteRecord> records, Map<String, SiteRecord> refused) {
        List<SiteRecord> read = new ArrayList<>();
        records.forEach(r -> read.add(refused.getOrDefault(r.slug(), r)));
        refused.values().stream().filter(r -> records.stream().noneMatch(p -> p.slug().equals(r.slug()))).forEach(read::add);
        return read;
    }

    private static void stageRecord(SiteRecord record, Transaction transaction, BuildCache cache) throws IOException {
        transaction.stageFile(SiteRecord.path(record.slug()), SiteRecords.bytes(record));
        cache.putPlan(record.slug(), new BuildCache.PlanEntry(record.key(), record.files(), record.links()));
    }

    /**
     * {@code record} (a shard's) with the site's old names of its plan kept as copies of the shard's files
     * ({@link KeptNames#of}, the signed files kept in place of the shard's copied as they are), staged, and recorded
     * as a build records them; the names kept for the first time in the report.
     */
    private static SiteRecord keepNames(SiteRecord record, SiteRecord before, Path shardFolder, Map<String, byte[]> signed,
                                        Map<String, String> former, Transaction transaction, BuildTally report)
            throws IOException {
        Set<String> names = new HashSet<>();
        record.files().forEach(f -> names.add(f.name()));
        if (before.aliases().isEmpty() && before.files().stream().allMatch(f -> names.contains(f.name()))) {
            return record; // no name to keep: the shard's files are not read (KeptNames.mayKeep)
        }
        List<plandoc.render.RenderedPlan.OutputFile> files = new ArrayList<>();
        for (BuildCache.OutputFile file : record.files()) {
            byte[] bytes = signed.containsKey(file.name()) ? signed.get(file.name())
                    : Files.readAllBytes(shardFolder.resolve(file.name()));
            files.add(new plandoc.render.RenderedPlan.OutputFile(file.name(), bytes));
        }
        plandoc.render.RenderedPlan shard = new plandoc.render.RenderedPlan(record.slug(), files, List.of(),
                record.links(), former);
        java.util.SortedMap<String, String> kept = KeptNames.of(before, record.info(), shard);
        if (kept.isEmpty()) {
            return record;
        }
        List<BuildCache.OutputFile> recorded = new ArrayList<>(record.files());
        for (Map.Entry<String, String> name : kept.entrySet()) {
            byte[] bytes = shard.file(name.getValue()).bytes();
            transaction.stageFile(record.slug() + "/" + name.getKey(), bytes);
            recorded.add(new BuildCache.OutputFile(name.getKey(), bytes.length));
        }
        java.util.SortedMap<String, String> added = KeptNames.added(Optional.of(before), kept);
        if (!added.isEmpty()) {
            report.namesKept.put(record.slug(), added);
        }
        return new SiteRecord(record.slug(), record.key(), record.folder(), record.info(), record.summary(),
                record.agencyWork(), record.problems(), recorded, record.version(), kept, record.archived(), record.format());
    }
}
