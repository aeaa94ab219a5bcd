package plandoc.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.build.BuildProgress;
import plandoc.build.BuildReport;
import plandoc.build.Renderers;
import plandoc.build.SiteUpdate;
import plandoc.compute.ChosenWidths;
import plandoc.diagnostic.Messages;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Problems;
import plandoc.history.Provenance;
import plandoc.history.ProvenanceReader;
import plandoc.load.PlanLoader;
import plandoc.render.AgencyPages;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.resolved.ResolvedPlan;

/**
 * Keeps the preview up to date, on two lanes so an officer's edit shows at once:
 * <ul>
 *   <li>the <b>page lane</b> checks the changed plan and renders its page in memory (tens of
 *   milliseconds with a warm JVM), then tells the open pages to reload;</li>
 *   <li>the <b>site lane</b> then brings the preview's own folder ({@link PreviewFolder}, never the
 *   published {@code site/}) up to date with {@link SiteUpdate} — the PDF, data files, index and agency
 *   view — which takes seconds for a long plan. Requests for those files wait for it, so a download never
 *   comes from before the edit. Its first update starts from the published site's files, so only what
 *   the sources changed since the last build is rendered.</li>
 * </ul>
 * One {@link Renderers} serves both lanes for the server's whole life: templates, fonts and the
 * JIT stay warm. Nothing here throws for a bad edit; every problem ends up in the page's overlay.
 */
final class PreviewBuilder implements AutoCloseable {
    private final Path content;
    private final Path templates;
    /** The published site: read once, at the first site update, and never written. */
    private final Path site;
    private final PreviewFolder preview;
    private final Path out;
    private final Renderers renderers;
    private final SiteUpdate siteUpdate;
    private final PreviewState state;
    private final Messages messages;
    private final Consumer<String> log;
    private final Runnable onChange;
    /** The page lane's: it checks the same plans on every save, so it keeps the tables' widths across them. */
    private final Generator generator = new Generator(Path.of("")).keeping(new ChosenWidths());
    private final Map<String, PlanEntry> plans = new LinkedHashMap<>();
    private final PreviewLinks links = new PreviewLinks();
    private final Set<String> draftsSaid = new java.util.HashSet<>();
    /** The secret plans said to be previewed only, with the level said. */
    private final Map<String, String> secretSaid = new java.util.HashMap<>();
    private final ExecutorService pageLane = lane("plandoc-pages");
    private final ExecutorService siteLane = lane("plandoc-site");
    private final Object siteSettled = new Object();
    private int sitePending;
    private boolean seeded;
    private volatile long lastPageMillis;
    private volatile long lastPageCpuMillis;
    /** Bytes the page lane allocated in the last page update: the young generation's room the next one needs. */
    private volatile long lastPageBytes;

    /**
     * The latest outcome of one plan folder: its resolved plan when it has no errors, else its errors.
     *
     * @param resolved as its site page shows it: with the other plans it links ({@link PreviewLinks})
     * @param problems what the check reported, kept in the plan's site record when the site is updated
     * @param checked  the plan as its own check left it, before the links
     * @param checkProblems the check's problems, before the links'
     * @param across   the plan as the links see it
     */
    private record PlanEntry(Path folder, Optional<ResolvedPlan> resolved, List<PreviewState.Issue> errors,
                             List<Problem> problems, Optional<ResolvedPlan> checked, List<Problem> checkProblems,
                             PreviewLinks.Plan across) {
        PlanEntry(Path folder, List<PreviewState.Issue> errors) {
            this(folder, Optional.empty(), errors, List.of(), Optional.empty(), List.of(),
                    new PreviewLinks.Plan(folder.getFileName().toString(), Optional.empty(), plandoc.model.Amending.NONE,
                            Optional.empty()));
        }
    }

