package plandoc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Child builds halted at successive file operations ({@code PLANDOC_TEST_HALT_AFTER}, exit 137), each on its own copy of
 * a site: independent cold JVMs, so two run side by side (the test machines have two cores, and a child mostly waits
 * on its own start-up) while the calling thread checks each finished one in the order of the points.
 */
public final class HaltedBuilds {
    /** The exit code of a build stopped by {@code PLANDOC_TEST_HALT_AFTER}. */
    public static final int HALTED = 137;
    /** Processor time a child build of a test's small site never needs (about 3 s on the CI machine). */
    private static final Duration CPU = Duration.ofMinutes(2);
    private static final Duration WALL = Duration.ofMinutes(15);

    /** Starts the child build halted after operation {@code haltAfter}, its output in a folder of its own. */
    @FunctionalInterface
    public interface Start {
        Process start(int haltAfter) throws Exception;
    }

    /** Checks the child halted after {@code haltAfter}, which exited with {@code exit}. */
    @FunctionalInterface
    public interface Check {
        void check(int haltAfter, int exit) throws Exception;
    }

    private HaltedBuilds() {
    }

    /**
     * Runs the child of each point, two at a time, and checks each on this thread in order, up to and including the
     * first that was not halted (its update took fewer operations than that point: every later point would get
     * through too, so none is started).
     */
    public static void eachInOrder(List<Integer> haltPoints, Start start, Check check) throws Exception {
        ExecutorService children = Executors.newFixedThreadPool(2);
        AtomicBoolean gotThrough = new AtomicBoolean();
        try {
            List<Future<Optional<Integer>>> exits = new ArrayList<>();
            for (int haltAfter : haltPoints) {
                exits.add(children.submit(() -> exit(start, haltAfter, gotThrough)));
            }
            for (int i = 0; i < haltPoints.size(); i++) {
                int exit = exits.get(i).get().orElseThrow();
                check.check(haltPoints.get(i), exit);
                if (exit != HALTED) {
                    break;
                }
            }
        } finally {
            gotThrough.set(true); // a failed check: start no further child
            children.shutdown();
            children.awaitTermination(WALL.toMinutes(), TimeUnit.MINUTES); // each child's own wait is bounded below
        }
    }

    private static Optional<Integer> exit(Start start, int haltAfter, AtomicBoolean gotThrough) throws Exception {
        if (gotThrough.get()) {
            return Optional.empty();
        }
        Process process = start.start(haltAfter);
        if (!finished(process)) {
            process.destroyForcibly();
            throw new AssertionError("the build halted after operation " + haltAfter + " did not finish");
        }
        if (process.exitValue() != HALTED) {
            gotThrough.set(true);
        }
        return Optional.of(process.exitValue());
    }

    /**
     * Whether the child finished before it had used {@link #CPU} of processor time (a build that hangs or loops), or,
     * as the last guard, {@link #WALL}: bounded by its progress, not the clock, since on a machine shared with other
     * work a child may wait minutes for a core (s36: three minutes of wall were not enough at a load average of 60).
     */
    private static boolean finished(Process process) throws InterruptedException {
        long deadline = System.nanoTime() + WALL.toNanos();
        while (!process.waitFor(1, TimeUnit.SECONDS)) {
            boolean spent = process.info().totalCpuDuration().map(used -> used.compareTo(CPU) > 0).orElse(false);
            if (spent || System.nanoTime() > deadline) {
                return false;
            }
        }
        return true;
    }
}
