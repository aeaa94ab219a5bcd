package plandoc.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderSettings;

/**
 * A preview server over a temporary copy of the project's content and templates, on a free
 * loopback port, with a small HTTP client and bounded waiting. The copy holds the flagship (4086)
 * alone unless every bundled plan is asked for: the tests edit and read the flagship only, and the
 * site lane's PDF of the 61-page 424 took most of each test's CPU.
 */
final class PreviewSite implements AutoCloseable {
    /**
     * How much CPU this JVM (the server runs in it) may spend on what a test waits for before it gives up: a
     * render of the flagship's site files takes a few seconds of it. Progress, not a time on the wall clock: on
     * a machine shared by many builds a minute of wall may hold only seconds of this JVM's work (the site
     * lane's 60 s wall wait failed under load, s34).
     */
    static final Duration WORK = Duration.ofSeconds(120);
    /** The last guard, for a wait that spends no CPU at all (a lane stuck): wall clock. */
    static final Duration WAIT = Duration.ofMinutes(10);
    /** The bundled plan the tests edit. */
    private static final String PLAN_FOLDER = "ha-tinh-4086-2012";

    final Path content;
    final Path templates;
    /** The published site the server starts from: never written by it. */
    final Path out;
    final List<String> log = new CopyOnWriteArrayList<>();
    final PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The flagship alone, with the content folder's shared files (agencies.yaml). */
    PreviewSite(Path temp) throws IOException, InterruptedException {
        this(temp, false);
    }

    PreviewSite(Path temp, boolean everyBundledPlan) throws IOException, InterruptedException {
        this(temp, everyBundledPlan, plan -> plan);
    }

    /** The flagship alone, its plan.yaml changed by {@code edit} before the server starts. */
    PreviewSite(Path temp, java.util.function.UnaryOperator<String> edit) throws IOException, InterruptedException {
        this(temp, false, edit);
    }

    private PreviewSite(Path temp, boolean everyBundledPlan, java.util.function.UnaryOperator<String> edit)
            throws IOException, InterruptedException {
        this.content = temp.resolve("content");
        this.templates = temp.resolve("templates");
        this.out = temp.resolve("site");
        Path bundled = Path.of("content");
        copy(bundled, content, everyBundledPlan ? file -> true : file -> {
            Path relative = bundled.relativize(file);
            return file.equals(bundled) || relative.getNameCount() == 1 && !Files.isDirectory(file)
                    || relative.getName(0).toString().equals(PLAN_FOLDER);
        });
        copy(Path.of("templates"), templates, file -> true);
        // The tests edit a figure of the flagship: its declared totals (the signed decision's) would refuse the edit.
        Files.writeString(planFile(), edit.apply(plandoc.TestPlans.withoutDeclared(Files.readString(planFile(),
                StandardCharsets.UTF_8))), StandardCharsets.UTF_8);
        server = PreviewServer.start(new PreviewServer.Settings(content, templates, out, "127.0.0.1", 0, 2,
                RenderSettings.defaults(), Messages.forLanguage("vi"), log::add));
    }

    /** Where the server writes the preview's files. */
    Path preview() {
        return server.previewFolder();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String page(String path) {
        try {
            HttpResponse<String> response = get(path);
            if (response.statusCode() != 200) {
                throw new AssertionError(path + ": HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The flagship's source. */
    Path planFile() {
        return content.resolve(PLAN_FOLDER + "/plan.yaml");
    }

    void replaceInPlan(String from, String to) throws IOException {
        String text = Files.readString(planFile(), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new AssertionError("the plan has no \"" + from + "\"");
        }
        // As editors do: a new file moved over the old one.
        Path temp = planFile().resolveSibling(".plan.yaml.tmp-edit");
        Files.writeString(temp, text.replace(from, to), StandardCharsets.UTF_8);
        Files.move(temp, planFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Polls until {@code condition} holds; fails once the wait has taken {@link #WORK} or {@link #WAIT}. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Patience patience = new Patience();
        while (!condition.getAsBoolean()) {
            if (patience.spent()) {
                throw new AssertionError("gave up waiting for: " + what + " (" + patience + ")");
            }
            Thread.sleep(100);
        }
    }

    /**
     * Waits until the site lane has written everything asked of it, woken by the lane as it settles
     * ({@link PreviewServer#awaitIdle}); false once the wait has taken {@link #WORK} or {@link #WAIT}.
     */
    boolean awaitSite() throws InterruptedException {
        Patience patience = new Patience();
        while (!server.awaitIdle(1000)) {
            if (patience.spent()) {
                return false;
            }
        }
        return true;
    }

    /** What one wait has taken so far: this JVM's CPU and the wall clock. */
    private static final class Patience {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private final long cpu = OS.getProcessCpuTime();
        private final long wall = System.nanoTime();

        boolean spent() {
            return OS.getProcessCpuTime() - cpu > WORK.toNanos() || System.nanoTime() - wall > WAIT.toNanos();
        }

        @Override
        public String toString() {
            return (OS.getProcessCpuTime() - cpu) / 1_000_000_000 + " s of CPU, "
                    + (System.nanoTime() - wall) / 1_000_000_000 + " s on the wall";
        }
    }

    private static void copy(Path from, Path to, java.util.function.Predicate<Path> keep) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(keep).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
