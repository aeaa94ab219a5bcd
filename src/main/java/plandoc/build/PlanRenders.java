package plandoc.build;

import plandoc.compute.SignatureWording;
import plandoc.compute.VietnameseDates;
import plandoc.resolved.DigitalSignature;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.publish.Transaction;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.render.RenderedPlan;
import plandoc.render.html.PlanPage;
import plandoc.resolved.ResolvedPlan;

/**
 * The plans one update renders, on up to {@code jobs} render threads: each plan's files, its published
 * sources and its site record staged into the update's transaction, with the signed PDFs and old names its
 * folder keeps ({@link KeptSigned}, {@link KeptNames}); a plan the build already rendered ahead is taken as
 * it was made.
 */
final class PlanRenders {
    private final int jobs;
    /** Issue 17: plans the build started rendering as soon as they were checked. */
    private final RenderAhead renderedAhead;
    private final KeptSigned keptSigned;
    /** The old names not kept any more ({@code build --drop-old-names}). */
    private final DropOldNames drop;

    /** Plans whose folder was renamed: their signed PDFs are looked for in the old folder. */
    private final RenamedPlans renamed;
    /** Signed PDFs put back from the archive when a plan's new PDF is their document. */
    private final ArchivedSigned archived;

    PlanRenders(int jobs, RenderAhead renderedAhead, KeptSigned keptSigned, DropOldNames drop) {
        this(jobs, renderedAhead, keptSigned, drop, RenamedPlans.none(), new ArchivedSigned());
    }

    PlanRenders(int jobs, RenderAhead renderedAhead, KeptSigned keptSigned, DropOldNames drop, RenamedPlans renamed,
                ArchivedSigned archived) {
        this.archived = archived;
        this.jobs = jobs;
        this.renderedAhead = renderedAhead;
        this.keptSigned = keptSigned;
        this.drop = drop;
        this.renamed = renamed;
    }

    /** Published issued documents: frozen ({@link IssuedFreeze}); off by default ({@code serve}). */
    private IssuedFreeze freeze = IssuedFreeze.off();

    PlanRenders freeze(IssuedFreeze freeze) {
        this.freeze = freeze;
        return this;
    }

    /** The old addresses of renamed plans ({@link MovedFolders}): staged with their plan, from its new files. */
    private MovedFolders moved = MovedFolders.none();

    PlanRenders moved(MovedFolders moved) {
        this.moved = moved;
        return this;
    }

    /**
     * What rendering one plan gave: its cache entry and record when it succeeded, or its problem; the old names it
     * keeps for the first time, and those it dropped ({@code --drop-old-names}), old → current; the signed PDFs it
     * kept in place of the files it rendered; its edit that changes nothing printed, kept out of the site, when a note
     * of the whole build says it ({@link IssuedFreeze.Told#WITH_OTHERS}).
     */
    record Outcome(Optional<BuildCache.PlanEntry> entry, Optional<SiteRecord> record,
                   Optional<RenderProblem> problem, SortedMap<String, String> namesKept,
                   SortedMap<String, String> namesDropped, List<String> signedKept, boolean filesSame,
                   Optional<IssuedFreeze.KeepPublished> held) {
        Outcome {
            signedKept = List.copyOf(signedKept);
        }
    }

