package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.build.SiteLock;
import plandoc.publish.StateFolder;
import plandoc.diagnostic.Messages;
import plandoc.render.RenderSettings;
import plandoc.serve.PreviewServer;

/**
 * {@code serve} never writes into the published site (tryout 4, session 16): an administrator uploading {@code site/}
 * while a preview runs, or after one without a build, must not publish a draft or an unchecked edit. The preview
 * writes into a folder of its own, starts from the site's files (so it renders only what changed), and deletes that
 * folder when it stops; two previews at once each have their own, and one a killed preview left is deleted by the
 * next.
 */
class PreviewLeavesSiteTest {
    private static final String FLAGSHIP = "ha-tinh-4086-2012";
    private static final String OTHER = "ha-tinh-424-2022";
    private static final String DRAFT = "ke-hoach-moi";

    @TempDir
    Path dir;

    @Test
    void aPreviewSessionWithADraftAndAnEditLeavesTheSiteByteForByte() throws Exception {
        Path content = copy(Path.of("content"), dir.resolve("content"));
        Path templates = copy(Path.of("templates"), dir.resolve("templates"));
        assertEquals(0, Cli.runNew("new", DRAFT, "--content", content.toString()).exit());
        Path site = dir.resolve("site");
        Cli.Result built = Cli.run("build", "--content", content.toString(), "--templates", templates.toString(),
                "--out", site.toString(), "-j", "2");
        assertEquals(0, built.exit(), built.errText());
        Map<String, String> before = hashes(site);
        assertTrue(before.containsKey(FLAGSHIP + "/4086-QD-UBND.pdf") && before.containsKey(SiteLock.FILE), before.keySet().toString());

        List<String> log = new CopyOnWriteArrayList<>();
        Path preview;
        try (PreviewServer server = PreviewServer.start(new PreviewServer.Settings(content, templates, site, "127.0.0.1",
                0, 2, RenderSettings.defaults(), Messages.forLanguage("vi"), log::add))) {
            preview = server.previewFolder();
            assertFalse(preview.startsWith(site.toAbsolutePath()), preview.toString());
            assertTrue(server.awaitIdle(120_000), "the site lane caught up");
            // Only the draft was rendered: the issued plans' files came from site/ as the last build left them.
            assertEquals(List.of("Đã ghi PDF và dữ liệu: " + DRAFT + "."),
                    log.stream().filter(l -> l.startsWith("Đã ghi PDF")).toList(), log.toString());
            assertTrue(get(server, "/").contains(DRAFT + "/index.html"), "the preview's index lists the draft");
            assertEquals("%PDF", new String(bytes(server, "/" + DRAFT + "/du-thao-KH-UBND.pdf"), 0, 4, StandardCharsets.US_ASCII));
            assertArrayEquals(Files.readAllBytes(site.resolve(OTHER + "/424-QD-UBND.pdf")),
                    bytes(server, "/" + OTHER + "/424-QD-UBND.pdf"), "an unchanged plan's PDF is the published one");

            // An edit: the preview's PDF follows it, the published one does not.
            Path plan = content.resolve(FLAGSHIP + "/plan.yaml");
            String text = Files.readString(plan, StandardCharsets.UTF_8);
            assertTrue(text.contains("2012-2015: { dp: 2.00 }"));
            // Without the signed decision's declared totals, which the edited figure no longer adds up to.
            Files.writeString(plan, plandoc.TestPlans.withoutDeclared(text.replace("2012-2015: { dp: 2.00 }",
                    "2012-2015: { dp: 2.50 }")), StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!get(server, "/" + FLAGSHIP + "/").contains("2,50")) {
                assertTrue(System.nanoTime() < deadline, "the page never showed the edit");
                Thread.sleep(100);
            }
            assertTrue(server.awaitIdle(120_000));
            byte[] pdf = bytes(server, "/" + FLAGSHIP + "/4086-QD-UBND.pdf");
            assertNotEquals(HexFormat.of().formatHex(sha256(Files.readAllBytes(site.resolve(FLAGSHIP + "/4086-QD-UBND.pdf")))),
                    HexFormat.of().formatHex(sha256(pdf)), "the preview's PDF is the edited one");
            assertEquals(before, hashes(site), "site/ while the preview runs");
        }
        assertEquals(before, hashes(site), "site/ after the preview stopped");
        assertFalse(Files.exists(preview), "the preview's folder is deleted when it stops");
        assertFalse(Files.exists(dir.resolve(".plandoc-preview")), "and the folder holding it, empty");
    }

