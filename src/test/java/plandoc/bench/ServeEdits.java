package plandoc.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderSettings;
import plandoc.serve.PreviewServer;

/**
 * The serve benchmark's child process ({@link Bench}'s serve rows): started with the java, flags and AOT cache the
 * {@code ./plandoc} wrapper chooses for {@code serve}, it runs a {@link PreviewServer} on a 15-page plan, saves the
 * plan again and again, and prints one line per measured save:
 * <pre>save N page MS cpu MS wait MS blocked MS gc MS gcs N jit MS edit-page MS edit-pdf MS</pre>
 * {@code cpu} and {@code wait} are the page lane's time on a core and runnable but waiting for one (the thread's
 * {@code /proc/self/task/TID/schedstat}); {@code blocked} is the rest of the page's wall (parked, in a safepoint or
 * a GC pause, sleeping on I/O); {@code gc} and {@code gcs} the collections' time and count from the save to the new
 * page, {@code jit} the JIT's compile time in that window. The new page is noticed as a browser does: from the
 * server's event stream, not by polling (s33: the bench's 2 ms polling ran on the server's HTTP threads).
 * Usage: {@code ServeEdits TEMPLATES WORK WARMUPS RUNS [--poll]}; {@code --poll} asks for the page every 2 ms
 * instead, as the bench did before session 34, to weigh what that polling cost the lane.
 */
public final class ServeEdits {
    private static final Pattern PAGE_VERSION = Pattern.compile("data-version=\"(\\d+)\"");
    private static final Pattern PLAN_VERSION = Pattern.compile("\"ke-hoach-15-trang\":(\\d+)");

    private ServeEdits() {
    }

