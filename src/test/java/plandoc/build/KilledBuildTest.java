package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.HaltedBuilds;
import plandoc.publish.StateFolder;

/**
 * A real {@code plandoc build} in a child JVM, stopped dead (as by {@code kill -9} or a power cut)
 * between two of its file operations — at every operation of an update of three plans — and, apart
 * from that, killed with SIGKILL at a few moments of the clock. After each kill: every plan folder of
 * the site is entirely one version (the old or the new), or, only in the instant between the two
 * renames that swap it, absent with the journal that finishes it; the index links exactly the plans
 * present. The next build then leaves exactly the new site and no temporary file.
 */
class KilledBuildTest {
    private static final List<String> PLANS = List.of("ke-hoach-a", "ke-hoach-c", "quyet-dinh-b");
    /** Spread over the whole update (staging, journal, moves, clean-up) until a build gets through. */
    private static final List<Integer> HALT_POINTS = List.of(1, 2, 4, 7, 11, 16, 22, 29, 37, 46, 56, 68, 82, 100,
            1000);
    private static final Pattern LINK = Pattern.compile("href=\"([^\"/]+)/index\\.html\"");

    @TempDir
    Path temp;

    @Test
    void aBuildKilledBetweenAnyTwoFileOperationsLeavesEveryPlanWholeAndIsFinishedByTheNext() throws Exception {
        SampleSite site = new SampleSite(temp).withAgencyRegister()
                .plan("ke-hoach-a", "ke-hoach").plan("quyet-dinh-b", "quyet-dinh").plan("ke-hoach-c", "ke-hoach");
        // The two versions built in this JVM (warm), as the next build below is: the same code as the CLI's, and that
        // next build's site equals the child-built revised one (asserted after every kill).
        Path before = temp.resolve("before");
        assertTrue(buildHere(site, before).ok(), "the first build succeeds");
        Map<String, byte[]> old = SampleSite.files(before);

        for (String slug : PLANS) {
            site.edit(slug, "amounts: { ns-tinh: 500 }", "amounts: { ns-tinh: 650 }");
        }
        // The edited plans are issued: re-issued over the published site (frozen otherwise, s31), their old PDFs archived.
        Path after = plandoc.TestFiles.copyTree(before, temp.resolve("after"));
        assertTrue(buildHere(site, after).ok(), "the edited plans' build succeeds");
        Map<String, byte[]> revised = SampleSite.files(after);

        // Each halted build on its own copy of the site before the update, two at a time (HaltedBuilds).
        AtomicInteger killed = new AtomicInteger();
        HaltedBuilds.eachInOrder(HALT_POINTS, haltAfter -> start(site,
                plandoc.TestFiles.copyTree(before, temp.resolve("site-" + haltAfter)),
                Optional.of(Integer.toString(haltAfter)), "child-" + haltAfter + ".log"), (haltAfter, exit) -> {
                    if (exit == 0) {
                        return; // the whole update took fewer operations than this: every point was tried
                    }
                    Path out = temp.resolve("site-" + haltAfter);
                    assertEquals(137, exit, "halted after operation " + haltAfter + ":\n"
                            + Files.readString(temp.resolve("child-" + haltAfter + ".log")));
                    killed.incrementAndGet();
                    assertWhole(out, old, revised, "halted after operation " + haltAfter);
                    assertFinishedByTheNextBuild(site, out, revised, "halted after operation " + haltAfter);
                });
        assertTrue(killed.get() > 8, "an update of three plans takes many file operations: " + killed);

        for (long millis : List.of(600L, 1500L)) {
            Path out = plandoc.TestFiles.copyTree(before, temp.resolve("clock-" + millis));
            Process process = start(site, out, Optional.empty(), "child-clock.log");
            if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly(); // SIGKILL
                process.waitFor();
            }
            assertWhole(out, old, revised, "killed after " + millis + " ms");
            assertFinishedByTheNextBuild(site, out, revised, "killed after " + millis + " ms");
        }
    }

    private static void assertWhole(Path out, Map<String, byte[]> old, Map<String, byte[]> revised, String when)
            throws IOException {
        Map<String, byte[]> now = SampleSite.files(out, ".plandoc/");
        List<String> present = new ArrayList<>();
        for (String slug : PLANS) {
            Map<String, byte[]> files = folder(now, slug);
            if (files.isEmpty()) {
                assertTrue(Files.isRegularFile(StateFolder.resolve(out, ".plandoc/txn/journal.json")),
                        when + ": " + slug + " is absent only while its swap is journalled");
                continue;
            }
            present.add(slug);
            boolean asBefore = SampleSite.firstDifference(folder(old, slug), files).isEmpty();
            boolean asRevised = SampleSite.firstDifference(folder(revised, slug), files).isEmpty();
            assertTrue(asBefore || asRevised, when + ": " + slug + " is one whole version");
        }
        String index = new String(now.get("index.html"), StandardCharsets.UTF_8);
        List<String> linked = new ArrayList<>();
        Matcher m = LINK.matcher(index);
        while (m.find()) {
            if (!linked.contains(m.group(1)) && !List.of("co-quan", "huong-dan").contains(m.group(1))) {
                linked.add(m.group(1));
            }
        }
        linked.sort(null);
        if (!Files.isRegularFile(StateFolder.resolve(out, ".plandoc/txn/journal.json"))) {
            assertEquals(present, linked, when + ": the index links exactly the plans present");
        }
    }

    private void assertFinishedByTheNextBuild(SampleSite site, Path out, Map<String, byte[]> revised, String when)
            throws Exception {
        BuildReport report = buildHere(site, out);
        assertTrue(report.ok(), when + ": the next build succeeds " + report.problems());
        assertEquals(Optional.empty(), SampleSite.firstDifference(revised, SampleSite.files(out)), when);
        assertEquals(List.of(), plandoc.TestFiles.leftovers(out), when + ": nothing temporary left");
    }

    /**
     * {@code build --reissue -j 1} in this JVM (warm) to keep the test short: the same code as the CLI's. Its settings
     * from the environment as the child reads them (PLANDOC_FONTS: the fonts are in the render key).
     */
    private static BuildReport buildHere(SampleSite site, Path out) throws Exception {
        SiteBuild build = new SiteBuild(site.content, site.templates, out,
                plandoc.render.RenderSettings.fromEnvironment(System.getenv()), ToolVersion.current(), 1).reissue(true);
        return build.render(build.check(), false, BuildProgress.SILENT);
    }

    private static Map<String, byte[]> folder(Map<String, byte[]> files, String slug) {
        Map<String, byte[]> in = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith(slug + "/")) {
                in.put(name, bytes);
            }
        });
        return in;
    }

    /** {@code plandoc build} in its own JVM, as the wrapper runs it, one render thread for repeatability. */
    private Process start(SampleSite site, Path out, Optional<String> haltAfter, String log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "plandoc.cli.Main", "build", "-q", "-j", "1", "--reissue",
                "--content", site.content.toString(), "--templates", site.templates.toString(),
                "--out", out.toString());
        builder.environment().remove("PLANDOC_TEST_HALT_AFTER");
        haltAfter.ifPresent(n -> builder.environment().put("PLANDOC_TEST_HALT_AFTER", n));
        builder.redirectErrorStream(true).redirectOutput(temp.resolve(log).toFile());
        return builder.start();
    }

}