    /**
     * @param log      where progress lines and problems are printed (the console)
     * @param onChange called after the state changed, to tell the open pages
     */
    PreviewBuilder(Path content, Path site, PreviewFolder preview, Renderers renderers, SiteUpdate siteUpdate,
                   PreviewState state, Messages messages, Consumer<String> log, Runnable onChange) {
        this.content = content;
        this.templates = renderers.templatesDir();
        this.site = site;
        this.preview = preview;
        this.out = preview.path();
        this.renderers = renderers;
        this.siteUpdate = siteUpdate;
        this.state = state;
        this.messages = messages;
        this.log = log;
        this.onChange = onChange;
    }

    /** Reads every plan and renders its page, then starts bringing the site up to date. */
    void start() throws InterruptedException {
        submitPages(new Changes(Set.of(), true, false));
        awaitPages();
    }

    /** Applies a burst of changes (page lane, then site lane). */
    void apply(Changes changes) {
        submitPages(changes);
    }

    /** Milliseconds the last page update took (check and render), for benchmarks. */
    long lastPageMillis() {
        return lastPageMillis;
    }

    /** CPU milliseconds of the page lane's thread in the last page update: on a busy machine, steadier than its time. */
    long lastPageCpuMillis() {
        return lastPageCpuMillis;
    }

    /** Bytes allocated on the page lane's thread in the last page update, for tests and benchmarks. */
    long lastPageBytes() {
        return lastPageBytes;
    }

