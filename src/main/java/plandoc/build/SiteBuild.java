package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.diff.VersionSummaries;
import plandoc.history.HistoryCache;
import plandoc.history.Provenance;
import plandoc.history.ProvenanceReader;
import plandoc.load.PlanLoader;
import plandoc.publish.StateFolder;
import plandoc.publish.Withholding;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderSettings;
import plandoc.render.pdf.PdfFonts;

/**
 * {@code plandoc build} without the command line: check every plan (on the same bounded pool as
 * rendering — each plan is read and computed on its own), then bring the site up to date with
 * {@link SiteUpdate}. The CLI prints; benchmarks run the same steps in a warm JVM.
 */
public final class SiteBuild {
    private final Path content;
    private final Path templates;
    private final Path out;
    private final RenderSettings settings;
    private final ToolVersion tool;
    private final int jobs;
    /** {@code build --draft}: the plans marked {@code draft: true} printed as e-office drafts. */
    private final boolean draft;
    /**
     * Read from git on its own thread while the plan folders are listed and their records read; the
     * plans' keys wait for it (pages print the commit and each plan's history).
     */
    private CompletableFuture<Provenance> provenance;
    /**
     * What the changed plans' pages are expected to print, known from the history cache without git:
     * their render starts with it instead of waiting for git, and is kept only if git's answer prints
     * the same (issue 17: one plan edited in a large corpus). Empty when the cache cannot say.
     */
    private Optional<Provenance> expected = Optional.empty();
    private Renderers renderers;
    /** Only the plans of this shard are checked and published (build --shard K/N); empty: every plan. */
    private Optional<Shard> shard = Optional.empty();
    /** {@code build --replace-signed}: see {@link SiteUpdate#replaceSigned}. */
    private boolean replaceSigned;
    /** {@code build --unpublish}: a build may take off every plan the site publishes ({@link UnpublishGuard}). */
    private boolean unpublish;
    /** {@code build --drop-old-names}: see {@link SiteUpdate#dropOldNames}. */
    private DropOldNames dropOldNames = DropOldNames.none();
    /** The plans' histories at HEAD, kept beside the site between builds: read once per HEAD (issue 17). */
    private HistoryCache history = HistoryCache.empty();
    private Map<String, String> folderDigests = Map.of();
    /** Plan folders whose files changed since the last build's record: checked while git is read. */
    private Set<String> changedFolders = Set.of();
    /** The changed plans, rendered as soon as they are checked (issue 17). */
    private RenderAhead ahead = RenderAhead.none();
    private SiteUpdate lastUpdate;
    /** The site's cache as {@link #recorded} read it, before the lock, and the plans it found whole against it. */
    private BuildCache cacheRead = BuildCache.empty();
    private Set<String> wholeRead = Set.of();
    /** The plans of a one-plan build whose records an older plandoc wrote, made again by {@link #others}. */
    private Set<String> remadeRecords = Set.of();
    /** The plans whose folder the last {@link #render} found renamed. */
    private RenamedPlans renamed = RenamedPlans.none();

    public SiteBuild(Path content, Path templates, Path out, RenderSettings settings, ToolVersion tool, int jobs) {
        this(content, templates, out, settings, tool, jobs, false);
    }

    public SiteBuild(Path content, Path templates, Path out, RenderSettings settings, ToolVersion tool, int jobs,
                     boolean draft) {
        this.draft = draft;
        this.content = content;
        this.templates = templates;
        this.out = out;
        this.settings = settings;
        this.tool = tool;
        this.jobs = Math.max(1, jobs);
    }

    /**
     * The digests of the plan folders' files, made a moment ago (the check record's inputs), by folder
     * as listed: a plan's key is then made without reading its files again.
     */
    public SiteBuild folderDigests(Map<String, String> digests) {
        this.folderDigests = Map.copyOf(digests);
        return this;
    }

    /**
     * The plan folders whose files are not those of the last build (the check record's inputs): their
     * keys cannot be the ones their records were made under, so they are checked at once, while git
     * is read on its own thread, instead of after it (issue 17: one plan edited in a large corpus).
     */
    public SiteBuild changedFolders(Set<String> folders) {
        this.changedFolders = Set.copyOf(folders);
        return this;
    }