    @Test
    void twoPreviewsAtOnceHaveAFolderEachAndOneAKilledPreviewLeftIsDeleted() throws Exception {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.newIssued("new", "ke-hoach-a", "--content", content.toString()).exit());
        Path site = dir.resolve("site"); // never built: nothing to start from, and nothing made there
        // What a preview killed (kill -9, a power cut) leaves: its folder, with a lock no process holds.
        Path killed = Files.createDirectories(dir.resolve(".plandoc-preview/serve-123"));
        killedPreview(killed);

        PreviewServer first = start(content, site);
        PreviewServer second = start(content, site);
        try {
            assertFalse(Files.exists(killed), "the killed preview's folder is deleted");
            assertNotEquals(first.previewFolder(), second.previewFolder());
            for (PreviewServer server : List.of(first, second)) {
                assertTrue(server.awaitIdle(120_000));
                assertTrue(Files.isRegularFile(server.previewFolder().resolve("ke-hoach-a/01-KH-UBND.pdf")));
                assertTrue(get(server, "/").contains("ke-hoach-a/index.html"));
            }
            assertEquals("*\n", Files.readString(dir.resolve(".plandoc-preview/.gitignore")), "git never offers it");
            first.close();
            assertFalse(Files.exists(first.previewFolder()));
            assertTrue(Files.isRegularFile(second.previewFolder().resolve("ke-hoach-a/01-KH-UBND.pdf")),
                    "the other preview's folder stays while it runs");
            assertTrue(get(second, "/").contains("ke-hoach-a/index.html"));
        } finally {
            first.close();
            second.close();
        }
        assertFalse(Files.exists(dir.resolve(".plandoc-preview")));
        assertFalse(Files.exists(site), "a preview makes no site/: only build does");
    }

    @Test
    void aSiteWhoseFolderCannotHoldThePreviewHasItInTheTemporaryFolder() throws Exception {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.newIssued("new", "ke-hoach-a", "--content", content.toString()).exit());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        // A preview killed there earlier: its folder and the one holding it are deleted when the next one starts.
        Path temporary = Files.createTempDirectory(".plandoc-preview");
        Path killed = Files.createDirectories(temporary.resolve("serve-7"));
        killedPreview(killed);
        Path preview;
        try (PreviewServer server = start(content, file.resolve("site"))) {
            assertFalse(Files.exists(temporary), "a killed preview's folder in the temporary folder is deleted");
            preview = server.previewFolder();
            assertTrue(preview.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()), preview.toString());
            assertTrue(server.awaitIdle(120_000));
            assertTrue(get(server, "/").contains("ke-hoach-a/index.html"));
        }
        assertFalse(Files.exists(preview));
        assertEquals("x", Files.readString(file));
    }

    /** Fills {@code folder} as a preview server killed with it left it: its site, and its lock no process holds. */
    private static void killedPreview(Path folder) throws IOException {
        Path site = folder.resolve("site");
        Path lock = StateFolder.resolve(site, SiteLock.FILE);
        Files.createDirectories(lock.getParent());
        Files.writeString(lock, "");
        Files.writeString(Files.createDirectories(site.resolve("ke-hoach-a")).resolve("index.html"), "old");
    }

    private static PreviewServer start(Path content, Path site) throws IOException, InterruptedException {
        return PreviewServer.start(new PreviewServer.Settings(content, Path.of("templates"), site, "127.0.0.1", 0, 1,
                RenderSettings.defaults(), Messages.forLanguage("vi"), line -> { }));
    }

    private static String get(PreviewServer server, String path) throws IOException, InterruptedException {
        return new String(bytes(server, path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(PreviewServer server, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    /**
     * Every file and folder of the site and of its bookkeeping beside it (named under .plandoc/), lock included:
     * path → SHA-256 (a folder → "dir").
     */
    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        Path state = StateFolder.of(root);
        for (Path folder : List.of(root, state)) {
            String prefix = folder == state ? StateFolder.PREFIX : "";
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path f : walk.toList()) {
                    String name = prefix + folder.relativize(f).toString().replace('\\', '/');
                    hashes.put(name, Files.isDirectory(f) ? "dir"
                            : HexFormat.of().formatHex(sha256(Files.readAllBytes(f))) + " " + Files.getLastModifiedTime(f));
                }
            }
        }
        return hashes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
