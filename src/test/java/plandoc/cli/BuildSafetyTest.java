package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.build.SiteLock;

/**
 * Builds through the command line on the bundled content: a build finding the site locked by another
 * writer is refused with a clear message and touches nothing; two builds started at once never interleave;
 * two clean builds of the same sources write byte-identical HTML, PDF, JSON and CSV.
 */
class BuildSafetyTest {
    @TempDir
    Path temp;

    private Path content() throws IOException {
        Path content = temp.resolve("content");
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path p : walk.toList()) {
                Path target = content.resolve(Path.of("content").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return content;
    }

    private static Cli.Result build(Path content, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--templates", "templates",
                "--out", out.toString(), "--quiet"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aBuildFindingTheSiteLockedIsRefusedAndWritesNothing() throws IOException {
        Path content = content();
        Path out = temp.resolve("site");
        assertEquals(0, build(content, out).exit());
        Map<String, byte[]> before = files(out);
        try (SiteLock held = SiteLock.tryAcquire(out).orElseThrow()) {
            Cli.Result second = build(content, out, "--clean");
            assertEquals(1, second.exit());
            assertLocked(second, out);
        }
        assertSame(before, files(out));
    }

    @Test
    void twoBuildsStartedAtOnceDoNotInterleave() throws Exception {
        Path content = content();
        Path out = temp.resolve("site");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Cli.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return build(content, out, "--clean");
                }));
            }
            start.countDown();
            int refused = 0;
            for (Future<Cli.Result> run : runs) {
                Cli.Result r = run.get();
                if (r.exit() != 0) {
                    refused++;
                    assertEquals(1, r.exit(), r.errText());
                    assertLocked(r, out);
                }
            }
            assertTrue(refused <= 1, "at least one build completes");
        } finally {
            pool.shutdownNow();
        }
        // Whatever the timing, the site is exactly what one build alone writes.
        Path alone = temp.resolve("alone");
        assertEquals(0, build(content, alone).exit());
        assertSame(files(alone), files(out));
    }

    @Test
    void twoCleanBuildsAreByteIdentical() throws IOException {
        Path content = content();
        Path first = temp.resolve("site-1");
        Path second = temp.resolve("site-2");
        assertEquals(0, build(content, first, "--clean").exit());
        assertEquals(0, build(content, second, "--clean").exit());
        Map<String, byte[]> a = files(first);
        for (String ext : List.of(".html", ".pdf", ".json", ".csv")) {
            assertTrue(a.keySet().stream().anyMatch(f -> f.endsWith(ext)), "the build writes " + ext);
        }
        assertSame(a, files(second));
    }

    /** The refusal, after the bundled plans' own warnings (printed by every build, even --quiet). */
    private static void assertLocked(Cli.Result r, Path out) {
        List<String> errors = r.err().stream().filter(l -> !l.contains(": cảnh báo: ")).toList();
        assertEquals(List.of("lỗi: " + out + " đang được dùng bởi một lệnh build khác (hoặc plandoc serve đang đọc nó lúc khởi động); chờ lệnh kia xong rồi chạy lại"),
                errors, r.errText());
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String f : expected.keySet()) {
            assertArrayEquals(expected.get(f), actual.get(f), f);
        }
    }

    /** The published files; the lock and the build cache are bookkeeping, not output. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (!name.equals(SiteLock.FILE) && !name.startsWith(".plandoc")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