    /** Builds only the plans of {@code shard}; see {@link Shard}. */
    public SiteBuild shard(Shard shard) {
        this.shard = Optional.of(shard);
        return this;
    }

    /** Where the site keeps the previous PDFs of re-issued documents ({@code build --reissue}). */
    public static final String REISSUED_ARCHIVE = IssuedFreeze.ARCHIVE;

    /** {@code build --reissue}: see {@link IssuedFreeze}. */
    private boolean reissue;

    /** The options that choose this build's site, as typed after a folder: see {@link #siteOptions(String)}. */
    private String siteOptions = "";

    /**
     * The options that choose the site ({@code " --out site3 --lang en"}), repeated in the {@code build --reissue}
     * command a note suggests, so that it re-issues into this site and not into another.
     */
    public SiteBuild siteOptions(String siteOptions) {
        this.siteOptions = siteOptions;
        return this;
    }

    /** plandoc as the user started it ("./plandoc"), at the head of the commands a note suggests: see {@link #launcher(String)}. */
    private String launcher = IssuedFreeze.LAUNCHER;

    /**
     * plandoc as the user started it, the wrapper's path or {@code java -jar …}, so that a command a note suggests runs
     * when pasted (s36 review L2: "build --reissue …" alone was "command not found").
     */
    public SiteBuild launcher(String launcher) {
        this.launcher = launcher;
        return this;
    }

    /** {@code build --reissue}: an issued document edited since published is re-issued, its old PDF archived. */
    public SiteBuild reissue(boolean reissue) {
        this.reissue = reissue;
        return this;
    }

    /** {@code build --replace-signed}: a signed PDF the new version changes is archived instead of refused. */
    public SiteBuild replaceSigned(boolean replace) {
        this.replaceSigned = replace;
        return this;
    }

    /** {@code build --unpublish}: confirms taking off every plan the site publishes when the content has none. */
    public SiteBuild unpublish(boolean confirmed) {
        this.unpublish = confirmed;
        return this;
    }

    /**
     * {@code build --drop-old-names}: the old file names {@code drop} names are dropped; given without a value, those
     * of the plans this build builds (of one plan folder: that plan's only).
     */
    public SiteBuild dropOldNames(DropOldNames drop) {
        this.dropOldNames = drop;
        return this;
    }

    /**
     * {@code --drop-old-names VALUE}, read before anything is rendered: each value that can name no old name of
     * this build (none the site keeps, and no current name a corrected number turns into an old one), said with the
     * old names the site keeps. A mistyped value is a mistake on the command line, so the build does not run.
     */
    public List<plandoc.diagnostic.Message> unknownDrops(List<PlanOutcome> outcomes) {
        if (dropOldNames.named().isEmpty()) {
            return List.of();
        }
        Map<String, PlanOutcome> bySlug = new HashMap<>();
        outcomes.forEach(o -> bySlug.put(o.slug(), o));
        Set<String> slugs = new java.util.TreeSet<>(bySlug.keySet());
        if (Files.isRegularFile(StateFolder.resolve(out, BuildCache.FILE))) {
            slugs.addAll(BuildCache.read(out).planSlugs());
        }
        Map<String, java.util.SortedMap<String, String>> names = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        for (String slug : slugs) {
            Optional<SiteRecord> record = SiteRecords.read(out, slug);
            if (record.isEmpty()) {
                continue;
            }
            java.util.SortedMap<String, String> candidates = new java.util.TreeMap<>(record.get().aliases());
            candidates.keySet().forEach(name -> kept.add(slug + "/" + name));
            // Renumbered now: its current names become old ones this build may drop.
            Optional<String> stem = Optional.ofNullable(bySlug.get(slug)).flatMap(PlanOutcome::resolved)
                    .map(r -> r.info().fileStem());
            if (stem.isPresent() && !stem.get().equals(record.get().info().fileStem())) {
                record.get().files().forEach(f -> candidates.put(f.name(), f.name()));
            }
            names.put(slug, candidates);
        }
        return dropOldNames.unmatched(names).stream().map(value -> kept.isEmpty()
                ? plandoc.diagnostic.Message.of("build.drop-none-kept", value)
                : plandoc.diagnostic.Message.of("build.drop-not-kept", value, String.join(", ", kept))).toList();
    }

