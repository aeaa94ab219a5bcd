package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.publish.CountingFiles;
import plandoc.publish.SiteFiles;
import plandoc.render.RenderProblem;
import plandoc.render.RenderSettings;
import plandoc.publish.StateFolder;

/**
 * s17 (left by s16, tryout 5): {@code build --drop-old-names} drops the old file names a build keeps as copies after
 * a plan's number changed — the ones it names, in the same transaction as the rest of the build — without rendering
 * the plan again, and leaves the site as a build into an empty folder writes it; the current names stay.
 */
class DropOldNamesTest {
    private static final Map<String, String> KEPT = Map.of("01-KH-UBND.docx", "27-KH-UBND.docx",
            "01-KH-UBND.pdf", "27-KH-UBND.pdf", "01-KH-UBND.xlsx", "27-KH-UBND.xlsx");

    @TempDir
    Path temp;

    private SampleSite site;
    private Path out;

    @BeforeEach
    void renamed() throws IOException {
        site = new SampleSite(temp).withAgencyRegister()
                .plan("ke-hoach-a", "ke-hoach")
                .plan("ke-hoach-c", "ke-hoach");
        out = temp.resolve("site");
        assertTrue(update(DropOldNames.none()).ok());
        site.edit("ke-hoach-a", "number: 1 ", "number: 27 ");
        assertEquals(Map.of("ke-hoach-a", KEPT), update(DropOldNames.none()).namesKept());
    }

    private BuildReport update(DropOldNames drop) throws IOException {
        return update(drop, new SiteFiles());
    }

