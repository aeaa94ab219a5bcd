package plandoc.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent staging writes run at the same time, waited for together. Each {@link SiteFiles} write
 * forces its file to disk before it returns; one after another, a plan's ten files waited for ten commits
 * of the file system's journal (3–20 ms each on the build machine's disk, after the render, where every
 * millisecond is one of the build's: issue 17). Forced at the same time, the file system commits them
 * together. The threads mostly wait on the disk, so they cost no CPU worth counting.
 *
 * <p>Nothing changes in what is durable when: every operation still forces its own file, and the caller
 * (a {@link Transaction} staging) returns only once all of them have ended — so the journal, written
 * after the staging, still comes after every staged byte is on disk.
 */
final class ConcurrentWrites {
    /** Idle threads end after a minute; a build uses them a few times within a second. */
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "plandoc-write");
        thread.setDaemon(true);
        return thread;
    });

    private ConcurrentWrites() {
    }

    /** One file operation of a staging. */
    interface Operation {
        void run() throws IOException;
    }

    /**
     * Runs every operation (the first on the calling thread) and returns once all have ended; then throws
     * the first failure seen, if any.
     */
    static void runAll(List<Operation> operations) throws IOException {
        if (operations.size() < 2) {
            for (Operation operation : operations) {
                operation.run();
            }
            return;
        }
        List<Future<?>> others = new ArrayList<>();
        for (Operation operation : operations.subList(1, operations.size())) {
            others.add(WRITERS.submit(() -> {
                operation.run();
                return null;
            }));
        }
        Throwable failure = null;
        try {
            operations.get(0).run();
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Future<?> other : others) {
            // Wait for every write, even when interrupted or failed: none may still be running once the
            // caller drops or commits the transaction.
            while (true) {
                try {
                    other.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw rethrown(failure);
        }
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }
}
