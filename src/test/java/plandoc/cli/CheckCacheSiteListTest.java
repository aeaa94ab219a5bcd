package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.build.CheckCache;
import plandoc.build.ToolVersion;
import plandoc.render.RenderSettings;
import plandoc.publish.StateFolder;

/**
 * The check record's list of the site's files is the last record's list patched with what the build's
 * transaction wrote (issue 17, session 7): it must be the list a walk of the site makes, and a file
 * changed behind the record's back must still make the next unchanged build run in full. The templates'
 * digest is kept in the record like a plan folder's: an edited template is read again.
 */
class CheckCacheSiteListTest {

    private static Path copyPlan(Path dir) throws IOException {
        return CheckCacheTest.copyPlan(dir);
    }

    private static Cli.Result build(Path content, Path out) {
        return Cli.run("build", "--content", content.toString(), "--out", out.toString(), "-j", "1");
    }

    private static boolean replays(Path content, Path out) throws IOException {
        CheckCache.Inputs inputs = CheckCache.inputs(content, Path.of("templates"), RenderSettings.fromEnvironment(
                System.getenv()), ToolVersion.current(), "vi");
        return CheckCache.replay(inputs, out).isPresent();
    }

    private static void edit(Path content, String slug, String comment) throws IOException {
        Files.writeString(content.resolve(slug).resolve("plan.yaml"), "\n# " + comment + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    /** The site's files as the record lists them. */
    private static Map<String, String> recorded(Path out) throws IOException {
        JsonNode root = new ObjectMapper().readTree(StateFolder.resolve(out, ".plandoc/check.json").toFile());
        Map<String, String> files = new TreeMap<>();
        root.path("site").properties().forEach(e -> files.put(e.getKey(), e.getValue().asText()));
        return files;
    }

    /** Every file of the site and its bookkeeping but the record and the lock, walked: what the record must list. */
    private static Map<String, String> walked(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, Path> file : plandoc.TestFiles.withBookkeeping(out).entrySet()) {
            if (!file.getKey().equals(".plandoc/check.json") && !file.getKey().equals(".plandoc/lock")) {
                BasicFileAttributes a = Files.readAttributes(file.getValue(), BasicFileAttributes.class);
                files.put(file.getKey(), a.size() + " " + a.lastModifiedTime().toMillis());
            }
        }
        return files;
    }

    @Test
    void aPatchedListIsTheListAWalkMakes(@TempDir Path dir) throws IOException {
        Path content = copyPlan(dir);
        Path out = dir.resolve("site");
        assertEquals(0, build(content, out).exit());
        assertEquals(walked(out), recorded(out), "the first build walks");

        edit(content, "ha-tinh-4086-2012", "sửa 1");
        assertEquals(0, build(content, out).exit());
        assertEquals(walked(out), recorded(out), "one plan rendered again: its folder, its sources, the pages");
        assertTrue(replays(content, out));

        Cli.Result added = Cli.newIssued("new", "ke-hoach-moi", "--content", content.toString());
        assertEquals(0, added.exit(), added.errText());
        assertEquals(0, build(content, out).exit());
        assertEquals(walked(out), recorded(out), "a plan added");
        assertTrue(replays(content, out));

        edit(content, "ke-hoach-moi", "sửa 2");
        assertEquals(0, build(content, out).exit());
        assertEquals(walked(out), recorded(out), "the other plan edited");
        assertTrue(replays(content, out));
    }

    @Test
    void anEditedTemplateIsReadAgain(@TempDir Path dir) throws IOException {
        Path content = copyPlan(dir);
        Path out = dir.resolve("site");
        Path templates = dir.resolve("templates");
        long old = System.currentTimeMillis() - 3_600_000;
        try (Stream<Path> walk = Files.walk(Path.of("templates"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path copy = templates.resolve(Path.of("templates").relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
                Files.setLastModifiedTime(copy, FileTime.fromMillis(old)); // old enough for its digest to be kept
            }
        }
        Cli.Result first = Cli.run("build", "--content", content.toString(), "--templates", templates.toString(),
                "--out", out.toString(), "-j", "1");
        assertEquals(0, first.exit(), first.errText());
        assertTrue(replays(content, templates, out), "the templates' digest recorded is the one they have");

        Path page = templates.resolve("plan.ftlh");
        Files.writeString(page, "<#-- sửa -->", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(page, FileTime.fromMillis(old + 1_000));
        assertFalse(replays(content, templates, out), "an edited template, however old its time");
    }

    /** As the build asks, with the record's digests: the templates' too. */
    private static boolean replays(Path content, Path templates, Path out) throws IOException {
        CheckCache.Inputs inputs = CheckCache.inputs(content, templates, RenderSettings.fromEnvironment(
                System.getenv()), ToolVersion.current(), "vi", out);
        return CheckCache.replay(inputs, out).isPresent();
    }

    @Test
    void aFileChangedBehindTheRecordStillForcesAFullRun(@TempDir Path dir) throws IOException {
        Path content = copyPlan(dir);
        Path out = dir.resolve("site");
        assertEquals(0, Cli.newIssued("new", "ke-hoach-moi", "--content", content.toString()).exit());
        assertEquals(0, build(content, out).exit());
        // A file of the other plan, which this build does not write, touched after the record:
        // the patched list keeps its old entry.
        Path touched;
        try (Stream<Path> files = Files.list(out.resolve("ke-hoach-moi"))) {
            touched = files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        // Touched, not edited (an edit of its size is seen, and the plan published again).
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5_000));
        edit(content, "ha-tinh-4086-2012", "sửa");
        assertEquals(0, build(content, out).exit());
        assertFalse(replays(content, out), "the record does not list the site as it is: no replay");
        // The full run lists the site walked, and the build after it is answered from the record again.
        assertEquals(0, build(content, out).exit());
        assertEquals(walked(out), recorded(out));
        assertTrue(replays(content, out));
    }
}