    /** Waits until the page lane has done everything submitted so far. */
    void awaitPages() throws InterruptedException {
        try {
            pageLane.submit(() -> { }).get(5, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("page lane stalled", e);
        }
    }

    /** Waits (at most {@code millis}) until the site lane has written everything asked of it. */
    boolean awaitSite(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (siteSettled) {
            while (sitePending > 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                siteSettled.wait(left);
            }
        }
        return true;
    }

    private void submitPages(Changes changes) {
        synchronized (siteSettled) {
            sitePending++;
        }
        pageLane.submit(() -> {
            try {
                updatePages(changes);
            } catch (IOException e) {
                log.accept(messages.text("serve.io", String.valueOf(e.getMessage())));
            } catch (RuntimeException e) {
                log.accept(messages.text("serve.internal", Defect.describe(e)));
            } finally {
                onChange.run();
                siteLane.submit(this::updateSite);
            }
        });
    }

    private void updatePages(Changes changes) throws IOException {
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long bytesStart = allocatedBytes();
        boolean templates = changes.templates() && renderers.refresh();
        // A file beside the plan folders changed: it may be province.yaml, whose portal name heads every page
        // and whose history: setting says whether pages list their versions.
        List<String> provinceKeys = changes.everyPlan() ? renderers.useProvince(
                new PlanLoader(Path.of("")).provinceOf(content, new Problems())) : List.of();
        boolean portal = !provinceKeys.isEmpty();
        List<String> toRead = new ArrayList<>();
        if (changes.everyPlan()) {
            List<String> folders = new PlanLoader(Path.of("")).planFolders(content).stream()
                    .map(p -> p.getFileName().toString()).toList();
            for (String gone : List.copyOf(plans.keySet())) {
                if (!folders.contains(gone)) {
                    forget(gone);
                }
            }
            toRead.addAll(folders);
        } else {
            for (String slug : changes.plans()) {
                Path folder = content.resolve(slug);
                if (slug.startsWith(".") || slug.startsWith("_")) {
                    continue; // drafts are not published, so not previewed either
                }
                if (PlanLoader.isPlanFolder(folder)) {
                    toRead.add(slug);
                } else {
                    forget(slug);
                }
            }
        }
        for (String slug : toRead) {
            read(slug);
        }
        // Another plan's page may name the plans read (amends:, hieu-luc.yaml): rendered again when what it says moved.
        Set<String> relinked = link();
        if (templates) {
            log.accept(messages.text("serve.templates-changed"));
        } else if (portal) {
            log.accept(messages.text("serve.portal-changed", String.join(", ", provinceKeys.stream().map(k -> k + ":").toList())));
        }
        // A template or portal change shows on every page, so every page is rendered again.
        List<String> toRender = new ArrayList<>();
        Set<String> toShow = new java.util.LinkedHashSet<>(toRead);
        toShow.addAll(relinked);
        for (String slug : templates || portal ? List.copyOf(plans.keySet()) : List.copyOf(toShow)) {
            if (renderPage(slug)) {
                toRender.add(slug);
            }
        }
        if (!toRender.isEmpty()) {
            lastPageMillis = (System.nanoTime() - start) / 1_000_000;
            lastPageCpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            lastPageBytes = allocatedBytes() - bytesStart;
            if (toRender.size() == 1) {
                log.accept(messages.text("serve.page-updated", toRender.get(0), lastPageMillis));
            } else {
                log.accept(messages.text("serve.pages-updated", toRender.size(), lastPageMillis));
            }
        }
    }

    private void forget(String slug) {
        links.forget(slug);
        if (plans.remove(slug) != null) {
            state.remove(slug);
        }
    }

    private void read(String slug) {
        Path folder = content.resolve(slug);
        PlanOutcome outcome;
        try {
            outcome = generator.resolve(folder);
        } catch (RuntimeException e) {
            // A fault of plandoc on an unusual edit: shown like a problem, and the server goes on.
            List<PreviewState.Issue> errors = List.of(new PreviewState.Issue(
                    folder.resolve(PlanLoader.PLAN_FILE).toString(), messages.text("serve.internal", String.valueOf(e))));
            log.accept(messages.text("serve.internal", Defect.describe(e)));
            plans.put(slug, new PlanEntry(folder, errors));
            state.put(new PreviewState.PlanView(slug, currentPage(slug), errors));
            return;
        }
        for (Problem p : outcome.problems().sorted()) {
            log.accept(messages.format(p));
        }
        // Said once per plan that is (or becomes) a draft: previewed here, never written into the published site.
        if (!outcome.draft()) {
            draftsSaid.remove(slug);
        } else if (draftsSaid.add(slug)) {
            log.accept(messages.text("serve.draft-preview", slug, site));
        }
        // The same for a secret plan, which no build publishes; said again when its level changes.
        Optional<String> level = outcome.secrecyAsWritten();
        if (level.isEmpty()) {
            secretSaid.remove(slug);
        } else if (!level.get().equals(secretSaid.put(slug, level.get()))) {
            log.accept(messages.text("serve.secret-preview", slug, level.get(), site));
        }
        List<PreviewState.Issue> errors = outcome.problems().sorted().stream().filter(Problem::isError)
                .map(p -> new PreviewState.Issue(p.at().toString(), messages.format(p.message()))).toList();
        PreviewLinks.Plan across = new PreviewLinks.Plan(slug, outcome.resolved().map(ResolvedPlan::info),
                outcome.plan().map(p -> p.document().amending()).orElse(plandoc.model.Amending.NONE),
                links.note(slug, folder));
        plans.put(slug, new PlanEntry(folder, outcome.resolved(), errors, outcome.problems().sorted(), outcome.resolved(),
                outcome.problems().sorted(), across));
        if (outcome.resolved().isEmpty()) {
            // Keep the last good page under the overlay: the officer still sees where the edit was.
            state.put(new PreviewState.PlanView(slug, currentPage(slug), errors));
        }
    }

    /**
     * Attaches to every plan what the others say of it, as {@code build} does; returns the plans whose page says
     * something else now. Their links' errors are shown as their own; a plan with such an error keeps its last page.
     */
    private Set<String> link() {
        PreviewLinks.Found found = links.of(plans.values().stream().map(PlanEntry::across).toList());
        // Every document of the preview but drafts may be cited: the preview shows what build would publish.
        List<plandoc.resolved.DocumentInfo> site = plans.values().stream().flatMap(p -> p.checked().stream())
                .map(ResolvedPlan::info).filter(i -> !i.draft()).toList();
        Set<String> moved = new java.util.HashSet<>();
        for (Map.Entry<String, PlanEntry> e : plans.entrySet()) {
            String slug = e.getKey();
            PlanEntry entry = e.getValue();
            List<Problem> more = found.problems(slug);
            List<Problem> problems = new ArrayList<>(entry.checkProblems());
            problems.addAll(more);
            Optional<ResolvedPlan> resolved = more.stream().anyMatch(Problem::isError) ? Optional.empty()
                    : entry.checked().map(r -> plandoc.compute.CitationLinks.of(r.withRelated(found.related(slug))
                            .withStanding(found.standing(slug)), new plandoc.compute.CitedDocuments(site.stream()
                            .filter(i -> !i.slug().equals(slug)).toList())));
            boolean same = problems.equals(entry.problems()) && resolved.map(ResolvedPlan::cited)
                    .equals(entry.resolved().map(ResolvedPlan::cited)) && resolved.map(r -> r.info().related())
                    .equals(entry.resolved().map(r -> r.info().related())) && resolved.map(r -> r.info().standing())
                    .equals(entry.resolved().map(r -> r.info().standing())) && resolved.isPresent() == entry.resolved().isPresent();
            if (same) {
                continue;
            }
            more.stream().filter(p -> !entry.problems().contains(p)).forEach(p -> log.accept(messages.format(p)));
            List<PreviewState.Issue> errors = problems.stream().sorted(Problem.ORDER).filter(Problem::isError)
                    .map(p -> new PreviewState.Issue(p.at().toString(), messages.format(p.message()))).toList();
            e.setValue(new PlanEntry(entry.folder(), resolved, errors, problems, entry.checked(), entry.checkProblems(),
                    entry.across()));
            if (resolved.isEmpty()) {
                state.put(new PreviewState.PlanView(slug, currentPage(slug), errors));
            }
            moved.add(slug);
        }
        return moved;
    }

    /** Renders a plan's page into the state; returns whether the plan could be rendered at all. */
    private boolean renderPage(String slug) {
        PlanEntry entry = plans.get(slug);
        if (entry == null || entry.resolved().isEmpty()) {
            return false;
        }
        List<PreviewState.Issue> errors = new ArrayList<>(entry.errors());
        Optional<byte[]> page = currentPage(slug);
        try {
            page = Optional.of(renderers.planRenderer().renderPage(entry.resolved().get(), writtenSizes(entry.resolved().get()))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (RenderException e) {
            RenderProblem p = e.toProblem();
            log.accept(p.format(messages, messages.text("severity.error")));
            errors.add(new PreviewState.Issue(p.location(), messages.format(p.message())));
        } catch (RuntimeException e) {
            errors.add(new PreviewState.Issue("", messages.text("serve.internal", String.valueOf(e))));
            log.accept(messages.text("serve.internal", Defect.describe(e)));
        }
        state.put(new PreviewState.PlanView(slug, page, errors));
        return true;
    }

    /**
     * The sizes in bytes of the plan's files in the preview's folder, by name: the files its downloads fetch now, so
     * the page gives their sizes as the published page does (F8). None before the site lane first writes them; the
     * page is rendered again once it has ({@link #updateSite}).
     */
    private Map<String, Long> writtenSizes(ResolvedPlan plan) {
        Map<String, Long> sizes = new HashMap<>();
        try (java.util.stream.Stream<Path> files = Files.list(out.resolve(plan.info().slug()))) {
            for (Path file : files.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    sizes.put(file.getFileName().toString(), attributes.size());
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Map.of(); // not written yet, or being replaced: no sizes until the site lane has written it
        }
        return sizes;
    }

    private Optional<byte[]> currentPage(String slug) {
        return state.plan(slug).flatMap(PreviewState.PlanView::page);
    }

    /** Brings the preview folder up to date with every plan that has no errors; coalesces requests made meanwhile. */
    private void updateSite() {
        try {
            int pending;
            synchronized (siteSettled) {
                pending = sitePending;
            }
            if (pending == 0) {
                return;
            }
            boolean seeding = !seeded;
            if (seeding) {
                seeded = true;
                seed();
            }
            List<PlanOutcome> outcomes = pageLaneSnapshot().stream()
                    .map(p -> new PlanOutcome(p.folder(), problems(p.problems()), p.plan()))
                    .toList();
            // The same provenance as `plandoc build` reads, so the files written here are the ones it would
            // write, and the published site's files taken at the start are those of the plans still unchanged.
            Provenance provenance = new ProvenanceReader().read(List.of(content, templates),
                    outcomes.stream().map(PlanOutcome::folder).toList());
            // A plan with errors keeps the version the preview shows, as with `plandoc build`. A draft is
            // previewed with its files (its PDF link works), in the preview's folder only.
            BuildReport report = Generator.preview(Path.of("")).publish(outcomes, siteUpdate, out, provenance, false,
                    BuildProgress.SILENT);
            List<PreviewState.Issue> errors = new ArrayList<>();
            for (RenderProblem p : report.problems()) {
                log.accept(p.format(messages, messages.text(p.isNote() ? "severity.note" : "severity.error")));
                errors.add(new PreviewState.Issue(p.location(), p.format(messages).substring(
                        p.location().isEmpty() ? 0 : p.location().length() + 2), p.isNote()));
            }
            state.siteErrors(errors);
            // The pages give their downloads' sizes as written here: every page once the folder is seeded, then
            // those whose files were written again (a page that comes out the same does not reload).
            resizePages(seeding ? null : report.rendered());
            if (report.pagesChanged().contains("index.html")) {
                state.touched(PreviewState.INDEX);
            }
            if (report.pagesChanged().contains(AgencyPages.PATH)) {
                state.touched(AGENCY_PAGE);
            }
            if (!report.rendered().isEmpty()) {
                log.accept(messages.text("serve.site-updated", String.join(", ", report.rendered())));
            }
            synchronized (siteSettled) {
                sitePending -= pending;
                siteSettled.notifyAll();
            }
        } catch (RuntimeException e) {
            log.accept(messages.text("serve.internal", Defect.describe(e)));
            synchronized (siteSettled) {
                sitePending = 0;
                siteSettled.notifyAll();
            }
        } finally {
            onChange.run();
        }
    }

    /**
     * Starts the preview from the published site's files (the site's lock held meanwhile, so never half a build).
     * A seed that fails half-way is emptied: the preview then renders every plan, slower but right.
     */
    private void seed() {
        try {
            preview.seed(site, () -> log.accept(messages.text("serve.waiting-for-build", site)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.accept(messages.text("serve.io", String.valueOf(e.getMessage())));
            try {
                preview.clear();
            } catch (IOException again) {
                log.accept(messages.text("serve.io", String.valueOf(again.getMessage())));
            }
        }
    }

    /** The agency view's page key. */
    static final String AGENCY_PAGE = "co-quan";

    private record PreviewPlan(Path folder, Optional<ResolvedPlan> plan, List<Problem> problems) {
    }

    /** The check's problems again, so the site records serve writes are the ones build would write. */
    private static plandoc.diagnostic.Problems problems(List<Problem> list) {
        plandoc.diagnostic.Problems problems = new plandoc.diagnostic.Problems();
        list.forEach(problems::add);
        return problems;
    }

    /**
     * Renders again, on the page lane, the pages of {@code slugs} (every plan's when null) for their files' sizes. Not
     * waited for: the site lane goes on while the page lane may be reading every plan after an edit.
     */
    private void resizePages(List<String> slugs) {
        pageLane.submit(() -> {
            for (String slug : slugs == null ? List.copyOf(plans.keySet()) : slugs) {
                renderPage(slug);
            }
            onChange.run();
        });
    }

    /** Bytes this thread has allocated so far, where the JVM counts them (HotSpot); else 0. */
    private static long allocatedBytes() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                ? threads.getCurrentThreadAllocatedBytes() : 0;
    }

    /** The plans without errors, read on the page lane so the map is never read while it changes. */
    private List<PreviewPlan> pageLaneSnapshot() {
        try {
            return pageLane.submit(() -> plans.values().stream()
                    .map(e -> new PreviewPlan(e.folder(), e.resolved(), e.problems()))
                    .toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ExecutorService lane(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops both lanes and waits for them (a PDF being printed finishes, but nothing more is written). */
    @Override
    public void close() {
        pageLane.shutdownNow();
        siteLane.shutdownNow();
        try {
            pageLane.awaitTermination(30, TimeUnit.SECONDS);
            siteLane.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
