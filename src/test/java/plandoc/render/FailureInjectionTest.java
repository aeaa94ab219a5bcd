package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import plandoc.history.Provenance;
import plandoc.publish.CountingFiles;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

/**
 * Nothing lost, at every file operation: a rebuild of two revised plans whose N-th file operation
 * fails (a full disk) reports it, and leaves the site either exactly as it was (the failure came before
 * the transaction was decided) or with every plan folder whole — the old version or the new one — and
 * the next build finishes it into exactly the revised site, with no temporary file left.
 */
class FailureInjectionTest {
    @TempDir
    Path temp;

    @Test
    void aFailureAtAnyFileOperationLeavesEveryPlanWholeAndTheNextBuildFinishes() throws Exception {
        Path map = FixturePlans.writeMap(temp.resolve("src"));
        List<ResolvedPlan> before = List.of(FixturePlans.decision(map), FixturePlans.standalonePlan());
        List<ResolvedPlan> after = before.stream().map(p -> withTitle(p, p.info().title() + " (sửa đổi lần 2)")).toList();
        // Rendered once: every build below publishes these very files (as a build takes the plans it rendered
        // ahead), so each failure point costs its file operations, not two renders of each plan.
        Publishing.Rendered revisedPlans = Publishing.render(after, TestRenderers.TEMPLATES, Provenance.NONE);

        Path reference = temp.resolve("reference");
        assertTrue(Publishing.publish(before, TestRenderers.TEMPLATES, reference).ok());
        Path beforeSite = temp.resolve("before");
        plandoc.TestFiles.copyTree(reference, beforeSite);
        Map<String, byte[]> old = published(reference);
        CountingFiles counting = new CountingFiles(Integer.MAX_VALUE);
        assertTrue(Publishing.publish(revisedPlans, reference, counting).ok());
        Map<String, byte[]> revised = published(reference);
        int operations = counting.count.get();
        assertTrue(operations > 20, "a rebuild of two plans takes many file operations: " + operations);
        int decided = counting.journalAt.get();
        assertTrue(decided > 0 && decided < operations, "the journal is written between staging and moving");

        // Every operation from the journal on (moves, clean-up: where the site changes), and every third
        // while staging (where any failure must leave the site untouched).
        List<Integer> points = new ArrayList<>();
        for (int failAt = 1; failAt <= operations; failAt++) {
            if (failAt >= decided - 1 || failAt % 3 == 1) {
                points.add(failAt);
            }
        }
        for (int failAt : points) {
            Path site = temp.resolve("site-" + failAt);
            plandoc.TestFiles.copyTree(beforeSite, site);
            BuildReport failed = Publishing.publish(revisedPlans, site, new CountingFiles(failAt));
            assertFalse(failed.ok(), "the injected failure at operation " + failAt + " is reported");
            assertEquals(RenderProblem.Kind.IO, failed.problems().get(0).kind());

            Map<String, byte[]> now = published(site);
            for (String slug : List.of(FixturePlans.SLUG, "kh-25-stttt")) {
                boolean asBefore = folder(now, slug).keySet().equals(folder(old, slug).keySet()) && same(now, old, slug);
                boolean asRevised = folder(now, slug).keySet().equals(folder(revised, slug).keySet())
                        && same(now, revised, slug);
                assertTrue(asBefore || asRevised, "operation " + failAt + ": " + slug + " is one whole version");
            }
            String index = new String(now.get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(index.contains(FixturePlans.SLUG + "/index.html") && index.contains("kh-25-stttt/index.html"),
                    "operation " + failAt + ": the index lists both plans");

            assertTrue(Publishing.publish(revisedPlans, site, new plandoc.publish.SiteFiles()).ok(), "the next build succeeds");
            Map<String, byte[]> finished = published(site);
            assertEquals(revised.keySet(), finished.keySet(), "operation " + failAt + ": the next build finishes the site");
            for (String file : revised.keySet()) {
                assertTrue(Arrays.equals(revised.get(file), finished.get(file)), "operation " + failAt + ": " + file);
            }
            assertEquals(List.of(), leftovers(site), "operation " + failAt + ": nothing temporary left");
        }
    }


    /** The published files (not plandoc's bookkeeping), by path relative to the site. */
    static Map<String, byte[]> published(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (!name.startsWith(".plandoc")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    static List<String> leftovers(Path site) throws IOException {
        return plandoc.TestFiles.leftovers(site);
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

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b, String slug) {
        return folder(a, slug).entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }


    private static ResolvedPlan withTitle(ResolvedPlan plan, String title) {
        DocumentInfo i = plan.info();
        DocumentInfo info = new DocumentInfo(i.slug(), i.numberSymbol(), i.date(), i.shortDate(), i.kindName(), title,
                i.issuer(), i.fileStem(), i.funding());
        return FixturePlans.printed(info, plan.header(), plan.bases(), plan.proposalLine(), plan.enactingLine(), plan.articles(),
                plan.body(), plan.signature(), plan.recipients(), plan.appendices(), plan.toc(), plan.tables());
    }
}
