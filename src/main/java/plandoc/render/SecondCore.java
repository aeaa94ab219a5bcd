package plandoc.render;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a writer that does not need the PDF on a thread of its own while the PDF prints. A one-plan
 * build renders on one thread and leaves the second core idle; in a fresh JVM the DOCX and XLSX (POI's
 * classes loaded, its code compiled) cost about as much as the PDF itself (issue 17,
 * docs/benchmarks.md). The bytes written do not depend on the thread.
 */
final class SecondCore {

    /** Daemon threads, kept for a minute between plans (a corpus build, the preview server). */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "plandoc-office");
        thread.setDaemon(true);
        return thread;
    });

    private SecondCore() {
    }

    /** A writer's work, started now. */
    interface Work<T> {
        T run() throws RenderException;
    }

    static <T> Future<T> start(Work<T> work) {
        Callable<T> task = work::run;
        return THREADS.submit(task);
    }

    /**
     * The work's result, or what it threw. Waits even when interrupted (the work takes a fraction of a
     * second), then keeps the interrupt for the caller, as if the work had run on the caller's thread.
     */
    static <T> T result(Future<T> future) throws RenderException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw RenderException.rethrown(e);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
