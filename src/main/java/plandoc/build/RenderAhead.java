package plandoc.build;

import java.io.InterruptedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import plandoc.history.Provenance;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.RenderedPlan;
import plandoc.resolved.ResolvedPlan;

/**
 * The plans a build found changed, rendered in memory as soon as they are checked (issue 17: one plan
 * edited in a large corpus). Their Word and Excel files start at once; their page and PDF as soon as git
 * has been read, since the page footer prints the plan's commit and history. Meanwhile the build reads
 * the other plans' records, makes their keys, takes the site's lock and plans the update, which used to
 * come first. {@link SiteUpdate} then stages what was rendered here instead of rendering the plan again
 * — only for the very same resolved plan and the very same provenance, so the files are those it would
 * have made; anything else (a plan not rendered after all, another provenance) is rendered as before.
 * A page may start before git has been read, with the provenance git is expected to give
 * ({@link plandoc.history.ProvenanceReader#expected}): kept only when git's answer prints the same.
 */
final class RenderAhead {
    private final Map<ResolvedPlan, Started> started = new IdentityHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();

    /** One plan's render: its result, the provenance it printed, and when it began. */
    private record Started(FutureTask<RenderedPlan> rendered, AtomicReference<Provenance> provenance, long nanos) {
    }

    /** None: every plan is rendered where the update renders it. */
    static RenderAhead none() {
        return new RenderAhead();
    }

    /**
     * Starts rendering {@code plan} on a thread of its own with the renderer {@code renderer} gives
     * (made on that thread when it is not yet: fonts and templates off the caller's path); {@code
     * provenance} is asked for only when the page is rendered, and may wait for git.
     */
    synchronized void start(ResolvedPlan plan, RendererSource renderer, Supplier<Provenance> provenance) {
        AtomicReference<Provenance> used = new AtomicReference<>();
        Callable<RenderedPlan> work = () -> renderer.get().render(plan, () -> {
            Provenance p = provenance.get();
            used.set(p);
            return p;
        });
        FutureTask<RenderedPlan> task = new FutureTask<>(work);
        Thread thread = new Thread(task, "plandoc-render");
        thread.setDaemon(true);
        started.put(plan, new Started(task, used, System.nanoTime()));
        thread.start();
    }

    /**
     * Takes {@code rendered}, made with {@code printed} before this build began, as a render started here that
     * has finished: the update stages it (once) instead of rendering the plan again, under the same conditions as
     * one {@link #start} made — the very same resolved plan and a provenance that prints alike.
     */
    synchronized void finished(ResolvedPlan plan, RenderedPlan rendered, Provenance printed) {
        FutureTask<RenderedPlan> task = new FutureTask<>(() -> rendered);
        task.run();
        started.put(plan, new Started(task, new AtomicReference<>(printed), System.nanoTime()));
    }

    /** When the render of {@code plan} began, if it was started here. */
    synchronized Optional<Long> startedAt(ResolvedPlan plan) {
        return Optional.ofNullable(started.get(plan)).map(Started::nanos);
    }

    /**
     * The plan as rendered here with {@code provenance}, waiting for it; empty when it was not started
     * here or printed another provenance — it may have been rendered with the one git was expected to
     * give — (then it is rendered by the caller). What the render threw is
     * thrown as it would have been by {@link PlanRenderer#render}.
     */
    Optional<RenderedPlan> take(ResolvedPlan plan, Provenance provenance) throws RenderException, InterruptedIOException {
        Started s;
        synchronized (this) {
            s = started.remove(plan);
        }
        if (s == null) {
            return Optional.empty();
        }
        RenderedPlan rendered;
        try {
            rendered = s.rendered().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while " + plan.info().slug() + " was rendered");
        } catch (ExecutionException e) {
            if (!printedAlike(s, plan, provenance)) {
                return Optional.empty();
            }
            throw RenderException.rethrown(e);
        }
        if (!printedAlike(s, plan, provenance)) {
            return Optional.empty();
        }
        taken.incrementAndGet();
        return Optional.of(rendered);
    }

    /** Whether the render printed what {@code provenance} prints for the plan (nothing, when it stopped before). */
    private static boolean printedAlike(Started s, ResolvedPlan plan, Provenance provenance) {
        Provenance used = s.provenance().get();
        return used != null && (used == provenance || used.printsAlike(provenance, plan.info().slug()));
    }

    /** How many plans were taken from here: for tests. */
    int taken() {
        return taken.get();
    }

    /** Gives the plan renderer, making it on first use. */
    interface RendererSource {
        PlanRenderer get() throws RenderException;
    }
}