    /** Renders {@code toRender}, running {@code whileRendering} on this thread meanwhile: each plan's outcome. */
    Map<String, Outcome> render(List<Planned> toRender, PlanRenderer renderer, Provenance provenance,
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
        return new Outcome(Optional.empty(), Optional.empty(), Optional.of(problem), new TreeMap<>(), new TreeMap<>(),
                List.of(), false, Optional.empty());
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
            // A separate appendix signed under the name plandoc gave it before session 18 keeps that name, so its
            // signature stays in place: rendered again under it (only on a site that has one).
            java.util.Set<String> signedFormer = KeptSigned.signedUnderFormerNames(outDir.resolve(slug), made);
            if (!signedFormer.isEmpty()) {
                made = renderer.render(plan, () -> provenance, signedFormer);
            }
            // An issued document published before: frozen, unless re-issued (its previous PDF then archived).
            Path root = plan.sourceFolder().orElse(p.source().folder()).toAbsolutePath().normalize().getParent();
            // A renamed folder's published version is in its old folder (RenamedPlans).
            Optional<String> from = before.isEmpty() ? renamed.formerSlug(slug) : Optional.empty();
            IssuedFreeze.Verdict verdict = freeze.check(plan, made, root, outDir, from);
            // Its edit changes nothing printed: held back, its published PDFs (and the sources they carry) standing.
            Optional<IssuedFreeze.KeepPublished> held = verdict instanceof IssuedFreeze.KeepPublished keep
                    ? Optional.of(keep) : Optional.empty();
            if (held.isPresent()) {
                made = PublishedPdfs.inPlaceOf(made, outDir.resolve(slug));
            }
            Optional<IssuedFreeze.Replaced> replaced = verdict.replaced();
            // A signed PDF the render reproduces stays as signed (SignedFiles); then names the plan's files were
            // published under and no longer are: kept as copies (KeptNames).
            // A renamed folder's signed PDFs are in its old folder (RenamedPlans): they move with it, or stop it.
            // A folder the site keeps as another plan's old address holds that plan's signed copies, not this plan's.
            boolean othersCopies = from.isEmpty() && moved.keptForAnother(slug);
            KeptSigned.Kept withSigned = archived.restore(othersCopies ? new KeptSigned.Kept(made, List.of())
                    : keptSigned.keepSigned(made, outDir.resolve(from.orElse(slug)), transaction, from,
                            () -> IssuedFreeze.editedAt(plan, root, outDir, from.orElse(slug),
                                    plan.sourceFolder().orElse(p.source().folder()).resolve("plan.yaml"))),
                    outDir, transaction);
            // A signed PDF kept: its page says so, who signed and when, read from the signatures now (s23 tryout).
            List<DigitalSignature> signatures = signatures(withSigned);
            // Its page links the versions the site replaced, re-issued or signed (never its PDF: the document as
            // issued); its record keeps them, so neither their day nor their reason hangs on a file's name (s32).
            java.util.Set<String> putBack = new java.util.HashSet<>();
            archived.restored().getOrDefault(slug, List.of()).forEach(r -> putBack.add(r.archived()));
            List<ArchivedVersion> archivedVersions = ArchivedVersions.of(freeze.on(), outDir, slug, from, plan.info().fileStem(), replaced,
                    keptSigned.archivedNow(slug), putBack);
            List<PlanPage.ReplacedVersion> versions = ArchivedVersions.links(archivedVersions, renderer.chromeLanguage());
            // A held-back edit's page names its published PDFs' sizes.
            RenderedPlan signedKept = signatures.isEmpty() && versions.isEmpty() && held.isEmpty() ? withSigned.plan()
                    : renderer.withSitePage(withSigned.plan(), plan, provenance, signedFormer,
                            SignatureWording.of(signatures, renderer.chromeLanguage()), versions,
                            PlanRenderer.sizes(withSigned.plan().files()));

            Optional<SiteRecord> last = KeptNames.mayKeep(before, signedKept) ? SiteRecords.read(outDir, slug)
                    : Optional.empty();
            SortedMap<String, String> kept = last.map(r -> KeptNames.of(r, plan.info(), signedKept)).orElse(new TreeMap<>());
            SortedMap<String, String> dropped = drop.takeFrom(slug, kept);
            RenderedPlan rendered = KeptNames.withCopies(signedKept, kept);
            // Its key changed but not its files (s21 tryout 7: url: in province.yaml, which only the sitemap and
            // the feed print): the published folder stays as it is, and the build does not say it was redrawn.
            if (replaced.isPresent()) {
                transaction.stageFile(replaced.get().path(), replaced.get().bytes());
            }
            boolean same = sameAsPublished(rendered, outDir.resolve(slug));
            if (!same) {
                transaction.stagePlan(rendered);
            }
            // Its old folders, if it was renamed: a page leading here and copies of the files they published.
            for (MovedFolders.Moved old : moved.leadingTo(slug, from)) {
                RenderedPlan folder = old.folder(rendered, renderer.movedPage(plan, old.from()));
                if (!sameAsPublished(folder, outDir.resolve(old.from()))) {
                    transaction.stagePlan(folder);
                }
            }
            Path folder = p.source().folder();
            // Said as the freeze decides (not again, alone, or in the whole build's note), which it remembers.
            Optional<IssuedFreeze.Told> told = held.isPresent()
                    ? Optional.of(freeze.tell(held.get(), slug, outDir, transaction)) : Optional.empty();
            if (held.isEmpty()) {
                // What the PDF carries as its sources, laid out as a content folder; no other file of the folder.
                transaction.stageCopy(plan.sourceFolder().orElse(folder).toAbsolutePath().normalize().getParent(),
                        plan.sources(), SiteUpdate.PUBLISHED + "/" + slug);
                UnprintedSaid.stageForgotten(outDir, transaction, slug); // its sources published: nothing held back
            }
            List<BuildCache.OutputFile> files = files(rendered);
            // Read back from its bytes, so the site pages are made from exactly what a later build reads.
            byte[] record = SiteRecords.bytes(SiteRecord.of(p.key(), folder.toString(), plan, rendered.siteLinks(),
                    provenance.entries(slug), p.source().problems(), files, provenance.version(slug)).withAliases(kept)
                    .withSignatures(signatures).withArchived(archivedVersions));
            transaction.stageFile(SiteRecord.path(slug), record);
            // A held-back edit: its entry names the sources not published, so the next build keeps it as it is; its
            // note is the plan's, or the whole build's (an edit of a shared file, a whole --reissue), not "the new
            // version is the signed document": it is the published one, standing.
            boolean grouped = told.equals(Optional.of(IssuedFreeze.Told.WITH_OTHERS));
            boolean alone = told.equals(Optional.of(IssuedFreeze.Told.ALONE));
            outcome = new Outcome(Optional.of(new BuildCache.PlanEntry(p.key(), files, rendered.siteLinks(),
                    held.map(k -> p.key()))), SiteRecords.parse(record),
                    alone ? Optional.of(held.get().notice()) : Optional.empty(), KeptNames.added(last, kept),
                    dropped, held.isEmpty() ? withSigned.signed() : List.of(), same, grouped ? held : Optional.empty());
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
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (outcome.filesSame()) {
            progress.planFinishedSame(slug, millis);
        } else {
            progress.planFinished(slug, millis, outcome.entry().isPresent());
        }
        return outcome;
    }

    /** The valid signatures of the plan's PDF when it is one of the signed files kept; none otherwise. */
    private static List<DigitalSignature> signatures(KeptSigned.Kept kept) {
        Map<String, byte[]> signed = new java.util.HashMap<>();
        kept.plan().files().stream().filter(f -> kept.signed().contains(f.name()))
                .forEach(f -> signed.put(f.name(), f.bytes()));
        return SignedPages.signatures(kept.plan().siteLinks(), signed);
    }

    /** Whether the plan's published folder holds exactly the files {@code rendered} writes, and no other. */
    static boolean sameAsPublished(RenderedPlan rendered, Path folder) throws IOException {
        Map<String, Path> images = new java.util.HashMap<>();
        rendered.images().forEach(image -> images.put(image.href(), image.source()));
        Map<String, byte[]> written = new java.util.HashMap<>();
        rendered.files().forEach(f -> written.put(f.name(), f.bytes()));
        return PublishedFolder.holdsExactly(folder, written, images);
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
}
