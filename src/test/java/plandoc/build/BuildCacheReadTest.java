package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.html.PlanLinks;
import plandoc.publish.StateFolder;

/**
 * Issue 17: the cache a build read before taking the site's lock is used again under it only while the
 * site holds the same bytes; once another build wrote it, it is read afresh. A copy either way: the
 * update changes its own.
 */
class BuildCacheReadTest {
    @TempDir
    Path site;

    @Test
    void theEarlierCopyIsUsedOnlyWhileTheFileIsUnchanged() throws IOException {
        BuildCache written = BuildCache.empty();
        written.putPlan("a", entry("key-1"));
        Files.createDirectories(StateFolder.of(site));
        Files.write(StateFolder.resolve(site, BuildCache.FILE), written.bytes());
        BuildCache before = BuildCache.read(site);

        BuildCache again = BuildCache.read(site, before);
        assertTrue(again.sameFileAs(before));
        assertEquals("key-1", again.plan("a").orElseThrow().key());
        again.removePlan("a");
        assertTrue(before.plan("a").isPresent(), "the update's changes stay in its own copy");

        BuildCache other = BuildCache.empty();
        other.putPlan("a", entry("key-2"));
        Files.write(StateFolder.resolve(site, BuildCache.FILE), other.bytes()); // another build published in between
        BuildCache after = BuildCache.read(site, before);
        assertFalse(after.sameFileAs(before));
        assertEquals("key-2", after.plan("a").orElseThrow().key());

        Files.delete(StateFolder.resolve(site, BuildCache.FILE));
        assertTrue(BuildCache.read(site, before).planSlugs().isEmpty(), "no file: an empty cache");
        assertFalse(BuildCache.empty().sameFileAs(BuildCache.empty()));
    }

    /**
     * {@link BuildCache#holdsUnprinted} answers from the file's text when it never names the field, else from the
     * parsed cache: the same answer either way, a link whose words are the field's name included.
     */
    @Test
    void holdsUnprintedIsTheParsedCachesAnswer() throws IOException {
        assertFalse(BuildCache.holdsUnprinted(site), "no cache");
        Files.createDirectories(StateFolder.of(site));
        BuildCache plain = BuildCache.empty();
        plain.putPlan("a", entry("key-1"));
        Files.write(StateFolder.resolve(site, BuildCache.FILE), plain.bytes());
        assertFalse(BuildCache.holdsUnprinted(site));

        BuildCache named = BuildCache.empty();
        named.putPlan("a", new BuildCache.PlanEntry("key-1", List.of(new BuildCache.OutputFile("index.html", 10)),
                new PlanLinks("a/index.html", "a/a.pdf", "a/plan.json",
                        List.of(new plandoc.render.html.DataFile("unprinted", "unprinted", "unprinted")))));
        Files.write(StateFolder.resolve(site, BuildCache.FILE), named.bytes());
        assertTrue(new String(named.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"unprinted\""));
        assertFalse(BuildCache.holdsUnprinted(site), "the name in a link's words is no unprinted edit");

        BuildCache held = BuildCache.empty();
        held.putPlan("a", entry("key-1"));
        held.putPlan("b", new BuildCache.PlanEntry("key-2", List.of(), new PlanLinks("b/index.html", "b/b.pdf",
                "b/plan.json", List.of()), java.util.Optional.of("key-3")));
        Files.write(StateFolder.resolve(site, BuildCache.FILE), held.bytes());
        assertTrue(BuildCache.holdsUnprinted(site));
    }

    private static BuildCache.PlanEntry entry(String key) {
        return new BuildCache.PlanEntry(key, List.of(new BuildCache.OutputFile("index.html", 10)),
                new PlanLinks("a/index.html", "a/a.pdf", "a/plan.json", List.of()));
    }
}
