package plandoc.build;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import plandoc.history.Provenance;
import plandoc.render.AgencyPages;
import plandoc.render.AtomicFileWriter;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.render.RenderedPlan;
import plandoc.render.html.IndexEntry;
import plandoc.render.html.IndexPage;
import plandoc.render.html.SourceView;
import plandoc.render.pdf.PdfFonts;
import plandoc.history.Commit;
import plandoc.render.html.PlanLinks;
import plandoc.render.portal.PlanSummaries;
import plandoc.render.portal.PortalFiles;
import plandoc.resolved.AgencyPage;
import plandoc.resolved.ResolvedPlan;
import plandoc.schema.PlanSchema;

/**
 * Brings a site up to date with its plans, rendering only what changed. Writes the same files as
 * {@code SiteBuilder} (a test holds the two byte for byte), plus {@code schema/plan.schema.json} and
 * the cache {@code .plandoc-cache.json}.
 *
 * <p>A plan is rendered again when its key — the digest of its folder's files, the templates folder,
 * plandoc's own code and the render settings — differs from the one its published files were made
 * from, or when one of those files is missing or has another size. Plans render on a bounded pool:
 * each is independent, and a plan is written only once all of it rendered. The index is written
 * again when the list of published plans or any of their keys changed; the assets when the
 * templates or plandoc changed.
 */
public final class SiteUpdate {
    static final String INDEX_TEMPLATE = "index.ftlh";
    static final String INDEX = "index.html";
    static final String ASSETS = "assets";
    static final String AGENCIES = "agencies";

    private final Renderers renderers;
    private final ToolVersion tool;
    private final int jobs;
    private final AtomicFileWriter writer;
    private final PlanPublisher publisher;

    public SiteUpdate(Renderers renderers, ToolVersion tool, int jobs, AtomicFileWriter writer) {
        this.renderers = renderers;
        this.tool = tool;
        this.jobs = Math.max(1, jobs);
        this.writer = writer;
        this.publisher = new PlanPublisher(writer);
    }

    public SiteUpdate(Renderers renderers, ToolVersion tool, int jobs) {
        this(renderers, tool, jobs, new AtomicFileWriter());
    }

    /**
     * Renders what {@code plans} need into {@code outDir}. Never throws for a bad plan or template:
     * see {@link BuildReport#problems()}.
     *
     * @param agencies the agency view gathered from {@code plans} (empty: no agency view)
     * @param clean    ignore what earlier builds published and render everything
     */
    public BuildReport update(List<PlanSource> plans, List<AgencyPage> agencies, Path outDir, boolean clean,
                              BuildProgress progress) throws IOException {
        return update(plans, agencies, Provenance.NONE, outDir, clean, progress);
    }