    /**
     * The first build into a folder holding files plandoc did not write where it writes: refused before any plan is
     * read or rendered ({@link ForeignFiles#firstBuildOver}); empty when the build may go ahead.
     */
    public Optional<plandoc.render.RenderProblem> foreignOutput() throws IOException {
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        if (shard.isPresent()) {
            Optional<plandoc.render.RenderProblem> overSite = ForeignFiles.shardOverSite(out, shard.get().toString());
            if (overSite.isPresent()) {
                return overSite;
            }
        }
        List<Path> all = new PlanLoader(Path.of("")).plansIn(content);
        List<Path> folders = shard.map(s -> s.select(all)).orElse(all);
        return ForeignFiles.firstBuildOver(out, folders.stream().map(f -> f.getFileName().toString()).toList());
    }

    /**
     * A build reading other content than the site's last build that would take published plans off, move them or
     * replace their versions ({@link OtherContent}): refused once the plans are checked, before any is rendered (s26
     * tryout: the refusal came after the render, minutes on a large corpus), nothing written. Empty when the build may
     * go ahead: the content last built, a site with no record of it yet (an older plandoc's: this build writes it),
     * a shard, or {@code --unpublish}. A drafts folder is guarded too, for the drafts it would take off or move (s32
     * tryout M6: another content folder's draft build replaced them silently); a draft's version is not frozen.
     */
    public List<plandoc.render.RenderProblem> otherContent(List<PlanOutcome> outcomes) {
        if (shard.isPresent() || unpublish || !Files.isRegularFile(StateFolder.resolve(out, BuildCache.FILE))) {
            return List.of();
        }
        Optional<OtherContent> other = OtherContent.of(ContentRead.of(content), out);
        if (other.isEmpty()) {
            return List.of();
        }
        List<String> before = BuildCache.read(out).planSlugs();
        Set<String> present = new HashSet<>();
        outcomes.forEach(o -> present.add(o.slug()));
        if (PlanLoader.isPlanFolder(content)) {
            present.addAll(before); // a build of one plan folder leaves the others as published
        }
        RenamedPlans renaming = RenamedPlans.of(outcomes, out);
        List<String> leaving = before.stream().filter(slug -> !present.contains(slug)).sorted().toList();
        Set<String> formerNames = new HashSet<>();
        present.forEach(slug -> renaming.formerSlug(slug).ifPresent(formerNames::add));
        List<String> gone = leaving.stream().filter(slug -> !formerNames.contains(slug)).toList();
        Provenance now = provenance(outcomes.stream().map(PlanOutcome::folder).toList());
        Map<String, Optional<plandoc.history.SourceVersion>> versions = new HashMap<>();
        Map<String, PlainVersion> plain = new HashMap<>();
        for (PlanOutcome outcome : outcomes) {
            if (!draft && outcome.resolved().isPresent() && !outcome.withheldBy(Withholding.build(draft))) {
                versions.put(outcome.slug(), now.version(outcome.slug()));
                plain.put(outcome.slug(), PlainVersion.read(outcome.resolved().get(), outcome.folder()));
            }
        }
        // Every plan going is refused here too, naming both folders, before the new content's plans are rendered (s32
        // tryout M6: UnpublishGuard refused it only after the render, 44 s later); but when a signed PDF would go,
        // UnpublishGuard's words name the signed file and --replace-signed, which this refusal cannot.
        boolean signedGoing = !replaceSigned && gone.containsAll(before) && gone.stream().anyMatch(this::holdsSigned);
        return other.get().refusals(content.toString(), out, leaving, gone, signedGoing, renaming, present, versions, now,
                plain);
    }