    public static void main(String[] args) throws Exception {
        Path templates = Path.of(args[0]);
        Path root = Path.of(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        boolean poll = args.length > 4 && args[4].equals("--poll");
        Path content = root.resolve("content");
        new SyntheticPlan(1, 85, 16).writeTo(content.resolve("ke-hoach-15-trang"));
        Path file = content.resolve("ke-hoach-15-trang/plan.yaml");
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(content, templates,
                root.resolve("site"), "127.0.0.1", 0, 2, RenderSettings.defaults(), Messages.forLanguage("vi"), line -> { }))) {
            settle(server);
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                    server.previewFolder().resolve("ke-hoach-15-trang/01-KH-UBND.pdf").toFile())) {
                System.out.println("pages " + pdf.getNumberOfPages());
            }
            HttpClient http = HttpClient.newHttpClient();
            LinkedBlockingQueue<Long> versions = new LinkedBlockingQueue<>();
            InputStream stream = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/__plandoc/events")).build(), HttpResponse.BodyHandlers.ofInputStream()).body();
            Thread reader = new Thread(() -> readEvents(stream, versions), "bench-events");
            reader.setDaemon(true);
            reader.start();
            String pdf = "http://127.0.0.1:" + server.port() + "/ke-hoach-15-trang/01-KH-UBND.pdf";
            Path lane = laneTask();
            String page = "http://127.0.0.1:" + server.port() + "/ke-hoach-15-trang/";
            for (int r = 0; r < warmUp + runs; r++) {
                // Events still on their way from the last save carry this version or an older one.
                long version = version(http, page);
                long[] before = schedstat(lane);
                Map<String, Long> othersBefore = others(lane);
                long allocBefore = allocated("plandoc-pages");
                long gcBefore = gcMillis();
                long gcCountBefore = gcCount();
                long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                long start = System.nanoTime();
                Files.writeString(file, text.replaceFirst("tw: \\d+", "tw: " + (200 + r)), StandardCharsets.UTF_8);
                if (poll) {
                    // The bench before session 34: the page asked for every 2 ms, on the server's HTTP threads.
                    while (version(http, page) <= version) {
                        Thread.sleep(2);
                    }
                } else {
                    long now;
                    do {
                        Long next = versions.poll(60, TimeUnit.SECONDS);
                        if (next == null) {
                            throw new IllegalStateException("the page never changed");
                        }
                        now = next;
                    } while (now <= version);
                }
                long pageReady = (System.nanoTime() - start) / 1_000_000;
                long[] after = schedstat(lane);
                Map<String, Long> othersAfter = others(lane);
                long alloc = (allocated("plandoc-pages") - allocBefore) / (1024 * 1024);
                long at = System.currentTimeMillis();
                long gc = gcMillis() - gcBefore;
                long gcs = gcCount() - gcCountBefore;
                long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
                // The PDF is served once the site lane has written it (requests for the site's files wait for it).
                http.send(HttpRequest.newBuilder(URI.create(pdf)).build(), HttpResponse.BodyHandlers.discarding());
                long pdfReady = (System.nanoTime() - start) / 1_000_000;
                settle(server);
                long millis = server.lastPageMillis();
                long cpu = (after[0] - before[0]) / 1_000_000;
                long wait = (after[1] - before[1]) / 1_000_000;
                System.out.println(String.format(Locale.ROOT,
                        "%s %d page %d cpu %d wait %d blocked %d gc %d gcs %d jit %d edit-page %d edit-pdf %d alloc %d"
                                + " jit-cpu %d vm-cpu %d http-cpu %d other-cpu %d at %d",
                        r < warmUp ? "warm-up" : "save", r, millis, cpu, wait, Math.max(0, millis - cpu - wait), gc, gcs, jit,
                        pageReady, pdfReady, alloc, delta(othersBefore, othersAfter, "jit"),
                        delta(othersBefore, othersAfter, "vm"), delta(othersBefore, othersAfter, "http"),
                        delta(othersBefore, othersAfter, "other"), at));
            }
        }
    }

    /** Until the page lane, the site lane and the page lane's re-render for the files' sizes have all finished. */
    private static void settle(PreviewServer server) throws InterruptedException {
        server.awaitIdle(300_000);
        server.awaitIdle(300_000);
    }

    private static long version(HttpClient http, String url) throws IOException, InterruptedException {
        Matcher m = PAGE_VERSION.matcher(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static void readEvents(InputStream stream, LinkedBlockingQueue<Long> versions) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher m = PLAN_VERSION.matcher(line);
                if (line.startsWith("data:") && m.find()) {
                    versions.add(Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            // the server stopped
        }
    }

    /** The page lane's thread in /proc: its name is the server's ("plandoc-pages"). */
    private static Path laneTask() throws IOException {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                if (Files.readString(task.resolve("comm")).strip().equals("plandoc-pages")) {
                    return task;
                }
            }
        }
        throw new IllegalStateException("no plandoc-pages thread");
    }

    /**
     * On-CPU nanoseconds of the process's other threads, by kind: the JIT's compilers, the VM thread (SerialGC collects
     * on it), the HTTP server's threads, and the rest. From the save to the page: what the lane competed with.
     */
    private static Map<String, Long> others(Path lane) throws IOException {
        Map<String, Long> cpu = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                if (task.equals(lane)) {
                    continue;
                }
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String kind = name.contains("CompilerThre") ? "jit" : name.equals("VM Thread") ? "vm"
                            : name.equals("plandoc-http") ? "http" : "other";
                    cpu.merge(kind, schedstat(task)[0], Long::sum);
                } catch (IOException e) {
                    // the thread ended
                }
            }
        }
        return cpu;
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String kind) {
        return Math.max(0, after.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L)) / 1_000_000;
    }

    /** Bytes the named thread has allocated so far. */
    private static long allocated(String thread) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(thread))
                .mapToLong(t -> threads.getThreadAllocatedBytes(t.getId())).sum();
    }

    /** Nanoseconds on a core and runnable waiting for one (the first two fields of schedstat). */
    private static long[] schedstat(Path task) throws IOException {
        String[] fields = Files.readString(task.resolve("schedstat")).strip().split(" ");
        return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
