package plandoc.render.pdf;

/**
 * The heap between a long document's layout and its painting (issue 17). The serial collector empties
 * its old generation only when the heap's committed size is full, and a layout promotes much garbage
 * there (its intermediate boxes and lines); painting then pushes the old generation the rest of the way,
 * to the heap's whole initial size (1/64 of the machine's RAM). When more than half of the heap is in use
 * once the pages are laid out, one full collection before painting keeps the painting in the space the
 * garbage held: the 4,000-item plan's peak RSS 536 → 466 MB for ~0.4 s of collecting (docs/benchmarks.md,
 * "s28-cold"). A plan of a few hundred rows never fills half the heap, nor 128 MB of it on a machine with
 * little RAM (a small initial heap is half full sooner), and is not collected.
 */
final class LaidOutHeap {
    /** Less than this in use: a collection's pause is not worth it (the 23-page flagship uses far less). */
    private static final long FLOOR = 128L << 20;

    private LaidOutHeap() {
    }

    static void collectIfFilling() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        if (used > FLOOR && used > runtime.totalMemory() / 2) {
            System.gc();
        }
    }
}
