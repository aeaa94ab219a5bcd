package plandoc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One whole-process run: wall time from start to exit, CPU time (user + system, all threads, of the process and of
 * every process under it), and peak resident memory of the process, read from the kernel ({@code /proc/<pid>/stat}
 * and the high-water mark {@code VmHWM} in {@code /proc/<pid>/status}) while the process runs, every 20 ms. CPU time
 * says what a run costs even when other processes share the cores and stretch its wall time. The processes under it
 * count because Chromium prints in several (its renderers, forked by its zygote, are never reaped into the browser's
 * own figures): the browser's own CPU was about half of the print's (s29-cold).
 */
record ChildRun(long millis, long cpuMillis, long peakRssKb, int exit, Path log) {
    /** The kernel's clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    static ChildRun start(List<String> command, Path directory, Path log) throws IOException, InterruptedException {
        return start(command, directory, log, java.util.Map.of());
    }

    /** As {@link #start(List, Path, Path)}, with {@code env} added to this process's environment. */
    static ChildRun start(List<String> command, Path directory, Path log, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
        long peak = 0;
        java.util.Map<Long, Long> ticks = new java.util.HashMap<>();
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMark(status));
            ticks.merge(process.pid(), cpuTicks(stat), Math::max);
            process.descendants().forEach(child -> ticks.merge(child.pid(),
                    cpuTicks(Path.of("/proc", Long.toString(child.pid()), "stat")), Math::max));
            Thread.sleep(20);
        }
        long cpu = ticks.values().stream().mapToLong(Long::longValue).sum();
        int exit = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ChildRun(millis, cpu * 1000 / TICKS_PER_SECOND, peak, exit, log);
    }

    /** utime + stime, the 14th and 15th fields, counted after the command name in parentheses. */
    private static long cpuTicks(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process just ended
        }
        return 0;
    }
}
