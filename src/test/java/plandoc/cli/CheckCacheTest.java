package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.build.CheckCache;
import plandoc.build.ToolVersion;
import plandoc.render.RenderSettings;
import plandoc.publish.StateFolder;

/**
 * A build whose inputs did not change answers from the last build's record without reading a plan,
 * and prints what a full run prints (issue 17); any change to a plan, the templates or the site runs
 * the build in full.
 */
class CheckCacheTest {
    private static final Path FLAGSHIP = Path.of("content/ha-tinh-4086-2012");

    /** The flagship plan copied into {@code dir/content}; returns that content folder. */
    static Path copyPlan(Path dir) throws IOException {
        Path plan = Files.createDirectories(dir.resolve("content/ha-tinh-4086-2012"));
        try (var files = Files.list(FLAGSHIP)) {
            for (Path f : files.toList()) {
                Files.copy(f, plan.resolve(f.getFileName()));
            }
        }
        return dir.resolve("content");
    }

    private static Cli.Result build(Path content, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                out.toString(), "-j", "1"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The time a build took is the one thing two runs print differently. */
    private static List<String> withoutTime(List<String> lines) {
        return lines.stream().map(l -> l.replaceAll("mất .*\\.$", "mất …")).toList();
    }

    private static boolean replays(Path content, Path out, String options) throws IOException {
        CheckCache.Inputs inputs = CheckCache.inputs(content, Path.of("templates"), RenderSettings.fromEnvironment(
                System.getenv()), ToolVersion.current(), options);
        return CheckCache.replay(inputs, out).isPresent();
    }

    @Test
    void anUnchangedBuildPrintsWhatTheFullBuildPrinted(@TempDir Path dir) throws IOException {
        Path content = copyPlan(dir);
        Path out = dir.resolve("site");
        Cli.Result first = build(content, out);
        assertEquals(0, first.exit(), first.errText());
        assertTrue(replays(content, out, "vi"));
        // The full build without the record, for comparison: same site, nothing rendered.
        Files.delete(StateFolder.resolve(out, ".plandoc/check.json"));
        Cli.Result full = build(content, out);
        assertTrue(replays(content, out, "vi"));
        Cli.Result replayed = build(content, out);
        assertEquals(full.exit(), replayed.exit());
        assertEquals(withoutTime(full.out()), withoutTime(replayed.out()));
        assertEquals(full.err(), replayed.err());
        assertFalse(full.err().isEmpty(), "the flagship prints warnings, and so must the replay");
        // Another language or --strict is another build.
        assertFalse(replays(content, out, "en"));
        assertEquals(1, build(content, out, "--strict").exit());
    }

    /**
     * A problem of a file beside the plans (here a key store) is every plan's: the full build prints and counts it
     * once, and so must the replay (it printed it once per plan, and counted it so).
     */
    @Test
    void aProblemBesideThePlansIsReplayedOnce(@TempDir Path dir) throws IOException {
        Path content = copyPlan(dir);
        Path second = Files.createDirectories(content.resolve("ha-tinh-424-2022"));
        try (var files = Files.list(Path.of("content/ha-tinh-424-2022"))) {
            for (Path f : files.toList()) {
                Files.copy(f, second.resolve(f.getFileName()));
            }
        }
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        Files.writeString(content.resolve("nguoi-ky.p12"), "not a key");
        Path out = dir.resolve("site");
        assertEquals(0, build(content, out).exit());
        Files.delete(StateFolder.resolve(out, ".plandoc/check.json"));
        Cli.Result full = build(content, out); // in full again, nothing rendered, to compare with the replay
        assertEquals(0, full.exit(), full.errText());
        assertEquals(1, full.err().stream().filter(l -> l.contains("nguoi-ky.p12:1:1: cảnh báo:")).count(), full.errText());
        assertTrue(replays(content, out, "vi"));
        Cli.Result replayed = build(content, out);
        assertEquals(full.err(), replayed.err());
        assertEquals(withoutTime(full.out()), withoutTime(replayed.out()));
    }

    @Test
    void anyChangeRunsTheBuildInFull(@TempDir Path dir) throws IOException {
        Path content = copyPlan(dir);
        Path out = dir.resolve("site");
        assertEquals(0, build(content, out).exit());
        assertTrue(replays(content, out, "vi"));

        Path plan = content.resolve("ha-tinh-4086-2012/plan.yaml");
        String text = Files.readString(plan, StandardCharsets.UTF_8);
        Files.writeString(plan, text + "\n# sửa\n", StandardCharsets.UTF_8);
        assertFalse(replays(content, out, "vi"), "a plan edited");
        assertEquals(0, build(content, out).exit());
        assertTrue(replays(content, out, "vi"));

        Files.writeString(content.resolve("agencies.yaml"), "agencies: []\n", StandardCharsets.UTF_8);
        assertFalse(replays(content, out, "vi"), "a file beside the plans");
        Files.delete(content.resolve("agencies.yaml"));
        assertTrue(replays(content, out, "vi"));

        Path pdf;
        try (var files = Files.list(out.resolve("ha-tinh-4086-2012"))) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        Files.delete(pdf);
        assertFalse(replays(content, out, "vi"), "a published file deleted");
        Cli.Result rebuilt = build(content, out);
        assertEquals(0, rebuilt.exit());
        assertTrue(Files.isRegularFile(pdf), "the full build puts the deleted file back");
    }
}
