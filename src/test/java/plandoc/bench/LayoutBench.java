package plandoc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import plandoc.TestFiles;

/**
 * The flagship (4086) build of this tree against a baseline tree (issue 11: layout from font metrics,
 * column parts, heading case must not cost more than 10 %). Whole process, as an officer runs it:
 * {@code ./plandoc build --clean -j 1} of a content folder holding only the plan, in each tree with its own
 * copy of the plan (a baseline may not read this tree's keys), class-data archive off in both. Each round
 * runs both, the order alternated; the figure to compare is CPU time (user + system), which other
 * processes on the machine stretch far less than wall time. From the project folder, after
 * {@code mvn package}, with the baseline built once, e.g. from main:
 * <pre>
 * mkdir -p /tmp/main-base &amp;&amp; git -C /work/main archive HEAD | tar -x -C /tmp/main-base \
 *   &amp;&amp; (cd /tmp/main-base &amp;&amp; mvn -q -B -o -DskipTests package)
 * java -cp 'target/test-classes:target/plandoc.jar:target/lib/*' plandoc.bench.LayoutBench --baseline /tmp/main-base [--runs 7]
 * </pre>
 * Work files go to {@code target/bench/layout/}.
 */
public final class LayoutBench {
    private static final String PLAN = "ha-tinh-4086-2012";

    public static void main(String[] args) throws Exception {
        int runs = 7;
        Path baseline = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--baseline" -> baseline = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (baseline == null || !Files.isRegularFile(baseline.resolve("target/plandoc.jar"))) {
            throw new IllegalArgumentException("--baseline DIR: a plandoc tree with target/plandoc.jar built");
        }
        Path project = Path.of("").toAbsolutePath();
        Path work = project.resolve("target/bench/layout");
        Tree current = Tree.prepare("this", project, work);
        Tree base = Tree.prepare("baseline", baseline, work);
        System.out.println(Machine.describe());
        List<Long> mine = new ArrayList<>();
        List<Long> theirs = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        // One untimed run each: the file cache and the JIT's first compilations are not what is compared.
        current.build(work, -1);
        base.build(work, -1);
        for (int r = 0; r < runs; r++) {
            long a;
            long b;
            if (r % 2 == 0) {
                a = current.build(work, r);
                b = base.build(work, r);
            } else {
                b = base.build(work, r);
                a = current.build(work, r);
            }
            mine.add(a);
            theirs.add(b);
            ratios.add((double) a / b);
            System.out.printf(Locale.ROOT, "round %d: this %d ms CPU, baseline %d ms CPU, ratio %.3f%n", r + 1, a, b, (double) a / b);
        }
        System.out.printf(Locale.ROOT, "| 4086 build, whole process, CPU (user+sys) | this %d ms | baseline %d ms | "
                        + "ratio of medians %.3f | median of round ratios %.3f | %d rounds |%n",
                median(mine), median(theirs), (double) median(mine) / median(theirs), medianOf(ratios), runs);
    }

    /** A plandoc tree and a content folder holding only the flagship plan, copied from that tree. */
    private record Tree(String name, Path root, Path content) {
        static Tree prepare(String name, Path root, Path work) throws IOException {
            Path content = TestFiles.freshFolder(work.resolve(name).resolve("content"));
            Files.copy(root.resolve("content/agencies.yaml"), content.resolve("agencies.yaml"));
            TestFiles.copyTree(root.resolve("content").resolve(PLAN), content.resolve(PLAN));
            return new Tree(name, root, content);
        }

        long build(Path work, int round) throws IOException, InterruptedException {
            Path out = work.resolve(name).resolve("site");
            ChildRun run = ChildRun.start(List.of(root.resolve("plandoc").toString(), "build", "--clean", "-q", "-j", "1",
                    "--content", content.toString(), "--out", out.toString()), root,
                    work.resolve(name).resolve("build-" + round + ".log"), Map.of("PLANDOC_CDS", "off"));
            if (run.exit() != 0) {
                throw new IllegalStateException(name + " build failed, see " + run.log());
            }
            return run.cpuMillis();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
