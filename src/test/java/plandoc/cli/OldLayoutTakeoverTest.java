package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.HaltedBuilds;
import plandoc.publish.CountingFiles;
import plandoc.publish.SitePublisher;
import plandoc.publish.StateFolder;

/**
 * Every province that used plandoc up to s17 has its bookkeeping inside {@code site/}. The next build takes it over
 * into {@code .plandoc/site/} with nothing lost — the published sources, the site record with its old file names, the
 * build cache, the git history — and takes the old names out of {@code site/} in the same transaction.
 *
 * <p>The bookkeeping ({@code migration/s17-bookkeeping.zip}) is what main's jar (3ccd311) left in {@code site/} after
 * building the bundled 424 plan as 4244, then with its number corrected to 424 in a git repository (two commits).
 * The public files beside it are built here by this version: byte for byte what main's jar writes (s18-state's
 * report compares the bundled sites), so the site is the one an earlier version left, 4244 copies included.
 */
class OldLayoutTakeoverTest {
    private static final String SLUG = "ha-tinh-424-2022";
    private static final List<String> OLD_NAMES = List.of("4244-QD-UBND.docx", "4244-QD-UBND.pdf", "4244-QD-UBND.xlsx");
    /** Each old bookkeeping file and where it is once taken over. */
    private static final Map<String, String> MOVED = Map.of(
            ".plandoc/published/" + SLUG + "/" + SLUG + "/plan.yaml", "published/" + SLUG + "/" + SLUG + "/plan.yaml",
            ".plandoc/published/" + SLUG + "/agencies.yaml", "published/" + SLUG + "/agencies.yaml",
            ".plandoc/records/" + SLUG + ".json", "records/" + SLUG + ".json",
            ".plandoc-cache.json", "cache.json",
            ".plandoc-history.json", "history.json",
            ".plandoc-fonts", "fonts");

    @TempDir
    Path dir;

    /** The old bookkeeping, unpacked into {@code site}: name → bytes. */
    /** A page's links without the spans that keep each link with the "·" after it. */
    /** The page without its link-wrapping spans, nor the PDF's size (signing the PDF changes it: s29 download sizes). */
    private static String unwrapped(String page) {
        // The "·" in its own span since s35 (partials/document.ftlh 11: a phone hides it).
        return page.replace("<span class=\"sep\">&#160;·</span></span>", "&#160;·</span>")
                .replace("<span class=\"sep\">&#160;·</span>", "&#160;·")
                .replace("<span class=\"dl\">", "").replace("&#160;·</span>", "&#160;·")
                .replaceAll("(\\(PDF[^<]*</a>)&#160;<span class=\"file-size\">[^<]*</span>", "$1");
    }