    private boolean holdsSigned(String slug) {
        try {
            return !plandoc.publish.SignedFiles.in(out.resolve(slug)).isEmpty();
        } catch (IOException e) {
            return true; // unreadable: left to UnpublishGuard, which reads it again and says what it finds
        }
    }

    /** {@link #check(boolean)}, taking unchanged plans from their site records. */
    public List<PlanOutcome> check() throws IOException {
        return check(true);
    }

    /**
     * Loads, validates and computes every plan under the content folder, in folder order. One
     * {@link Generator} per thread: each keeps its own parser and computation state.
     *
     * @param reuse a plan whose input key is the one its published files and site record were made
     *              from is neither parsed nor checked: its record stands for it (issue 17)
     */
    public List<PlanOutcome> check(boolean reuse) throws IOException {
        List<Path> all = new PlanLoader(Path.of("")).plansIn(content);
        List<Path> folders = shard.map(s -> s.select(all)).orElse(all);
        renderers = null; // templates are read again for each build
        cacheRead = BuildCache.empty();
        wholeRead = Set.of();
        history = HistoryCache.read(StateFolder.resolve(out, HistoryCache.FILE));
        // Nothing published here yet, or --clean: every plan will be rendered, so each counts as changed —
        // checked first, the renderer readied meanwhile, and rendered as soon as it is checked (issue 17: a
        // cold one-plan build used to wait for records, keys and the lock first, with the renderer made after).
        boolean renderAll = !reuse || !Files.isRegularFile(StateFolder.resolve(out, BuildCache.FILE));
        List<Path> changed = renderAll ? folders
                : folders.stream().filter(f -> changedFolders.contains(f.toString())).toList();
        VersionSummaries summaries = new VersionSummaries(tool.fingerprint(), jobs);
        // Before the git thread starts: it fills the cache this reads.
        expected = new ProvenanceReader().expected(changed, history, summaries.version());
        provenance = CompletableFuture.supplyAsync(
                () -> new ProvenanceReader().read(List.of(content, templates), folders, history,
                        Optional.of(summaries)), runnable -> {
                    Thread thread = new Thread(runnable, "plandoc-git");
                    thread.setDaemon(true);
                    thread.start();
                });
        Map<Path, PlanOutcome> checked = new HashMap<>();
        if (!changed.isEmpty()) {
            prepareRenderer();
        }
        StaleDatesLater staleDates = new StaleDatesLater();
        List<PlanOutcome> changedOutcomes = resolve(changed, Optional.of(staleDates));
        for (PlanOutcome outcome : changedOutcomes) {
            checked.put(outcome.folder(), outcome);
        }
        renderAhead(changedOutcomes);
        Map<Path, PlanOutcome> recorded = reuse
                ? recorded(folders.stream().filter(f -> !checked.containsKey(f)).toList()) : Map.of();
        List<Path> toCheck = folders.stream().filter(f -> !recorded.containsKey(f) && !checked.containsKey(f)).toList();
        for (PlanOutcome outcome : resolve(toCheck, Optional.of(staleDates))) {
            checked.put(outcome.folder(), outcome);
        }
        // Before the problems are printed, after the changed plans' render has started: the logs are read by then.
        staleDates.answer(() -> provenance(folders));
        // A shard sees its own plans only: two documents with one number in two shards are found by check, not here.
        // Git tells the original of a number given twice when no record does (an empty output folder, s30 review R5).
        // A plan re-issued is a new publication: it links the site's documents as they are now.
        Predicate<PlanOutcome> reissued = reissue && !draft && shard.isEmpty()
                ? o -> o.resolved().isPresent() && IssuedSources.edited(o.resolved().get(), out) : o -> false;
        return new Generator(Path.of(""), draft).acrossPlans(
                folders.stream().map(f -> recorded.containsKey(f) ? recorded.get(f) : checked.get(f)).toList(), true,
                slug -> SiteRecords.read(out, slug), reissued);
    }

