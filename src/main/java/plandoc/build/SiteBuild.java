package plandoc.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import plandoc.Generator;
import plandoc.history.Provenance;
import plandoc.history.ProvenanceReader;
import plandoc.load.PlanLoader;
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
    /** {@code build --draft}: every plan printed as an e-office draft. */
    private final boolean draft;
    /** Read from git while the plans are checked: neither needs the other, and both take a while. */
    private CompletableFuture<Provenance> provenance;
    private Renderers renderers;

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
     * Loads, validates and computes every plan under the content folder, in folder order. One
     * {@link Generator} per thread: each keeps its own parser and computation state.
     */
    public List<Generator.PlanOutcome> check() throws IOException {
        List<Path> folders = PlanLoader.isPlanFolder(content) ? List.of(content)
                : new PlanLoader(Path.of("")).planFolders(content);
        provenance = CompletableFuture.supplyAsync(
                () -> new ProvenanceReader().read(List.of(content, templates), folders), runnable -> {
                    Thread thread = new Thread(runnable, "plandoc-git");
                    thread.setDaemon(true);
                    thread.start();
                });
        if (jobs == 1 || folders.size() < 2) {
            Generator generator = new Generator(Path.of(""), draft);
            return folders.stream().map(generator::resolve).toList();
        }
        ThreadLocal<Generator> generators = ThreadLocal.withInitial(() -> new Generator(Path.of(""), draft));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, folders.size()), runnable -> {
            Thread thread = new Thread(runnable, "plandoc-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Generator.PlanOutcome>> futures = new ArrayList<>();
            for (Path folder : folders) {
                futures.add(pool.submit(() -> generators.get().resolve(folder)));
            }
            List<Generator.PlanOutcome> outcomes = new ArrayList<>();
            for (Future<Generator.PlanOutcome> future : futures) {
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
    public BuildReport render(List<Generator.PlanOutcome> outcomes, boolean clean, BuildProgress progress)
            throws IOException {
        renderers = new Renderers(templates, settings);
        SiteUpdate site = new SiteUpdate(renderers, tool, jobs);
        return new Generator(Path.of(""), draft).publish(outcomes, site, out,
                provenance(outcomes.stream().map(Generator.PlanOutcome::folder).toList()), clean, progress);
    }

    /** When the version the site still shows of a plan was written: its published sources' date. */
    public java.util.Optional<java.nio.file.attribute.FileTime> lastGoodTime(String slug) {
        return new PublishedVersion(out).editedAt(slug);
    }

    /** The fonts the last {@link #render} printed its PDFs with; empty when it rendered none. */
    public Optional<PdfFonts> fonts() {
        return renderers == null ? Optional.empty() : renderers.loadedFonts();
    }

    /** Pages print the commit they were built from and each plan's history. */
    private Provenance provenance(List<Path> folders) {
        if (provenance == null) {
            return new ProvenanceReader().read(List.of(content, templates), folders);
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