    private static Map<String, byte[]> unpackOldBookkeeping(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream in = OldLayoutTakeoverTest.class.getResourceAsStream("/migration/s17-bookkeeping.zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    byte[] bytes = zip.readAllBytes();
                    Path target = site.resolve(entry.getName());
                    Files.createDirectories(target.getParent());
                    Files.write(target, bytes);
                    files.put(entry.getName(), bytes);
                }
            }
        }
        return files;
    }

    /** Every file of a folder by its path in it. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String when) {
        assertEquals(expected.keySet(), actual.keySet(), when);
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), when + ": " + name));
    }

    @Test
    void theNextBuildTakesTheBookkeepingOutOfTheSiteWithNothingLost() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        plandoc.TestFiles.copyTree(Path.of("content", SLUG), content.resolve(SLUG));
        // The plan as the earlier version published it (the bundled 424 has changed since: s20 declares figures).
        Files.write(content.resolve(SLUG).resolve("plan.yaml"), unpackOldBookkeeping(Files.createDirectories(dir.resolve("old")))
                .get(".plandoc/published/" + SLUG + "/" + SLUG + "/plan.yaml"));
        Path site = dir.resolve("site");
        Cli.Result built = build(content, site);
        assertEquals(0, built.exit(), built.errText());
        // The site as the earlier version left it: its bookkeeping inside, the mistyped number's files kept as copies.
        plandoc.TestFiles.freshFolder(StateFolder.of(site));
        Files.delete(StateFolder.of(site));
        Path folder = site.resolve(SLUG);
        for (String old : OLD_NAMES) {
            Files.copy(folder.resolve(old.replace("4244", "424")), folder.resolve(old));
        }
        Map<String, byte[]> bookkeeping = unpackOldBookkeeping(site);
        assertTrue(new String(bookkeeping.get(".plandoc/records/" + SLUG + ".json")).contains("4244-QD-UBND.pdf"));
        // The province signed the current PDF in site/ since (a build never replaces a signed file).
        SignCommandTest.TestCa ca = SignCommandTest.TestCa.create();
        Path person = SignCommandTest.keystore(dir, "nguoi-ky", "Võ Trọng Hải", ca);
        Cli.Result sign = Cli.sign("mat-khau-thu", folder.resolve("424-QD-UBND.pdf").toString(),
                "--keystore", person.toString());
        assertEquals(0, sign.exit(), sign.errText());
        Map<String, byte[]> published = files(site);
        published.keySet().removeIf(name -> name.startsWith(".plandoc"));
        // An old name is a copy of the current file: the build writes it again from the signed one.
        published.put(SLUG + "/4244-QD-UBND.pdf", published.get(SLUG + "/424-QD-UBND.pdf"));

        Cli.Result next = build(content, site);
        assertEquals(0, next.exit(), next.errText());
        assertEquals(1, next.out().stream().filter(l -> l.startsWith("Đã chuyển sổ sách riêng của plandoc (các tệp và thư "
                + "mục .plandoc… mà phiên bản trước để trong " + site + ") sang " + StateFolder.shown(site))).count(),
                next.outText());
        // site/ is now exactly what goes on the portal, and every published file is as it was: the signed PDF, and
        // the old names, which only the record taken over keeps (a build without it would have dropped them). The
        // pages that list the plan now say its PDF is signed (s24: SignedMarkTest), and only that changed in them.
        Map<String, byte[]> now = files(site);
        for (String page : List.of(SLUG + "/index.html", "index.html", "co-quan/index.html")) {
            String before = new String(published.remove(page), java.nio.charset.StandardCharsets.UTF_8);
            String after = new String(now.remove(page), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(after.contains("đã ký số") && !before.contains("đã ký số"), page);
            // A link and its "·" wrap as one span (class dl); the signed PDF's link is followed by its note instead.
            assertEquals(unwrapped(before).replaceAll("\\s+", " "), unwrapped(after)
                    .replaceAll(" ?<span class=\"signed-note\">\\([^)]*\\)</span>", "")
                    .replace(" class=\"signed-pdf\">Văn bản (PDF, đã ký số)<", ">Văn bản (PDF)<").replaceAll("\\s+", " "), page);
        }
        now.keySet().removeIf(name -> name.startsWith("search/") || name.equals("feed.xml") || name.equals("datapackage.json"));
        published.keySet().removeIf(name -> name.startsWith("search/") || name.equals("feed.xml")
                || name.equals("datapackage.json"));
        assertSameFiles(published, now, "the published files");
        published = files(site);
        published.keySet().removeIf(name -> name.startsWith(".plandoc"));
        Path state = dir.resolve(".plandoc/site");
        for (Map.Entry<String, String> moved : MOVED.entrySet()) {
            assertTrue(Files.isRegularFile(state.resolve(moved.getValue())), moved.getValue());
        }
        assertArrayEquals(bookkeeping.get(".plandoc/published/" + SLUG + "/" + SLUG + "/plan.yaml"),
                Files.readAllBytes(state.resolve("published/" + SLUG + "/" + SLUG + "/plan.yaml")));
        JsonNode record = new ObjectMapper().readTree(state.resolve("records/" + SLUG + ".json").toFile());
        List<String> aliases = new java.util.ArrayList<>();
        record.path("aliases").forEach(a -> aliases.add(a.path("name").asText() + " → " + a.path("of").asText()));
        assertEquals(List.of("4244-QD-UBND.docx → 424-QD-UBND.docx", "4244-QD-UBND.pdf → 424-QD-UBND.pdf",
                "4244-QD-UBND.xlsx → 424-QD-UBND.xlsx"), aliases);
        assertTrue(Files.readString(state.resolve("history.json")).contains("Sửa số 424"), "the git history");

        Cli.Result after = build(content, site);
        assertEquals(0, after.exit(), after.errText());
        assertTrue(after.out().stream().noneMatch(l -> l.startsWith("Đã chuyển")), after.outText());
        assertSameFiles(published, files(site), "a later build");
    }

    @Test
    void aTakeOverStoppedAtAnyFileOperationLeavesAllOfItInOnePlaceAndIsFinishedByTheNext() throws Exception {
        Path template = dir.resolve("old/site");
        Files.createDirectories(template.resolve(SLUG));
        Files.writeString(template.resolve("index.html"), "<p>danh mục</p>");
        Files.writeString(template.resolve(SLUG + "/index.html"), "<p>văn bản</p>");
        Map<String, byte[]> bookkeeping = unpackOldBookkeeping(template);
        Map<String, byte[]> expected = new TreeMap<>();
        MOVED.forEach((old, now) -> expected.put(now, bookkeeping.get(old)));
        Map<String, byte[]> publicFiles = Map.of("index.html", "<p>danh mục</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                SLUG + "/index.html", "<p>văn bản</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int failures = 0;
        for (int failAt = 1; ; failAt++) {
            Path site = plandoc.TestFiles.copyTree(template, dir.resolve("run-" + failAt + "/site"));
            Path state = StateFolder.of(site);
            CountingFiles failing = new CountingFiles(failAt);
            try {
                new SitePublisher(site, failing).recover();
                assertTrue(failing.count.get() < failAt, "no failure: every operation was tried");
                assertSameFiles(expected, files(state), "done at once");
                break;
            } catch (IOException e) {
                failures++;
            }
            String when = "stopped at operation " + failAt;
            assertInOnePlaceAndFinished(site, bookkeeping, expected, publicFiles, when);
        }
        assertTrue(failures > 10, "a take-over is many file operations: " + failures);
    }

    /**
     * After a take-over stopped anywhere: all of the bookkeeping in one place — decided (the journal written), the
     * site as before, or the state folder once committed — and the next recovery finishes it: the state folder holds
     * all of it, the site only its public files.
     */
    private static void assertInOnePlaceAndFinished(Path site, Map<String, byte[]> bookkeeping,
            Map<String, byte[]> expected, Map<String, byte[]> publicFiles, String when) throws IOException {
        Path state = StateFolder.of(site);
        boolean decided = Files.isRegularFile(state.resolve("txn/journal.json"));
        if (!decided) {
            Map<String, byte[]> left = files(site);
            left.keySet().removeIf(name -> !name.startsWith(".plandoc"));
            Map<String, byte[]> taken = files(state);
            taken.keySet().removeIf(name -> name.startsWith("txn/") || name.equals("lock"));
            if (left.isEmpty()) {
                assertSameFiles(expected, taken, when + ": committed");
            } else {
                assertSameFiles(bookkeeping, left, when);
                assertEquals(List.of(), List.copyOf(taken.keySet()), when);
            }
        }
        SitePublisher.Recovery recovery = new SitePublisher(site).recover();
        if (decided) {
            assertEquals(SitePublisher.Recovery.ROLLED_FORWARD, recovery, when);
        }
        Map<String, byte[]> now = files(state);
        now.keySet().removeIf(name -> name.equals("lock"));
        assertSameFiles(expected, now, when + ", then recovered");
        assertSameFiles(publicFiles, files(site), when + ", the site");
        assertFalse(new SitePublisher(site).oldLayout(), when);
    }

    @Test
    void aBuildKilledAtAnyFileOperationOfTheTakeOverIsFinishedByTheNext() throws Exception {
        Path template = dir.resolve("old/site");
        Files.createDirectories(template.resolve(SLUG));
        Files.writeString(template.resolve("index.html"), "<p>danh mục</p>");
        Map<String, byte[]> bookkeeping = unpackOldBookkeeping(template);
        Map<String, byte[]> expected = new TreeMap<>();
        MOVED.forEach((old, now) -> expected.put(now, bookkeeping.get(old)));
        Map<String, byte[]> publicFiles = files(template);
        publicFiles.keySet().removeIf(name -> name.startsWith(".plandoc"));
        Path content = Files.createDirectories(dir.resolve("content")); // no plan: the build stops after the take-over
        // Each killed build on its own copy of the old site, two at a time (HaltedBuilds).
        AtomicInteger killed = new AtomicInteger();
        List<Integer> haltPoints = IntStream.iterate(1, n -> n < 60, n -> n + 2).boxed().toList();
        HaltedBuilds.eachInOrder(haltPoints, haltAfter -> {
            Path site = plandoc.TestFiles.copyTree(template, dir.resolve("kill-" + haltAfter + "/site"));
            Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(javaCommand.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), "plandoc.cli.Main", "build", "-q",
                    "--content", content.toString(), "--templates", "templates", "--out", site.toString());
            builder.environment().put("PLANDOC_TEST_HALT_AFTER", Integer.toString(haltAfter));
            builder.redirectErrorStream(true).redirectOutput(dir.resolve("kill-" + haltAfter + "/child.log").toFile());
            return builder.start();
        }, (haltAfter, exit) -> {
            Path site = dir.resolve("kill-" + haltAfter + "/site");
            if (exit != HaltedBuilds.HALTED) {
                // the take-over took fewer operations than this: every point was tried
                assertFalse(new SitePublisher(site).oldLayout(),
                        Files.readString(dir.resolve("kill-" + haltAfter + "/child.log")));
                return;
            }
            killed.incrementAndGet();
            assertInOnePlaceAndFinished(site, bookkeeping, expected, publicFiles, "killed after operation " + haltAfter);
        });
        assertTrue(killed.get() > 8, "a take-over is many file operations: " + killed);
    }

    private static Cli.Result build(Path content, Path site) {
        return Cli.run("build", "--content", content.toString(), "--templates", "templates", "--out", site.toString());
    }
}