    /**
     * As {@link #update(List, List, Path, boolean, BuildProgress)}, pages and PDFs carrying
     * {@code provenance}: the commit and each plan's history are part of the plans' and the index's keys.
     */
    public BuildReport update(List<PlanSource> plans, List<AgencyPage> agencies, Provenance provenance, Path outDir,
                              boolean clean, BuildProgress progress) throws IOException {
        BuildCache cache = clean ? BuildCache.empty() : BuildCache.read(outDir);
        String base = new Digest().add(tool.fingerprint()).add(renderers.templatesKey())
                .add(String.valueOf(renderers.settings())).hex();
        List<RenderProblem> problems = new ArrayList<>();
        List<Path> written = new ArrayList<>();

        Map<String, Planned> planned = plan(plans, provenance, outDir, base, cache, problems);
        // Assets first, as SiteBuilder does: a page that appears can already find its stylesheet.
        boolean changed = copyAssets(outDir, base, cache, written, problems);
        List<Planned> toRender = planned.values().stream().filter(p -> !p.fresh()).toList();
        progress.started(toRender.size(), planned.size() - toRender.size());
        planned.values().stream().filter(Planned::fresh).forEach(p -> progress.unchanged(p.slug()));

        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        if (!toRender.isEmpty()) {
            changed = true;
            PlanRenderer renderer = null;
            try {
                renderer = renderers.planRenderer();
            } catch (RenderException e) {
                problems.add(e.toProblem());
            }
            if (renderer != null) {
                outcomes = render(toRender, renderer, provenance, outDir, cache, progress);
            }
        }
        progress.finished();

        List<String> rendered = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<IndexEntry> entries = new ArrayList<>();
        List<Published> summaries = new ArrayList<>();
        List<String> published = new ArrayList<>();
        SourceView siteSource = SourceView.of(provenance);
        Digest indexKey = new Digest().add(base).add(siteSource.toString());
        for (Planned p : planned.values()) {
            Optional<BuildCache.PlanEntry> entry;
            if (p.fresh()) {
                unchanged.add(p.slug());
                entry = cache.plan(p.slug());
            } else {
                Outcome outcome = outcomes.get(p.slug());
                if (outcome == null) {
                    continue; // the renderer itself could not be made; reported above
                }
                written.addAll(outcome.written());
                outcome.problem().ifPresent(problems::add);
                entry = outcome.entry();
                entry.ifPresent(e -> {
                    cache.putPlan(p.slug(), e);
                    rendered.add(p.slug());
                });
            }
            if (entry.isPresent()) {
                entries.add(new IndexEntry(p.source().plan().info(), entry.get().links()));
                summaries.add(new Published(p.source().plan(), entry.get().links(), provenance.history(p.slug())));
                published.add(p.slug());
                indexKey.add(p.slug()).add(p.key());
            }
        }

        Optional<Boolean> agencyView = writeAgencies(agencies, planned.values(), base, outDir, cache, written, problems);
        changed |= agencyView.isPresent();
        boolean linkAgencies = agencyView.orElseGet(() -> !agencies.isEmpty() && cache.site(AGENCIES).isPresent());
        indexKey.add(Boolean.toString(linkAgencies));
        changed |= writeIndex(entries, () -> new PortalFiles().write(summaries.stream()
                        .map(s -> PlanSummaries.of(s.plan(), s.links(), s.history())).toList(),
                        linkAgencies ? AgencyPages.PATH : "", renderers.settings().siteUrl()),
                linkAgencies, siteSource, indexKey.hex(), outDir, cache, written, problems);
        writeSchema(outDir, written);
        if (changed || clean) {
            cache.write(outDir, writer);
        }
        return new BuildReport(written, problems, rendered, unchanged, published);
    }

    /** One plan of this build: its key and whether its published files already match it. */
    private record Planned(PlanSource source, String key, boolean fresh) {
        String slug() {
            return source.slug();
        }
    }

    /** A published plan, for the site-wide files (search data, feed, sitemap). */
    private record Published(ResolvedPlan plan, PlanLinks links, List<Commit> history) {
    }

    /** What rendering one plan gave: files written, the cache entry when it succeeded, or its problem. */
    private record Outcome(List<Path> written, Optional<BuildCache.PlanEntry> entry, Optional<RenderProblem> problem) {
    }

    private Map<String, Planned> plan(List<PlanSource> plans, Provenance provenance, Path outDir, String base,
                                      BuildCache cache,
                                      List<RenderProblem> problems) throws IOException {
        Map<String, Planned> planned = new LinkedHashMap<>();
        Map<Path, String> shared = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        for (PlanSource source : plans) {
            String slug = source.slug();
            if (!slugs.add(slug)) {
                problems.add(new RenderProblem(RenderProblem.Kind.CONTENT, "",
                        "hai văn bản cùng thư mục \"" + slug + "\"; văn bản sau bị bỏ qua", slug));
                continue;
            }
            Path contentDir = source.folder().toAbsolutePath().normalize().getParent();
            String sharedKey = shared.computeIfAbsent(contentDir, SiteUpdate::sharedInputs);
            // The page's footer prints the commit and the plan's history: they are inputs too.
            String key = new Digest().add(base).add(sharedKey).add(SourceView.of(provenance, slug).toString())
                    .addTree(source.folder()).hex();
            Optional<BuildCache.PlanEntry> entry = cache.plan(slug);
            boolean fresh = entry.isPresent() && entry.get().key().equals(key)
                    && present(outDir.resolve(slug), entry.get().files());
            planned.put(slug, new Planned(source, key, fresh));
        }
        return planned;
    }