    /**
     * Makes the plan renderer (fonts, templates, PDF stylesheet: ~50 ms of a cold start), parses the page's
     * templates (~20 ms) and loads the Word and Excel schemas on a thread of its own while the changed plans are
     * checked, so that their render starts the moment they are (issue 17).
     * Nothing is lost when it fails or is not needed: a render makes it again and reports what it throws.
     */
    private void prepareRenderer() throws IOException {
        Renderers made = renderers();
        Thread thread = new Thread(() -> {
            try {
                PlanRenderer renderer = made.planRenderer();
                renderer.prepareTemplates();
                renderer.prepareOffice();
            } catch (plandoc.render.RenderException | RuntimeException e) {
                // reported by the render that needs it
            }
        }, "plandoc-renderer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts rendering the changed plans that will be published (no errors, not withheld drafts) while
     * the rest of the build reads records, makes keys and plans the update: a few only (at most one
     * per job), as each is held in memory until it is staged. {@link #render} stages them.
     */
    private void renderAhead(List<PlanOutcome> outcomes) throws IOException {
        ahead = RenderAhead.none();
        List<PlanOutcome> publishable = outcomes.stream()
                .filter(o -> o.resolved().isPresent() && !o.withheldBy(Withholding.build(draft))).toList();
        if (publishable.isEmpty() || publishable.size() > jobs || "off".equals(System.getenv("PLANDOC_RENDER_AHEAD"))) {
            return;
        }
        Renderers made = renderers();
        List<Path> folders = List.of();
        ahead = new RenderAhead();
        for (PlanOutcome outcome : publishable) {
            ahead.start(outcome.resolved().get(), made::planRenderer,
                    () -> expected.orElseGet(() -> provenance(folders)));
        }
    }

    /**
     * The plans whose key is the one the site holds them under, each with its record: the page
     * footer's commit and history are part of the key, so the keys wait for git — the cache, the
     * templates and the records are read first, while git is read on its own thread (issue 17).
     */
    private Map<Path, PlanOutcome> recorded(List<Path> folders) throws IOException {
        Map<Path, PlanOutcome> recorded = new HashMap<>();
        if (!Files.isDirectory(out)) {
            return recorded;
        }
        BuildCache cache = BuildCache.read(out);
        Set<String> whole = new HashSet<>();
        String base = PlanKeys.baseKey(tool, renderers());
        Map<Path, SiteRecord> candidates = new LinkedHashMap<>();
        for (Path folder : folders) {
            String slug = folder.getFileName().toString();
            Optional<BuildCache.PlanEntry> entry = cache.plan(slug);
            if (entry.isEmpty() || !BuildCache.present(out.resolve(slug), entry.get().files())) {
                continue;
            }
            whole.add(slug);
            if (reissue && !draft && entry.get().unprinted().isPresent()) {
                continue; // an edit held back (IssuedFreeze.KeepPublished): --reissue checks it, to say or publish it
            }
            String published = entry.get().key();
            SiteRecords.read(out, slug).filter(r -> r.key().equals(published) && r.folder().equals(folder.toString()))
                    .filter(SiteBuild::timeless).ifPresent(r -> candidates.put(folder, r));
        }
        cacheRead = cache;
        wholeRead = whole;
        Provenance now = provenance(folders);
        Map<Path, String> shared = new HashMap<>();
        for (Map.Entry<Path, SiteRecord> candidate : candidates.entrySet()) {
            Path folder = candidate.getKey();
            String slug = folder.getFileName().toString();
            String digest = folderDigests.get(folder.toString());
            String key = PlanKeys.withOtherDocuments(digest == null ? PlanKeys.planKey(base, shared, now, slug, folder)
                    : PlanKeys.planKey(base, shared, now, slug, folder, digest), candidate.getValue().info());
            if (key.equals(candidate.getValue().key())) {
                recorded.put(folder, PlanOutcome.recorded(folder, candidate.getValue()));
            }
        }
        return recorded;
    }

    /**
     * Whether what the record says of its plan holds on any day: an issue date after "today" is a
     * warning only until that day comes, so such a plan is checked again rather than replayed.
     */
    private static boolean timeless(SiteRecord record) {
        return record.problems().stream().noneMatch(p -> DATED_CHECKS.contains(p.message().key()));
    }

    /** The checks whose verdict depends on the day they are made ({@code validate.CheckDate}). */
    private static final Set<String> DATED_CHECKS = Set.of("warning.issue-date-future", "document.issue-date-future",
            "warning.issue-date-stale");

    private Renderers renderers() throws IOException {
        if (renderers == null) {
            renderers = new Renderers(templates, settings);
        }
        return renderers;
    }

    private Generator generator(Optional<StaleDatesLater> staleDates) {
        Generator generator = new Generator(Path.of(""), draft);
        return staleDates.map(generator::staleDatesLater).orElse(generator);
    }

    private List<PlanOutcome> resolve(List<Path> folders) throws IOException {
        return resolve(folders, Optional.empty());
    }

    /** @param staleDates answers the issue-date check's git question after the provenance; empty: git is asked now */
    private List<PlanOutcome> resolve(List<Path> folders, Optional<StaleDatesLater> staleDates) throws IOException {
        if (jobs == 1 || folders.size() < 2) {
            Generator generator = generator(staleDates);
            return folders.stream().map(generator::resolve).toList();
        }
        ThreadLocal<Generator> generators = ThreadLocal.withInitial(() -> generator(staleDates));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, folders.size()), runnable -> {
            Thread thread = new Thread(runnable, "plandoc-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<PlanOutcome>> futures = new ArrayList<>();
            for (Path folder : folders) {
                futures.add(pool.submit(() -> generators.get().resolve(folder)));
            }
            List<PlanOutcome> outcomes = new ArrayList<>();
            for (Future<PlanOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking", e);
        } catch (ExecutionException e) {
            // A fault of plandoc itself on a sound plan (Generator rethrows those): surface it as such.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Renders the plans without errors into the site and publishes them, with the provenance read
     * from git during {@link #check()} (nothing outside a repository). A plan with errors keeps the
     * version the site shows (read back from the sources it was published from). The caller holds
     * the site's lock.
     */
    public BuildReport render(List<PlanOutcome> outcomes, boolean clean, BuildProgress progress)
            throws IOException {
        renderers();
        ContentRead contentRead = ContentRead.of(content);
        SiteUpdate site = new SiteUpdate(renderers, tool, jobs).guardForeign().renderedAhead(ahead).readBefore(cacheRead, wholeRead)
                .replaceSigned(replaceSigned).settings(SeparateAppendices.bytes(settings.separateAppendices()))
                .dropOldNames(dropOldNames.within(outcomes.stream().map(PlanOutcome::slug)
                        .collect(java.util.stream.Collectors.toSet())));
        lastUpdate = site;
        // A shard names its secret plans, so that the merge takes them out of the site as a build does.
        Map<String, String> secret = new java.util.TreeMap<>();
        outcomes.forEach(o -> o.secrecyAsWritten().ifPresent(level -> secret.put(o.slug(), level)));
        shard.ifPresent(s -> site.shard(s, secret));
        List<PlanOutcome> all = new ArrayList<>(outcomes);
        remadeRecords = Set.of();
        all.addAll(others(outcomes));
        site.remade(remadeRecords);
        // A shard's output holds its own plans only: a plan of another shard is not one that left.
        renamed = shard.isPresent() ? RenamedPlans.none() : RenamedPlans.of(all, out);
        site.renamed(renamed);
        // A shard's output is not the portal: the merge into the site is guarded. Nor is site-draft/, whose drafts
        // all leave it once issued: only its signed files are.
        site.unpublishing(shard.isPresent() ? UnpublishGuard.off() : UnpublishGuard.of(replaceSigned, unpublish || draft)
                .reading(content.toString(), all.stream().map(PlanOutcome::slug).collect(java.util.stream.Collectors.toSet())));
        // Only the portal's site freezes its issued documents: not a shard's output (its merge copies folders), nor
        // site-draft/.
        site.freeze(shard.isPresent() || draft ? IssuedFreeze.off()
                : IssuedFreeze.of(reissue, PlanLoader.isPlanFolder(content), launcher, siteOptions));
        // A shard's output records it too: the merge checks the content its shards read against the site's (s27).
        site.contentRead(contentRead);
        BuildReport report = new Generator(Path.of(""), draft).publish(all, site, out,
                provenance(outcomes.stream().map(PlanOutcome::folder).toList()), clean, progress);
        if (history.changed() && java.nio.file.Files.isDirectory(out)) {
            // Bookkeeping beside the site, like the check record: not part of what is published.
            new plandoc.render.AtomicFileWriter().write(StateFolder.resolve(out, HistoryCache.FILE), history.bytes());
        }
        return report;
    }

    /**
     * A build of one plan folder ({@code build content/PLAN}) prints that plan only: every other plan the
     * output holds stays as published, its site record standing for it (the index, search data and agency
     * view are made from the records of all of them). Empty for a build of the whole content folder. A record an
     * older plandoc wrote is made again from the plan's published sources ({@link OlderRecords}), nothing rendered;
     * one that cannot be stays, and the build says so ({@link BuildReport#older}).
     */
    private List<PlanOutcome> others(List<PlanOutcome> outcomes) throws IOException {
        if (!PlanLoader.isPlanFolder(content) || !Files.isRegularFile(StateFolder.resolve(out, BuildCache.FILE))) {
            return List.of();
        }
        Set<String> built = new HashSet<>();
        outcomes.forEach(o -> built.add(o.slug()));
        BuildCache cache = BuildCache.read(out);
        List<SiteRecord> records = new ArrayList<>();
        for (String slug : cache.planSlugs()) {
            if (built.contains(slug)) {
                continue;
            }
            String key = cache.plan(slug).map(BuildCache.PlanEntry::key).orElse("");
            SiteRecords.read(out, slug).filter(r -> r.key().equals(key)).ifPresent(records::add);
        }
        // An older plandoc's records made again from their plans' published sources, checked on the pool.
        Map<Path, SiteRecord> older = new LinkedHashMap<>();
        records.stream().filter(r -> !r.current())
                .forEach(r -> OlderRecords.sources(out, r).ifPresent(folder -> older.put(folder, r)));
        Map<String, SiteRecord> remade = new HashMap<>();
        for (PlanOutcome published : resolve(List.copyOf(older.keySet()))) {
            SiteRecord old = older.get(published.folder());
            OlderRecords.remade(old, published).ifPresent(r -> remade.put(old.slug(), r));
        }
        remadeRecords = Set.copyOf(remade.keySet());
        return records.stream().map(r -> remade.getOrDefault(r.slug(), r))
                .map(r -> PlanOutcome.recorded(Path.of(r.folder()), r)).toList();
    }

    /**
     * {@code build --merge}: the shards' plans copied into the site and the site pages assembled from
     * their records, with the provenance of the content as it is here. The caller holds the lock.
     */
    public BuildReport merge(List<ShardOutputs.Output> shards, BuildProgress progress) throws IOException {
        Provenance now = new ProvenanceReader().read(List.of(content, templates), List.of());
        // The content the shards read (docs/ci.md: one checkout, one commit): their commit, in this job's own checkout
        // (a runner's checkout path is not the merge host's: s27 re-read M3); checked against the site's last as a
        // build checks it, and recorded.
        ContentRead here = ContentRead.of(content);
        ContentRead read = shards.stream().map(s -> ContentRead.last(s.dir())).flatMap(Optional::stream).findFirst()
                .map(shardsRead -> shardsRead.inCheckout(here)).orElse(here);
        Map<String, PlainVersion> plain = new HashMap<>();
        for (ShardOutputs.Output part : shards) {
            for (String slug : part.plans()) {
                PlainVersion.published(part.dir(), slug, SiteRecords.read(part.dir(), slug).flatMap(r -> r.info().date()))
                        .ifPresent(v -> plain.put(slug, v));
            }
        }
        lastUpdate = new SiteUpdate(renderers(), tool, jobs).guardForeign().replaceSigned(replaceSigned)
                .contentRead(read)
                .unpublishing(UnpublishGuard.of(replaceSigned, unpublish).content(read, plain))
                .freeze(draft ? IssuedFreeze.off() : IssuedFreeze.of(reissue, false, launcher, siteOptions))
                .secret(shards.stream().flatMap(s -> s.secret().keySet().stream()).collect(java.util.stream.Collectors.toSet()));
        // A plan whose PDF the site keeps signed: its page made again from its published sources, its folder's history
        // read as a build reads it for its page.
        SignedPages signedPages = new SignedPages(renderers(), folders -> new ProvenanceReader().read(
                List.of(content, templates), folders, HistoryCache.read(StateFolder.resolve(out, HistoryCache.FILE)),
                Optional.of(new VersionSummaries(tool.fingerprint(), jobs))),
                folder -> new Generator(Path.of(""), draft).resolve(folder).resolved());
        return new SiteMerge(lastUpdate.settings(SeparateAppendices.bytes(settings.separateAppendices())), signedPages)
                .merge(shards, now, out, draft, progress);
    }

    /** When the version the site still shows of a plan was written: its published sources' date. */
    public java.util.Optional<java.nio.file.attribute.FileTime> lastGoodTime(String slug) {
        return new PublishedVersion(out).editedAt(slug);
    }

    /** The sources of a plan kept at its published version that were edited since that version. */
    public List<PublishedVersion.EditedSource> editedSince(String slug) {
        // A build of one plan folder: the other plans' folders are beside it, under the content root (s30 review R4).
        Path root = PlanLoader.isPlanFolder(content) ? Optional.ofNullable(content.getParent()).orElse(Path.of(""))
                : content;
        Path folder = PlanLoader.isPlanFolder(content) && content.toAbsolutePath().normalize().getFileName().toString()
                .equals(slug) ? content : root.resolve(slug);
        return new PublishedVersion(out).editedSince(slug, folder);
    }

    /** The signed PDFs the last build put back from the archive, by plan: what the build says of them. */
    public Map<String, List<ArchivedSigned.Restored>> signedRestored() {
        return lastUpdate == null ? Map.of() : lastUpdate.archived().restored();
    }

    /** The plans whose folder the last {@link #render} found renamed: what the build says of them. */
    public RenamedPlans renamed() {
        return renamed;
    }

    /**
     * The files the last build found in a plan's folder it replaced that no build wrote, set aside in the state folder
     * ({@link ForeignFiles}): where each was in the site → where it is now.
     */
    public Map<String, String> setAside() {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        if (lastUpdate != null) {
            lastUpdate.foreign().setAside().forEach(f -> files.put(f.file(), f.now()));
        }
        return files;
    }

    /** The old folders of renamed plans the last {@link #render} kept, moved or took out (s23 tryout M3). */
    public MovedFolders movedFolders() {
        return lastUpdate == null ? MovedFolders.none() : lastUpdate.moved();
    }

    /** Whether the changed plans' provenance was known before git was read: for tests. */
    boolean provenanceExpected() {
        return expected.isPresent();
    }

    /** How many plans the last {@link #render} staged as rendered ahead of it: for tests. */
    int plansRenderedAhead() {
        return ahead.taken();
    }

    /** The site-wide files the last {@link #render} published as made while the plans rendered, by path: for tests. */
    Set<String> sitePagesMadeAhead() {
        return lastUpdate == null ? Set.of() : lastUpdate.sitePagesMadeAhead();
    }

    /** The fonts the last {@link #render} printed its PDFs with; empty when it rendered none. */
    public Optional<PdfFonts> fonts() {
        return renderers == null ? Optional.empty() : renderers.loadedFonts();
    }

    /** Pages print the commit they were built from and each plan's history. */
    private Provenance provenance(List<Path> folders) {
        if (provenance == null) {
            return new ProvenanceReader().read(List.of(content, templates), folders, history,
                    Optional.of(new VersionSummaries(tool.fingerprint(), jobs)));
        }
        try {
            return provenance.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Provenance.NONE;
        } catch (java.util.concurrent.ExecutionException e) {
            // ProvenanceReader turns a repository it cannot read into NONE; anything else is a defect.
            throw new IllegalStateException(e.getCause());
        }
    }
}
