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
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.render.RenderSettings;

/**
 * The incremental build renders only what changed, yet leaves the site byte for byte as a clean
 * build into an empty folder would; a plan with errors stays published as it was; a plan that left the
 * content is unpublished.
 */
class SiteUpdateTest {
    @TempDir
    Path temp;

    private SampleSite site;
    private Path out;

    @BeforeEach
    void setUp() {
        site = new SampleSite(temp).withAgencyRegister()
                .plan("ke-hoach-a", "ke-hoach")
                .plan("quyet-dinh-b", "quyet-dinh")
                .plan("ke-hoach-c", "ke-hoach");
        out = temp.resolve("site");
    }

    private BuildReport update(boolean clean) throws IOException {
        return update(clean, 2);
    }

    private BuildReport update(boolean clean, int jobs) throws IOException {
        List<PlanSource> sources = site.sources();
        Renderers renderers = new Renderers(site.templates, RenderSettings.defaults());
        return new SiteUpdate(renderers, ToolVersion.of("test"), jobs)
                .update(sources, SiteUpdate.AgencyView.FROM_RECORDS, out, clean, BuildProgress.SILENT);
    }

    /** What a build writes from scratch, into an empty folder, for the current sources. */
    private Map<String, byte[]> cleanBuild(String name) throws IOException {
        Path reference = temp.resolve(name);
        List<PlanSource> sources = site.sources();
        BuildReport result = new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()),
                ToolVersion.of("test"), 1).update(sources, SiteUpdate.AgencyView.FROM_RECORDS, reference, true,
                BuildProgress.SILENT);
        assertTrue(result.ok(), result.problems().toString());
        return SampleSite.files(reference);
    }

    private void assertSameAs(Map<String, byte[]> expected) {
        Optional<String> difference = SampleSite.firstDifference(expected, SampleSite.files(out));
        assertEquals(Optional.empty(), difference);
    }

    @Test
    void aFirstBuildWritesWhatACleanBuildWritesAndTheSchema() throws IOException {
        BuildReport report = update(false);

        assertTrue(report.ok(), report.problems().toString());
        assertEquals(List.of("ke-hoach-a", "ke-hoach-c", "quyet-dinh-b"), report.rendered());
        assertSameAs(cleanBuild("reference"));
        assertTrue(Files.isRegularFile(out.resolve("schema/plan.schema.json")));
        assertTrue(Files.isRegularFile(out.resolve("co-quan/index.html")), "the agency view is written");
        // The officers' guide is published where province.yaml's guide: says: by default not on the portal.
        assertFalse(Files.exists(out.resolve(plandoc.render.GuidePage.PATH)), "no officers' guide on the portal");
        assertFalse(Files.readString(out.resolve("index.html")).contains("huong-dan"), "nor a link to it");
    }

    @Test
    void aNoOpBuildRendersNothingWritesNothingAndLoadsNoFonts() throws IOException {
        update(false);
        List<PlanSource> sources = site.sources();
        Renderers renderers = new Renderers(site.templates, RenderSettings.defaults());
        BuildReport again = new SiteUpdate(renderers, ToolVersion.of("test"), 2)
                .update(sources, SiteUpdate.AgencyView.FROM_RECORDS, out, false, BuildProgress.SILENT);

        assertEquals(List.of(), again.rendered());
        assertEquals(List.of("ke-hoach-a", "ke-hoach-c", "quyet-dinh-b"), again.unchanged());
        assertEquals(List.of(), again.pagesChanged());
        assertSameAs(cleanBuild("reference"));
        assertFalse(renderers.planRendererLoaded(), "nothing to render, so no fonts and no PDF set-up");
    }

    @Test
    void changingOnePlanRendersThatPlanAndTheSitePagesAndMatchesACleanBuild() throws IOException {
        update(false);
        java.nio.file.attribute.FileTime untouched = java.nio.file.attribute.FileTime.fromMillis(0);
        Files.setLastModifiedTime(out.resolve("ke-hoach-a/index.html"), untouched);
        site.edit("ke-hoach-c", "amounts: { ns-tinh: 500 }", "amounts: { ns-tinh: 750 }");

        BuildReport report = update(false);

        assertEquals(List.of("ke-hoach-c"), report.rendered());
        assertEquals(List.of("co-quan/index.html", "index.html"), report.pagesChanged());
        assertEquals(untouched, Files.getLastModifiedTime(out.resolve("ke-hoach-a/index.html")), "ke-hoach-a not rewritten");
        assertSameAs(cleanBuild("reference-after-edit"));
    }

    @Test
    void aChangedTemplateOrToolRendersEverything() throws IOException {
        update(false);
        SampleSite.write(site.templates.resolve("assets/plandoc.css"), "body { color: #111; }\n");
        // Rendered again; a stylesheet is no part of a plan's files, so they come out as published and stay (s22).
        BuildReport restyled = update(false);
        assertEquals(3, restyled.renderedSame().size(), "templates are part of every plan's key");
        assertEquals(List.of(), restyled.rendered());

        List<PlanSource> sources = site.sources();
        BuildReport newTool = new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()),
                ToolVersion.of("another plandoc"), 2)
                .update(sources, SiteUpdate.AgencyView.FROM_RECORDS, out, false, BuildProgress.SILENT);
        assertEquals(3, newTool.rendered().size() + newTool.renderedSame().size(), "so is plandoc's own code");
    }

    @Test
    void cleanRendersEverythingAndAMissingFileIsRenderedAgain() throws IOException {
        update(false);
        BuildReport clean = update(true);
        assertEquals(3, clean.renderedSame().size(), "rendered again, their files as published: not written again");
        assertEquals(List.of(), clean.rendered());

        Files.delete(out.resolve("ke-hoach-a/plan.json"));
        BuildReport report = update(false);
        assertEquals(List.of("ke-hoach-a"), report.rendered());
        assertTrue(Files.isRegularFile(out.resolve("ke-hoach-a/plan.json")));
    }

    /**
     * The files named after the document's number kept under an old name: not the e-document record, which states
     * the number it records.
     */
    private static final List<String> KEPT = List.of(".pdf", ".docx", ".xlsx");

    @Test
    void aPlanWhoseFileNamesChangeKeepsItsOldNamesAsCopiesThatOnlyItsOldLinksReach() throws IOException {
        update(false);
        assertTrue(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.pdf")));
        site.edit("ke-hoach-a", "number: 1 ", "number: 27 ");

        BuildReport renamed = update(false);

        // The build says which names it kept (s16: the report had no word of them).
        assertEquals(Map.of("ke-hoach-a", Map.of("01-KH-UBND.docx", "27-KH-UBND.docx", "01-KH-UBND.pdf", "27-KH-UBND.pdf",
                "01-KH-UBND.xlsx", "27-KH-UBND.xlsx")), renamed.namesKept());

        // Each old name is a byte-for-byte copy of the file that replaced it, so a link to it still opens the document.
        for (String ext : KEPT) {
            assertArrayEquals(Files.readAllBytes(out.resolve("ke-hoach-a/27-KH-UBND" + ext)),
                    Files.readAllBytes(out.resolve("ke-hoach-a/01-KH-UBND" + ext)), ext);
        }
        // The e-document record is not kept: a copy would be a second record of the document, under a wrong number.
        assertFalse(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.xml")));
        // Nothing the site shows links the old names: the page, the index, its search data and the feed.
        for (String page : List.of("ke-hoach-a/index.html", "ke-hoach-a/plan.json")) {
            String text = Files.readString(out.resolve(page));
            assertFalse(text.contains("01-KH-UBND"), page + " links an old name");
            assertTrue(text.contains("27-KH-UBND"), page + " links the new name");
        }
        // (ke-hoach-c is numbered 1 too: its own 01-KH-UBND.pdf is linked as it should be.)
        for (String page : List.of("index.html", "feed.xml", "search/plans.js", "search/first-page.js")) {
            String text = Files.readString(out.resolve(page));
            assertFalse(text.contains("ke-hoach-a/01-KH-UBND"), page + " links an old name");
            assertTrue(text.contains("ke-hoach-a/27-KH-UBND"), page + " links the new name");
        }
        // The plan's record lists them; otherwise the site is what a build into an empty folder writes.
        String record = SiteRecord.path("ke-hoach-a");
        assertEquals(Map.of("01-KH-UBND.docx", "27-KH-UBND.docx", "01-KH-UBND.pdf", "27-KH-UBND.pdf",
                "01-KH-UBND.xlsx", "27-KH-UBND.xlsx"),
                SiteRecords.read(out, "ke-hoach-a").orElseThrow().aliases());
        Map<String, byte[]> expected = new TreeMap<>(cleanBuild("reference-after-rename"));
        expected.remove(record);
        KEPT.forEach(ext -> expected.put("ke-hoach-a/01-KH-UBND" + ext, expected.get("ke-hoach-a/27-KH-UBND" + ext)));
        assertEquals(Optional.empty(), SampleSite.firstDifference(expected, SampleSite.files(out, record)));

        // Renamed again: both old names now open the newest file; an edit keeps them up to date.
        site.edit("ke-hoach-a", "number: 27 ", "number: 28 ");
        // Only the names kept for the first time: 01-… were kept before and are said no more.
        assertEquals(Map.of("ke-hoach-a", Map.of("27-KH-UBND.docx", "28-KH-UBND.docx", "27-KH-UBND.pdf", "28-KH-UBND.pdf",
                "27-KH-UBND.xlsx", "28-KH-UBND.xlsx")), update(false).namesKept());
        site.edit("ke-hoach-a", "amounts: { ns-tinh: 500 }", "amounts: { ns-tinh: 650 }");
        BuildReport edited = update(false);
        assertEquals(List.of("ke-hoach-a"), edited.rendered());
        assertEquals(Map.of(), edited.namesKept());
        for (String old : List.of("01", "27")) {
            assertArrayEquals(Files.readAllBytes(out.resolve("ke-hoach-a/28-KH-UBND.pdf")),
                    Files.readAllBytes(out.resolve("ke-hoach-a/" + old + "-KH-UBND.pdf")), old);
        }
        // A copy deleted by hand is written again, like any published file; --clean keeps them too.
        Files.delete(out.resolve("ke-hoach-a/01-KH-UBND.xlsx"));
        assertEquals(List.of("ke-hoach-a"), update(false).rendered());
        update(true);
        for (String ext : KEPT) {
            assertTrue(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND" + ext)), ext);
            assertTrue(Files.exists(out.resolve("ke-hoach-a/27-KH-UBND" + ext)), ext);
        }
        assertEquals(6, SiteRecords.read(out, "ke-hoach-a").orElseThrow().aliases().size());
    }

    @Test
    void aDraftsNamesAreNotKeptWhenItIsIssued() throws IOException {
        site.edit("ke-hoach-a", "number: 1 ", "draft: true # ");
        update(false); // as a preview server writes a draft into the site
        assertTrue(Files.exists(out.resolve("ke-hoach-a/du-thao-KH-UBND.pdf")));
        site.edit("ke-hoach-a", "draft: true # ", "number: 1 ");

        update(false);

        assertFalse(Files.exists(out.resolve("ke-hoach-a/du-thao-KH-UBND.pdf")), "a draft's name is not published");
        assertTrue(Files.exists(out.resolve("ke-hoach-a/01-KH-UBND.pdf")));
        assertEquals(Map.of(), SiteRecords.read(out, "ke-hoach-a").orElseThrow().aliases());
        assertSameAs(cleanBuild("reference-issued"));
    }

    @Test
    void filesAPlanNoLongerPublishesAreRemoved() throws IOException {
        update(false);
        assertTrue(Files.exists(out.resolve("ke-hoach-c/kinh-phi.csv")));
        site.edit("ke-hoach-c", "kinh-phi", "ngan-sach"); // the budget's id, and so its files' names

        update(false);

        assertFalse(Files.exists(out.resolve("ke-hoach-c/kinh-phi.csv")), "a file no longer published is removed");
        assertTrue(Files.exists(out.resolve("ke-hoach-c/ngan-sach.csv")));
        assertSameAs(cleanBuild("reference-after-removal"));
    }

    @Test
    void oneThreadAndTwoThreadsWriteTheSameSite() throws IOException {
        update(false, 1);
        Map<String, byte[]> sequential = SampleSite.files(out);
        update(true, 2);
        assertEquals(Optional.empty(), SampleSite.firstDifference(sequential, SampleSite.files(out)));
    }

    @Test
    void aPlanWithErrorsAfterPublishingKeepsItsFilesAndItsPlaceInTheIndexAndAgencyView() throws IOException {
        update(false);
        Map<String, byte[]> published = SampleSite.files(out);
        site.edit("ke-hoach-c", "amounts: { ns-tinh: 500 }", "amounts: { ns-tinh: 'năm trăm' }");
        List<plandoc.PlanOutcome> outcomes = site.outcomes();
        assertTrue(outcomes.stream().anyMatch(o -> o.resolved().isEmpty()), "the edit is an error");

        List<PlanSource> sources = new java.util.ArrayList<>();
        plandoc.Generator generator = new plandoc.Generator(Path.of(""));
        for (plandoc.PlanOutcome o : outcomes) {
            if (o.resolved().isPresent()) {
                sources.add(new PlanSource(o.folder(), o.resolved().get()));
            } else {
                new PublishedVersion(out).read(o.slug(), generator).ifPresent(sources::add);
            }
        }
        BuildReport report = new SiteUpdate(new Renderers(site.templates, RenderSettings.defaults()),
                ToolVersion.of("test"), 2).update(sources, SiteUpdate.AgencyView.FROM_RECORDS, out, false, BuildProgress.SILENT);

        assertEquals(List.of("ke-hoach-c"), report.kept());
        assertEquals(List.of("ke-hoach-a", "ke-hoach-c", "quyet-dinh-b"), report.published());
        assertEquals(Optional.empty(), SampleSite.firstDifference(published, SampleSite.files(out)),
                "the site is exactly as published before the typo");
    }

    @Test
    void aPlanFolderRemovedFromTheContentIsUnpublishedAndTheSiteIsWhatAFreshBuildWrites() throws IOException {
        update(false);
        assertTrue(Files.isDirectory(out.resolve("ke-hoach-c")));
        site.remove("ke-hoach-c");

        BuildReport report = update(false);

        assertEquals(List.of("ke-hoach-c"), report.unpublished());
        assertFalse(Files.exists(out.resolve("ke-hoach-c")));
        assertFalse(new String(Files.readAllBytes(out.resolve("index.html")), java.nio.charset.StandardCharsets.UTF_8)
                .contains("ke-hoach-c"));
        assertSameAs(cleanBuild("reference-without-c"));
        update(true);
        assertSameAs(cleanBuild("reference-without-c-again"));
    }
}