    private BuildReport update(DropOldNames drop, SiteFiles files) throws IOException {
        List<PlanSource> sources = site.sources();
        return new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()), ToolVersion.of("test"), 1, files)
                .dropOldNames(drop).update(sources, SiteUpdate.AgencyView.FROM_RECORDS, out, false, BuildProgress.SILENT);
    }

    @Test
    void oneNamedOldNameIsDroppedAloneWithoutRenderingThePlan() throws IOException {
        byte[] current = Files.readAllBytes(out.resolve("ke-hoach-a/27-KH-UBND.pdf"));

        BuildReport report = update(DropOldNames.of(List.of("ke-hoach-a/01-KH-UBND.pdf")));

        assertTrue(report.ok(), report.problems().toString());
        assertEquals(List.of(), report.rendered(), "the plan's files stand: nothing is rendered for it");
        assertEquals(Map.of("ke-hoach-a", Map.of("01-KH-UBND.pdf", "27-KH-UBND.pdf")), report.namesDropped());
        assertFalse(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.pdf")));
        assertTrue(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.docx")), "the other old names stay");
        assertArrayEquals(current, Files.readAllBytes(out.resolve("ke-hoach-a/27-KH-UBND.pdf")), "the current file stays");
        assertEquals(Map.of("01-KH-UBND.docx", "27-KH-UBND.docx", "01-KH-UBND.xlsx", "27-KH-UBND.xlsx"),
                SiteRecords.read(out, "ke-hoach-a").orElseThrow().aliases());

        // The next plain build neither renders the plan nor brings the dropped name back.
        BuildReport next = update(DropOldNames.none());
        assertEquals(List.of(), next.rendered());
        assertFalse(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.pdf")));
    }

    @Test
    void droppingEveryOldNameLeavesWhatABuildIntoAnEmptyFolderWrites() throws IOException {
        BuildReport report = update(DropOldNames.of(List.of("")));

        assertTrue(report.ok(), report.problems().toString());
        assertEquals(Map.of("ke-hoach-a", KEPT), report.namesDropped());
        Path reference = temp.resolve("reference");
        List<PlanSource> sources = site.sources();
        assertTrue(new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()), ToolVersion.of("test"), 1)
                .update(sources, SiteUpdate.AgencyView.FROM_RECORDS, reference, true, BuildProgress.SILENT).ok());
        // Records, index, feed, search data, data package: all as if the plan had always had its new number.
        assertEquals(Optional.empty(), SampleSite.firstDifference(SampleSite.files(reference), SampleSite.files(out)));
        assertEquals(List.of(), update(DropOldNames.none()).rendered(), "and the cache agrees with the folder");
    }

    @Test
    void anOldNameDroppedAsThePlanIsRenamedAgainIsNeitherKeptNorSaidKept() throws IOException {
        site.edit("ke-hoach-a", "number: 27 ", "number: 28 ");

        BuildReport report = update(DropOldNames.of(List.of("ke-hoach-a")));

        assertEquals(List.of("ke-hoach-a"), report.rendered());
        assertEquals(Map.of(), report.namesKept());
        assertEquals(6, report.namesDropped().get("ke-hoach-a").size(), report.namesDropped().toString());
        assertEquals(Map.of(), SiteRecords.read(out, "ke-hoach-a").orElseThrow().aliases());
        assertTrue(Files.exists(out.resolve("ke-hoach-a/28-KH-UBND.pdf")));
        assertFalse(Files.exists(out.resolve("ke-hoach-a/27-KH-UBND.pdf")));
        assertFalse(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.pdf")));
    }

    @Test
    void aNameThatIsNotAnOldNameIsAnErrorNamingTheOldNamesKeptAndDropsNothing() throws IOException {
        BuildReport report = update(DropOldNames.of(List.of("ke-hoach-a/27-KH-UBND.pdf", "ke-hoach-c")));

        assertEquals(2, report.problems().size(), report.problems().toString());
        RenderProblem first = report.problems().get(0);
        assertEquals(RenderProblem.Kind.CONTENT, first.kind());
        assertEquals(List.of("ke-hoach-a/27-KH-UBND.pdf", "ke-hoach-a/01-KH-UBND.docx, ke-hoach-a/01-KH-UBND.pdf, "
                + "ke-hoach-a/01-KH-UBND.xlsx"), first.message().args().stream().map(String::valueOf).toList());
        assertTrue(Files.exists(out.resolve("ke-hoach-a/27-KH-UBND.pdf")), "a current name is never dropped");
        assertTrue(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.pdf")));
    }

    /** A failure at any file operation of the dropping build: the site as before, or (journal written) as after. */
    @Test
    void aBuildThatFailsAnywhereLeavesTheOldNamesOrDropsThemAll() throws IOException {
        Path before = temp.resolve("before");
        plandoc.TestFiles.copyTree(out, before);
        Map<String, byte[]> old = SampleSite.files(out);
        CountingFiles counting = new CountingFiles(Integer.MAX_VALUE);
        assertTrue(update(DropOldNames.of(List.of("")), counting).ok());
        Map<String, byte[]> dropped = SampleSite.files(out);
        int operations = counting.count.get();
        assertTrue(operations > 3, "operations: " + operations);

        for (int failAt = 1; failAt <= operations; failAt++) {
            plandoc.TestFiles.copyTree(before, plandoc.TestFiles.freshFolder(out));
            BuildReport failed = update(DropOldNames.of(List.of("")), new CountingFiles(failAt));
            assertFalse(failed.ok(), "operation " + failAt);
            Map<String, byte[]> now = SampleSite.files(out, ".plandoc/txn");
            // Decided once the journal is written (README "Publishing"): the moves may not have begun yet.
            boolean decided = Files.exists(StateFolder.resolve(out, ".plandoc/txn/journal.json"));
            boolean asBefore = !decided && SampleSite.firstDifference(old, now).isEmpty();
            boolean done = SampleSite.firstDifference(dropped, now).isEmpty();
            assertTrue(decided || asBefore || done, "operation " + failAt + ": one whole version of the site");
            // The next build, a plain one, finishes what the journal decided or finds the site as it was.
            update(DropOldNames.none());
            Map<String, byte[]> next = SampleSite.files(out);
            assertTrue(asBefore ? SampleSite.firstDifference(old, next).isEmpty()
                    : SampleSite.firstDifference(dropped, next).isEmpty(), "operation " + failAt + " (as before: "
                    + asBefore + "): " + SampleSite.firstDifference(asBefore ? old : dropped, next));
        }
    }
}
