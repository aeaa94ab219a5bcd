package plandoc.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.bench.SyntheticPlan;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderSettings;

/**
 * {@link YoungRoomTest}'s child process, run with serve's SerialGC and a small young generation: a server on a
 * short plan, saved {@code SAVES} times; after each save has settled (page, site files, the pages' re-render for the
 * files' sizes) it prints {@code save N free BYTES needed BYTES}: eden's free bytes and the page lane's allocation.
 * Usage: {@code YoungRoomProbe TEMPLATES WORK SAVES}.
 */
public final class YoungRoomProbe {
    private YoungRoomProbe() {
    }

    private static final Pattern VERSION = Pattern.compile("data-version=\"(\\d+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String version(URI page) throws java.io.IOException, InterruptedException {
        Matcher m = VERSION.matcher(HTTP.send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        return m.find() ? m.group(1) : "";
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[1]);
        Path content = root.resolve("content");
        new SyntheticPlan(1, 20, 3).writeTo(content.resolve("ke-hoach"));
        Path file = content.resolve("ke-hoach/plan.yaml");
        MemoryPoolMXBean eden = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().endsWith("Eden Space")).findFirst().orElseThrow();
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(content, Path.of(args[0]),
                root.resolve("site"), "127.0.0.1", 0, 1, RenderSettings.defaults(), Messages.forLanguage("vi"), line -> { }))) {
            server.awaitIdle(300_000);
            server.awaitIdle(300_000);
            URI page = URI.create("http://127.0.0.1:" + server.port() + "/ke-hoach/");
            for (int save = 0; save < Integer.parseInt(args[2]); save++) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(file, text.replaceFirst("tw: \\d+", "tw: " + (200 + save)), StandardCharsets.UTF_8);
                String before = version(page);
                // The watcher's quiet period, then the page lane; then the site lane and the re-render after it.
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (version(page).equals(before) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                server.awaitIdle(300_000);
                server.awaitIdle(300_000);
                MemoryUsage usage = eden.getUsage();
                System.out.println("save " + save + " free " + (usage.getCommitted() - usage.getUsed())
                        + " needed " + server.lastPageBytes() + " eden " + usage.getCommitted());
            }
        }
    }
}
