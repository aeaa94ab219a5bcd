package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static plandoc.CitingPlans.DECISION;
import static plandoc.CitingPlans.PLAN;
import static plandoc.CitingPlans.copy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PlanOutcome;
import plandoc.render.RenderSettings;
import plandoc.resolved.Cited;

/**
 * Which plans known only by their site record {@link CitedPlans} reads again (issue 17, item 3: a one-plan edit of a
 * 200-plan site read and scanned the 199 others' sources). The two plans of {@link plandoc.CitingPlans} cite each other;
 * the KH was published first, so it keeps linking nothing (issued, frozen), and the QĐ, published later, links it.
 */
class CitedPlansTest {
    @TempDir
    Path dir;

    @Test
    void anIssuedPlanThatCanLinkNoDocumentIsNotReadAgain() throws Exception {
        Path content = dir.resolve("content");
        Path templates = dir.resolve("templates");
        SampleSite.copyTree(Path.of("templates"), templates);
        Path out = dir.resolve("site");
        copy(PLAN, content);
        build(content, templates, out);
        copy(DECISION, content);
        build(content, templates, out);

        List<PlanOutcome> known = new ArrayList<>();
        for (String slug : List.of(DECISION, PLAN)) {
            known.add(PlanOutcome.recorded(content.resolve(slug), SiteRecords.read(out, slug).orElseThrow()));
        }
        assertEquals(List.of(new Cited.Link("Kế hoạch số 86/KH-UBND", PLAN)),
                known.get(0).record().orElseThrow().info().cited().links());
        assertEquals(Cited.NONE, known.get(1).record().orElseThrow().info().cited(), "published before the QĐ was");

        List<Path> read = new ArrayList<>();
        List<PlanOutcome> linked = CitedPlans.link(known, folder -> fail("read again: " + folder), o -> true,
                slug -> SiteRecords.read(out, slug), o -> false, folder -> {
                    read.add(folder);
                    try {
                        return List.of(Files.readString(folder.resolve("plan.yaml")));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        // The QĐ's sources are scanned: they could cite the KH otherwise than its record says. The KH's are not: it
        // can link no document of the site, so its record's links (none) are what a scan would find.
        assertEquals(List.of(content.resolve(DECISION)), read);
        assertEquals(known, linked, "each plan as its record says");
    }

    /**
     * A plan whose record links a document the site no longer has under that citation is read again (its links
     * change), and this is known without scanning its sources.
     */
    @Test
    void aPlanWhoseLinkedDocumentLeftIsReadAgain() throws Exception {
        Path content = dir.resolve("content");
        Path templates = dir.resolve("templates");
        SampleSite.copyTree(Path.of("templates"), templates);
        Path out = dir.resolve("site");
        copy(PLAN, content);
        copy(DECISION, content);
        build(content, templates, out);

        PlanOutcome decision = PlanOutcome.recorded(content.resolve(DECISION),
                SiteRecords.read(out, DECISION).orElseThrow());
        assertTrue(!decision.record().orElseThrow().info().cited().isEmpty());
        // The KH renumbered 87 since (and linking nothing): the QĐ, which links "Kế hoạch số 86/KH-UBND", can link no
        // document now.
        PlanOutcome renumbered = PlanOutcome.recorded(content.resolve(PLAN),
                renumbered(SiteRecords.read(out, PLAN).orElseThrow()));
        List<Path> reread = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        CitedPlans.link(List.of(decision, renumbered), folder -> {
            reread.add(folder);
            return decision;
        }, o -> true, slug -> SiteRecords.read(out, slug), o -> false, folder -> {
            read.add(folder);
            return List.of();
        });
        assertEquals(List.of(content.resolve(DECISION)), reread, "its links would change: read again");
        assertEquals(List.of(), read);
    }

    private static SiteRecord renumbered(SiteRecord r) {
        plandoc.resolved.DocumentInfo i = r.info();
        return new SiteRecord(r.slug(), r.key(), r.folder(), new plandoc.resolved.DocumentInfo(i.slug(), "87/KH-UBND",
                i.date(), i.shortDate(), i.kindName(), i.title(), i.issuer(), i.fileStem(), i.funding(),
                i.issuerIdentifier(), i.subject(), i.standing(), i.related(), Cited.NONE), r.summary(), r.agencyWork(),
                r.problems(), r.files());
    }

    private static void build(Path content, Path templates, Path out) throws Exception {
        SiteBuild build = new SiteBuild(content, templates, out, RenderSettings.defaults(), ToolVersion.of("test"), 1);
        assertTrue(build.render(build.check(true), false, BuildProgress.SILENT).ok());
    }
}