    /**
     * Files beside the plan folders (the agency register, content/agencies.yaml) feed every plan's
     * check and pages, so they are part of every plan's key.
     */
    private static String sharedInputs(Path contentDir) {
        Digest digest = new Digest();
        if (contentDir == null) {
            return digest.hex();
        }
        try (java.util.stream.Stream<Path> files = Files.list(contentDir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !Digest.isScratch(f)).sorted().toList()) {
                digest.add(file.getFileName().toString()).addFile(file);
            }
        } catch (IOException e) {
            digest.add("unreadable " + System.nanoTime());
        }
        return digest.hex();
    }

    /** Whether every recorded file is still there with the size it was written with. */
    private static boolean present(Path dir, List<BuildCache.OutputFile> files) {
        for (BuildCache.OutputFile file : files) {
            try {
                if (Files.size(dir.resolve(file.name())) != file.size()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return !files.isEmpty();
    }

    private Map<String, Outcome> render(List<Planned> toRender, PlanRenderer renderer, Provenance provenance,
                                        Path outDir, BuildCache cache, BuildProgress progress) {
        Map<String, Future<Outcome>> futures = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, toRender.size()), runnable -> {
            Thread thread = new Thread(runnable, "plandoc-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Planned p : toRender) {
                List<BuildCache.OutputFile> previous = cache.plan(p.slug()).map(BuildCache.PlanEntry::files)
                        .orElse(List.of());
                futures.put(p.slug(), pool.submit(() -> renderOne(p, renderer, provenance, outDir, previous,
                        progress)));
            }
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Outcome>> f : futures.entrySet()) {
                outcomes.put(f.getKey(), await(f.getKey(), f.getValue()));
            }
            return outcomes;
        } finally {
            // On interruption (a preview server stopping) the plans being printed finish, but nothing
            // is written after it: see renderOne. Wait for them, so no file appears after we return.
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

    private static Outcome await(String slug, Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(new RenderProblem(RenderProblem.Kind.INTERNAL, "", "bị dừng giữa chừng", slug));
        } catch (ExecutionException e) {
            return failed(new RenderProblem(RenderProblem.Kind.INTERNAL, "",
                    "lỗi không lường trước: " + e.getCause(), slug));
        }
    }

    private static Outcome failed(RenderProblem problem) {
        return new Outcome(List.of(), Optional.empty(), Optional.of(problem));
    }

    private Outcome renderOne(Planned p, PlanRenderer renderer, Provenance provenance, Path outDir,
                              List<BuildCache.OutputFile> previous, BuildProgress progress) {
        String slug = p.slug();
        long start = System.nanoTime();
        progress.planStarted(slug);
        List<Path> written = new ArrayList<>();
        Outcome outcome;
        try {
            RenderedPlan rendered = renderer.render(p.source().plan(), provenance);
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("stopped before writing " + slug);
            }
            List<BuildCache.OutputFile> files = publisher.publish(rendered, outDir.resolve(rendered.slug()), previous,
                    written);
            outcome = new Outcome(written, Optional.of(new BuildCache.PlanEntry(p.key(), files, rendered.siteLinks())),
                    Optional.empty());
        } catch (RenderException e) {
            outcome = new Outcome(written, Optional.empty(), Optional.of(e.toProblem()));
        } catch (IOException e) {
            outcome = new Outcome(written, Optional.empty(), Optional.of(new RenderProblem(RenderProblem.Kind.IO,
                    outDir.resolve(slug).toString(), "không ghi được: " + e, slug)));
        } catch (RuntimeException e) {
            outcome = new Outcome(written, Optional.empty(), Optional.of(new RenderProblem(RenderProblem.Kind.INTERNAL,
                    "", "lỗi không lường trước: " + e, slug)));
        }
        progress.planFinished(slug, (System.nanoTime() - start) / 1_000_000, outcome.entry().isPresent());
        return outcome;
    }

    /** The templates' assets as they are and the bundled web fonts, when the templates or plandoc changed. */
    private boolean copyAssets(Path outDir, String base, BuildCache cache, List<Path> written,
                               List<RenderProblem> problems) {
        Path source = renderers.templatesDir().resolve(ASSETS);
        Path target = outDir.resolve(ASSETS);
        Optional<BuildCache.SiteEntry> entry = cache.site(ASSETS);
        if (entry.isPresent() && entry.get().key().equals(base) && present(outDir, entry.get().files())) {
            return false;
        }
        List<BuildCache.OutputFile> files = new ArrayList<>();
        try {
            if (Files.isDirectory(source)) {
                for (Path file : Digest.files(source)) {
                    Path destination = target.resolve(source.relativize(file).toString());
                    writer.copy(file, destination);
                    written.add(destination);
                    files.add(new BuildCache.OutputFile(outDir.relativize(destination).toString(), Files.size(destination)));
                }
            }
            // Always the bundled OFL fonts: an office's licensed Times New Roman must not be published.
            for (PdfFonts.WebFont font : PdfFonts.webFonts()) {
                Path destination = target.resolve("fonts").resolve(font.fileName());
                writer.write(destination, font.data());
                written.add(destination);
                files.add(new BuildCache.OutputFile(outDir.relativize(destination).toString(), font.data().length));
            }
            cache.putSite(ASSETS, new BuildCache.SiteEntry(base, files));
        } catch (IOException e) {
            problems.add(new RenderProblem(RenderProblem.Kind.IO, target.toString(), "không chép được tài nguyên: " + e, ""));
        }
        return true;
    }

    /**
     * The agency view, {@code co-quan/index.html}, gathered from every plan: written again when any plan's
     * key changed. Returns empty when nothing was written, else whether the page now exists.
     */
    private Optional<Boolean> writeAgencies(List<AgencyPage> agencies, java.util.Collection<Planned> planned, String base,
                                            Path outDir, BuildCache cache, List<Path> written,
                                            List<RenderProblem> problems) {
        if (agencies.isEmpty()) {
            return Optional.empty();
        }
        Digest digest = new Digest().add(base);
        planned.forEach(p -> digest.add(p.slug()).add(p.key()));
        String key = digest.hex();
        Optional<BuildCache.SiteEntry> entry = cache.site(AGENCIES);
        if (entry.isPresent() && entry.get().key().equals(key) && present(outDir, entry.get().files())) {
            return Optional.empty();
        }
        try {
            Path page = new AgencyPages(writer).write(agencies, renderers.templatesDir(), outDir);
            written.add(page);
            cache.putSite(AGENCIES, new BuildCache.SiteEntry(key,
                    List.of(new BuildCache.OutputFile(AgencyPages.PATH, Files.size(page)))));
            return Optional.of(true);
        } catch (RenderException e) {
            problems.add(e.toProblem());
            cache.removeSite(AGENCIES);
            return Optional.of(false);
        } catch (IOException e) {
            problems.add(new RenderProblem(RenderProblem.Kind.IO, outDir.resolve(AgencyPages.PATH).toString(),
                    "không ghi được: " + e, ""));
            cache.removeSite(AGENCIES);
            return Optional.of(false);
        }
    }

    /** The index and, from the same plans, the site-wide files beside it (search data, feed, sitemap). */
    private boolean writeIndex(List<IndexEntry> entries, Supplier<Map<String, byte[]>> portal, boolean agencyView,
                               SourceView source, String key, Path outDir,
                               BuildCache cache, List<Path> written, List<RenderProblem> problems) {
        Optional<BuildCache.SiteEntry> entry = cache.site(INDEX);
        if (entry.isPresent() && entry.get().key().equals(key) && present(outDir, entry.get().files())) {
            return false;
        }
        Path target = outDir.resolve(INDEX);
        try {
            String html = renderers.indexTemplates().render(INDEX_TEMPLATE, new IndexPage(entries, ASSETS + "/",
                    agencyView ? AgencyPages.PATH : "", source), "");
            byte[] bytes = Normalizer.normalize(html, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
            List<BuildCache.OutputFile> files = new ArrayList<>();
            // The index's scripts read the search data: it goes first.
            for (Map.Entry<String, byte[]> file : portal.get().entrySet()) {
                Path path = outDir.resolve(file.getKey());
                writer.write(path, file.getValue());
                written.add(path);
                files.add(new BuildCache.OutputFile(file.getKey(), file.getValue().length));
            }
            writer.write(target, bytes);
            written.add(target);
            files.add(new BuildCache.OutputFile(INDEX, bytes.length));
            cache.putSite(INDEX, new BuildCache.SiteEntry(key, files));
        } catch (RenderException e) {
            problems.add(e.toProblem());
        } catch (IOException e) {
            problems.add(new RenderProblem(RenderProblem.Kind.IO, target.toString(), "không ghi được: " + e, ""));
        }
        return true;
    }

    /** The editor schema, rewritten only when plandoc's description of the format changed. */
    private void writeSchema(Path outDir, List<Path> written) throws IOException {
        Path target = outDir.resolve(PlanSchema.SITE_PATH);
        byte[] bytes = new PlanSchema().bytes();
        if (!Files.isRegularFile(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
            writer.write(target, bytes);
            written.add(target);
        }
    }
}
