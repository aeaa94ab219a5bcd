package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

/**
 * Nothing lost: a rebuild of two revised plans whose N-th file write fails halfway (a full disk) leaves
 * every file of the site either exactly as it was before or exactly as a successful build of the revision
 * writes it — never half-written, no temporary files left — and the plan that failed keeps all of its
 * previous files byte for byte. (The site index is the one file that may be neither: it lists the
 * plans as now published, one revised and one as it was; it is checked to be whole.)
 */
class FailureInjectionTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "failing write #{0}")
    @ValueSource(ints = {1, 2, 3, 5, 8, 14}) // 8 and 14: the first file of each plan (issue 12 added the .xml record)
    void aFailureHalfwayLeavesEveryFileWholeAndTheFailedPlanAsItWas(int failAt) throws IOException {
        Path map = FixturePlans.writeMap(temp.resolve("src"));
        List<ResolvedPlan> before = List.of(FixturePlans.decision(map), FixturePlans.standalonePlan());
        List<ResolvedPlan> after = before.stream().map(p -> withTitle(p, p.info().title() + " (sửa đổi lần 2)")).toList();

        Path site = temp.resolve("site");
        assertTrue(new SiteBuilder(RenderSettings.defaults()).build(before, TestRenderers.TEMPLATES, site).ok());
        Map<String, byte[]> old = snapshot(site);
        Path reference = temp.resolve("reference");
        assertTrue(new SiteBuilder(RenderSettings.defaults()).build(after, TestRenderers.TEMPLATES, reference).ok());
        Map<String, byte[]> revised = snapshot(reference);

        AtomicInteger writes = new AtomicInteger();
        AtomicFileWriter failing = new AtomicFileWriter() {
            @Override
            public void write(Path target, Content content) throws IOException {
                if (writes.incrementAndGet() != failAt) {
                    super.write(target, content);
                    return;
                }
                super.write(target, out -> content.writeTo(new HalfThenFail(out)));
            }
        };
        BuildResult result = new SiteBuilder(new FlexmarkMarkdownRenderer(new LinkPolicy()), RenderSettings.defaults(),
                failing).build(after, TestRenderers.TEMPLATES, site);

        assertFalse(result.ok(), "the injected failure is reported");
        Map<String, byte[]> now = snapshot(site);
        List<String> torn = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : now.entrySet()) {
            boolean asBefore = old.containsKey(e.getKey()) && java.util.Arrays.equals(old.get(e.getKey()), e.getValue());
            boolean asRevised = revised.containsKey(e.getKey()) && java.util.Arrays.equals(revised.get(e.getKey()), e.getValue());
            if (e.getKey().equals("index.html")) {
                // The site index lists what is published now: one plan revised, the failed one as it was.
                String index = new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(index.strip().endsWith("</html>"), "index written whole");
                continue;
            }
            if (!asBefore && !asRevised) {
                torn.add(e.getKey());
            }
        }
        assertEquals(List.of(), torn, "files neither as before nor as revised");
        assertEquals(List.of(), now.keySet().stream().filter(f -> f.endsWith(".tmp")).toList(), "temporary files left");
        assertFalse(result.problems().isEmpty());
        assertTrue(now.keySet().containsAll(old.keySet()), "no previous file removed");
        for (RenderProblem p : result.problems()) {
            String slug = p.plan();
            if (slug == null || slug.isEmpty()) {
                continue;
            }
            for (String file : old.keySet()) {
                if (file.startsWith(slug + "/")) {
                    assertArrayEquals(old.get(file), now.get(file), "failed plan " + slug + " keeps " + file);
                }
            }
        }
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }

    /** Passes half of what it is given (at least one byte), then fails like a full disk. */
    private static final class HalfThenFail extends FilterOutputStream {
        HalfThenFail(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, Math.max(1, length / 2));
            throw new IOException("không còn chỗ trống trên đĩa");
        }
    }

    private static ResolvedPlan withTitle(ResolvedPlan plan, String title) {
        DocumentInfo i = plan.info();
        DocumentInfo info = new DocumentInfo(i.slug(), i.numberSymbol(), i.date(), i.dateText(), i.kind(), title,
                i.issuer(), i.fileStem(), i.fundingTotal(), i.fundingUnit(), i.fundingText());
        return new ResolvedPlan(info, plan.header(), plan.bases(), plan.proposal(), plan.enacting(), plan.articles(),
                plan.body(), plan.signature(), plan.recipients(), plan.appendices(), plan.toc(), plan.tables());
    }
}
