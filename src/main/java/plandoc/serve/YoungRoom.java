package plandoc.serve;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Optional;

/**
 * Room in the young generation for the next save, made while the server is idle (issue 17; docs/benchmarks.md,
 * "Session 34: serve"). A save's check and page allocate ~18 MB on the page lane; when eden has less free than
 * twice what the last save took, the young collection that the next save would set off — a pause the officer
 * waits through — is set off now instead, by allocating the rest of eden in short-lived arrays. Not
 * {@code System.gc()}: with serve's SerialGC that is a full collection of the whole heap.
 */
final class YoungRoom {
    private static final int CHUNK = 1 << 20;
    /** Holds the last chunk so the JIT cannot drop the allocations as unused. */
    @SuppressWarnings("unused")
    private static volatile byte[] sink;

    private final Optional<MemoryPoolMXBean> eden;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

    YoungRoom() {
        this.eden = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().endsWith("Eden Space") && p.isValid())
                .findFirst();
    }

    /**
     * Collects the young generation now when less than {@code 2 × needed} bytes of eden are free; returns whether it
     * did. Costs zeroing at most that much memory, on pages eden has already touched.
     */
    boolean make(long needed) {
        if (eden.isEmpty() || needed <= 0) {
            return false;
        }
        MemoryUsage usage = eden.get().getUsage();
        long free = usage.getCommitted() - usage.getUsed();
        if (free >= 2 * needed) {
            return false;
        }
        long collections = collections();
        // At most what is free and two chunks more: a collector that grows eden instead stops the loop there.
        for (long left = free + 2L * CHUNK; left > 0 && collections() == collections; left -= CHUNK) {
            sink = new byte[CHUNK];
        }
        sink = null;
        return collections() != collections;
    }

    private long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }
}
