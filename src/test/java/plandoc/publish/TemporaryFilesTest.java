package plandoc.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.build.Publishing;
import plandoc.resolved.ResolvedPlan;

/**
 * Every build deletes the temporary files an earlier plandoc left in the site (README "Publishing", 1),
 * finding them with fewer system calls than a walk (issue 17): exactly those {@code Files.walk(site, 3)}
 * finds, in a real published site with leftovers at every depth, in folders with and without folders.
 */
class TemporaryFilesTest {
    @TempDir
    Path temp;

    @Test
    void findsWhatTheWalkFoundAndRecoveryDeletesThemAll() throws Exception {
        List<ResolvedPlan> plans = new ArrayList<>();
        for (PlanOutcome outcome : new Generator(Path.of("")).resolveAll(Path.of("content"))) {
            plans.add(outcome.resolved().orElseThrow());
        }
        plans = plans.subList(0, 1); // one plan is a whole site: its folder, sources, record, search files, assets
        Path site = temp.resolve("site");
        assertTrue(Publishing.publish(plans, Path.of("templates"), site).ok());
        String slug = plans.get(0).info().slug();
        Files.createDirectories(site.resolve(slug + "/hinh/x")); // a plan folder holding a folder (link count 3)
        Files.createDirectories(site.resolve(".index.html.7.tmp")); // a folder named like one: searched, kept
        List<String> leftovers = List.of(
                ".index.html.4242.tmp", // the site: depth 1
                slug + "/.index.html.4242.tmp", // a plan folder without folders: depth 2
                slug + "/.x.pdf.123456789.tmp", // sign's
                slug + "/.index.html.4242.17.tmp", // AtomicFileWriter's since s21: the process, then its write
                slug + "/hinh/.so-do.png.77.tmp", // a folder in a plan folder: depth 3
                "assets/fonts/.LiberationSerif-Regular.ttf.5.tmp",
                "search/terms/.c.js.9.tmp",
                ".index.html.7.tmp/.y.8.tmp");
        // and in the bookkeeping beside the site (its state folder)
        Path state = StateFolder.of(site);
        List<String> stateLeftovers = List.of("records/." + slug + ".json.12.tmp", "published/." + slug + ".31.tmp",
                ".cache.json.3.tmp");
        List<String> kept = List.of(
                slug + "/hinh/x/.deep.1.tmp", // depth 4: below the search, as before
                slug + "/.no-pid.tmp", slug + "/index.html.5.tmp", slug + "/.a.5.tmp~");
        for (String path : concat(leftovers, kept)) {
            Files.write(site.resolve(path), new byte[] {1});
        }
        for (String path : stateLeftovers) {
            Files.write(state.resolve(path), new byte[] {1});
        }
        assertEquals(new TreeSet<>(stateLeftovers), relative(state, TemporaryFiles.in(state)));

        assertEquals(new TreeSet<>(leftovers), relative(site, TemporaryFiles.in(site)));
        assertEquals(new TreeSet<>(leftovers), relative(site, walked(site)), "what Files.walk(site, 3) finds");

        assertEquals(SitePublisher.Recovery.CLEAN, new SitePublisher(site).recover());
        assertEquals(Set.of(), relative(site, walked(site)), "all deleted");
        assertEquals(Set.of(), relative(state, walked(state)), "in the state folder too");
        for (String path : kept) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
        }
        assertTrue(Files.isDirectory(site.resolve(".index.html.7.tmp")));
        assertTrue(Files.isRegularFile(site.resolve(slug + "/index.html")));
    }

    /** The search as it was: every entry to depth 3, stat'ed. */
    private static List<Path> walked(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site, 3)) {
            return walk.filter(p -> TemporaryFiles.TEMPORARY.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).toList();
        }
    }

    private static Set<String> relative(Path site, List<Path> files) {
        Set<String> names = new TreeSet<>();
        files.forEach(f -> names.add(site.relativize(f).toString()));
        return names;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
