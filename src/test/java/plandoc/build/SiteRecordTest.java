package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PlanOutcome;
import plandoc.history.Commit;
import plandoc.publish.StateFolder;
import plandoc.render.RenderSettings;

/**
 * Site records (issue 17): what the site pages need from a plan, kept per plan under its input key.
 * A plan whose key did not change is neither parsed nor checked — its record stands for it, problems
 * included — and the site comes out byte for byte as a build that read every plan.
 */
class SiteRecordTest {
    @TempDir
    Path temp;

    @Test
    void anUnchangedPlanIsTakenFromItsRecordAndTheSiteIsAsAFullBuildWritesIt() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("s")).withAgencyRegister()
                .plan("ke-hoach-a", "ke-hoach").plan("quyet-dinh-b", "quyet-dinh");
        Path out = temp.resolve("site");
        assertTrue(build(site, out).render(build(site, out).check(false), false, BuildProgress.SILENT).ok());
        List<PlanOutcome> full = build(site, out).check(false);
        Path published = copyOfPublished(out);

        site.edit("quyet-dinh-b", "chữ ký số trong cơ quan", "chữ ký số trong các cơ quan");
        SiteBuild next = build(site, out).reissue(true);
        List<PlanOutcome> outcomes = next.check(true);
        PlanOutcome unchanged = outcomes.get(0);
        assertEquals("ke-hoach-a", unchanged.slug());
        assertTrue(unchanged.plan().isEmpty() && unchanged.resolved().isEmpty() && unchanged.record().isPresent(),
                "not parsed: read from its record");
        assertEquals(full.get(0).problems().sorted(), unchanged.problems().sorted(), "its warnings, as check printed them");
        assertTrue(outcomes.get(1).resolved().isPresent(), "the edited plan is checked");
        BuildReport report = next.render(outcomes, false, BuildProgress.SILENT);
        assertEquals(List.of("quyet-dinh-b"), report.rendered());
        assertEquals(List.of("ke-hoach-a"), report.unchanged());

        assertSameAsAFullBuild(site, out, published);
        assertTrue(Files.isRegularFile(plandoc.publish.StateFolder.resolve(out, SiteRecord.path("ke-hoach-a"))));
    }

    /**
     * A plan whose files are not those of the last build is checked before git is read (issue 17), and
     * naming a plan that did not change only costs its check: the site is still byte for byte a full
     * build's, and the unchanged plan is not rendered again.
     */
    @Test
    void plansNamedChangedAreCheckedFirstAndTheSiteIsAsAFullBuildWritesIt() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("s")).withAgencyRegister()
                .plan("ke-hoach-a", "ke-hoach").plan("quyet-dinh-b", "quyet-dinh");
        Path out = temp.resolve("site");
        SiteBuild first = build(site, out);
        List<PlanOutcome> checked = first.check(false);
        assertTrue(first.render(checked, false, BuildProgress.SILENT).ok());
        String options = "vi";
        CheckCache.Inputs before = CheckCache.inputs(site.content, site.templates, RenderSettings.defaults(),
                ToolVersion.of("test"), options, out);
        assertEquals(Optional.empty(), before.changed(), "no record yet: nothing is known to have changed");
        CheckCache.record(out, before, checked, Object::toString, 2);
        Path published = copyOfPublished(out);

        site.edit("quyet-dinh-b", "chữ ký số trong cơ quan", "chữ ký số trong các cơ quan");
        CheckCache.Inputs now = CheckCache.inputs(site.content, site.templates, RenderSettings.defaults(),
                ToolVersion.of("test"), options, out);
        String edited = checked.get(1).folder().toString();
        assertEquals(Optional.of(java.util.Set.of(edited)), now.changed());

        SiteBuild next = build(site, out).reissue(true)
                .changedFolders(java.util.Set.of(checked.get(0).folder().toString(), edited));
        List<PlanOutcome> outcomes = next.check(true);
        assertTrue(outcomes.get(0).resolved().isPresent() && outcomes.get(1).resolved().isPresent(), "both checked");
        assertEquals(List.of("ke-hoach-a", "quyet-dinh-b"), outcomes.stream().map(PlanOutcome::slug).toList());
        BuildReport report = next.render(outcomes, false, BuildProgress.SILENT);
        assertEquals(List.of("quyet-dinh-b"), report.rendered());
        assertEquals(List.of("ke-hoach-a"), report.unchanged());

        assertSameAsAFullBuild(site, out, published);
    }

    /**
     * The one plan edited is rendered as soon as it is checked (issue 17), inside a git repository, so
     * its page waits for git's provenance on its own thread: the update stages that render, and the
     * site is byte for byte a full build's (page footer, PDF metadata and history included).
     */
    @Test
    void theOnePlanChangedIsRenderedAheadAndTheSiteIsAsAFullBuildWritesIt() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("s")).withAgencyRegister()
                .plan("ke-hoach-a", "ke-hoach").plan("quyet-dinh-b", "quyet-dinh");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(site.root.toFile()).call()) {
            git.add().addFilepattern(".").call();
            org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("Chuyên viên", "cv@example.vn",
                    java.util.Date.from(java.time.Instant.ofEpochSecond(1_700_000_000L)), java.util.TimeZone.getTimeZone("UTC"));
            git.commit().setMessage("Hai kế hoạch").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        Path out = temp.resolve("site");
        SiteBuild first = build(site, out);
        assertTrue(first.render(first.check(false), false, BuildProgress.SILENT).ok());
        assertEquals(0, first.plansRenderedAhead(), "nothing is known to have changed: rendered where it always was");
        Path published = copyOfPublished(out);

        site.edit("quyet-dinh-b", "chữ ký số trong cơ quan", "chữ ký số trong các cơ quan");
        String edited = site.content.resolve("quyet-dinh-b").toString();
        SiteBuild next = build(site, out).reissue(true).changedFolders(java.util.Set.of(edited));
        List<PlanOutcome> outcomes = next.check(true);
        assertTrue(outcomes.get(0).record().isPresent() && outcomes.get(1).resolved().isPresent());
        BuildReport report = next.render(outcomes, false, BuildProgress.SILENT);
        assertEquals(List.of("quyet-dinh-b"), report.rendered());
        assertEquals(1, next.plansRenderedAhead(), "the edited plan's render was the one started ahead");
        assertTrue(next.provenanceExpected(), "its page did not wait for git: the history cache said what it prints");
        // The files that print no download's size, made while it rendered, are the ones published (the index, the
        // search listing and the feed print its new files' sizes: made after it, once).
        java.util.Set<String> madeAhead = next.sitePagesMadeAhead();
        assertTrue(madeAhead.containsAll(List.of("co-quan/index.html", plandoc.render.portal.DataPackage.FILE)),
                madeAhead.toString());
        assertTrue(madeAhead.stream().anyMatch(path -> path.startsWith("search/index")), madeAhead.toString());
        assertSameAsAFullBuild(site, out, published);
        Path edition = copyOfPublished(out);

        // The edit undone: the page started with the expected "uncommitted changes", git says it is the
        // commit again, so that render is dropped and the plan rendered with git's answer.
        site.edit("quyet-dinh-b", "chữ ký số trong các cơ quan", "chữ ký số trong cơ quan");
        SiteBuild undone = build(site, out).reissue(true).changedFolders(java.util.Set.of(edited));
        BuildReport again = undone.render(undone.check(true), false, BuildProgress.SILENT);
        assertEquals(List.of("quyet-dinh-b"), again.rendered());
        assertTrue(undone.provenanceExpected());
        assertEquals(0, undone.plansRenderedAhead(), "rendered again with git's answer");
        assertSameAsAFullBuild(site, out, edition);
    }

    /**
     * Nothing published yet: the one plan is rendered as soon as it is checked, its renderer readied while
     * it is checked (issue 17: a cold one-plan build), and the site is what a build rendering it later writes.
     */
    @Test
    void aPlanBuiltIntoAnEmptySiteIsRenderedAhead() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("s")).withAgencyRegister().plan("ke-hoach-a", "ke-hoach");
        Path out = temp.resolve("site");
        SiteBuild first = build(site, out);
        assertTrue(first.render(first.check(true), false, BuildProgress.SILENT).ok());
        assertEquals(1, first.plansRenderedAhead(), "nothing published: the plan rendered as soon as it was checked");
        assertSameAsAFullBuild(site, out);
        Path published = copyOfPublished(out);

        site.edit("ke-hoach-a", "chữ ký số", "chữ ký số điện tử");
        SiteBuild next = build(site, out).reissue(true);
        BuildReport report = next.render(next.check(true), false, BuildProgress.SILENT);
        assertEquals(List.of("ke-hoach-a"), report.rendered());
        assertEquals(0, next.plansRenderedAhead(), "a site exists and nothing says what changed: rendered where it always was");
        assertSameAsAFullBuild(site, out, published);
    }

    /**
     * A new site's plans are rendered as soon as they are checked, at most one per job (issue 17, the cold
     * build), and the site is byte for byte one whose plans were rendered where they always were.
     */
    @Test
    void aNewSitesPlansRenderedAheadAreTheSiteAsRenderedInPlace() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("s")).withAgencyRegister()
                .plan("ke-hoach-a", "ke-hoach").plan("quyet-dinh-b", "quyet-dinh");
        Path out = temp.resolve("new-site");
        SiteBuild ahead = new SiteBuild(site.content, site.templates, out, RenderSettings.defaults(),
                ToolVersion.of("test"), 2);
        assertTrue(ahead.render(ahead.check(true), false, BuildProgress.SILENT).ok());
        assertEquals(2, ahead.plansRenderedAhead(), "no site yet: both renders started as the plans were checked");

        Path other = temp.resolve("other-site");
        SiteBuild inPlace = build(site, other); // one job: two plans are more than it renders ahead
        assertTrue(inPlace.render(inPlace.check(true), false, BuildProgress.SILENT).ok());
        assertEquals(0, inPlace.plansRenderedAhead());
        assertEquals(Optional.empty(), SampleSite.firstDifference(SampleSite.files(out), SampleSite.files(other)));
    }

    @Test
    void aRecordReadsBackEqualToTheOneWritten() throws Exception {
        SampleSite site = new SampleSite(temp.resolve("s")).withAgencyRegister().plan("ke-hoach-a", "ke-hoach");
        Path out = temp.resolve("site");
        SiteBuild build = build(site, out);
        List<PlanOutcome> outcomes = build.check(false);
        assertTrue(build.render(outcomes, false, BuildProgress.SILENT).ok());
        SiteRecord written = SiteRecords.read(out, "ke-hoach-a").orElseThrow();
        // A history with a zone, and amounts whose scale matters (12.50 is printed otherwise than 12.5).
        Commit commit = new Commit("0123456789abcdef0123456789abcdef01234567", "Chuyên viên",
                ZonedDateTime.of(2026, 1, 5, 9, 30, 0, 0, ZoneOffset.ofHours(7)), "Sửa kinh phí");
        SiteRecord record = SiteRecord.of("key", "content/ke-hoach-a", outcomes.get(0).resolved().get(),
                written.links(), List.of(new plandoc.history.HistoryEntry(commit)), outcomes.get(0).problems().sorted(), written.files());
        assertTrue(!record.agencyWork().isEmpty() && !record.summary().words().isEmpty());
        // How each work is cited, which an English agency view words from it (s20), read back with the rest.
        assertTrue(record.agencyWork().stream().anyMatch(w -> !w.cite().isEmpty()), record.agencyWork().toString());
        assertEquals(Optional.of(record), SiteRecords.parse(SiteRecords.bytes(record)));
        assertTrue(record.summary().edited().isPresent(), "outside git: dated by its sources' modification time");
        // Its PDF's signatures read back, and a record with no edit time (in git) read as one, not as none.
        SiteRecord signed = record.withSignatures(List.of(new plandoc.resolved.DigitalSignature(
                "Nguyễn Thiện, UBND tỉnh Hà Tĩnh", ZonedDateTime.of(2026, 12, 6, 10, 15, 0, 0, ZoneOffset.ofHours(7)))));
        assertEquals(Optional.of(signed), SiteRecords.parse(SiteRecords.bytes(signed)));
        // The versions the site replaced (s32), each with its day and why, in their order.
        SiteRecord replaced = signed.withArchived(List.of(
                new ArchivedVersion("luu-ban-da-ky/a/1-KH-UBND-da-ky-2026-12-01.pdf", java.time.LocalDate.of(2026, 12, 7),
                        ArchivedVersion.Why.SIGNED_REPLACED),
                new ArchivedVersion("ban-da-thay-the/a/ban-goc.pdf", java.time.LocalDate.of(2026, 12, 7),
                        ArchivedVersion.Why.REISSUED),
                // s37: a re-publication of sources whose print is the same, said apart on the page.
                new ArchivedVersion("ban-da-thay-the/a/ban-goc-2.pdf", java.time.LocalDate.of(2026, 12, 8),
                        ArchivedVersion.Why.REPUBLISHED)));
        assertEquals(Optional.of(replaced), SiteRecords.parse(SiteRecords.bytes(replaced)));
        assertEquals(replaced.archived(), SiteRecords.parse(SiteRecords.bytes(replaced)).orElseThrow().archived());
        SiteRecord committed = new SiteRecord(signed.slug(), signed.key(), signed.folder(), signed.info(),
                signed.summary().withEdited(Optional.empty()), signed.agencyWork(), signed.problems(), signed.files());
        assertEquals(Optional.of(committed), SiteRecords.parse(SiteRecords.bytes(committed)));
        SiteRecord scaled = new SiteRecord(record.slug(), record.key(), record.folder(),
                new plandoc.resolved.DocumentInfo("a", "1/KH", java.util.Optional.empty(), java.util.Optional.empty(), "Kế hoạch", "t", "i", "f",
                        new plandoc.resolved.Funding(Optional.of(plandoc.model.Unit.TRIEU_DONG.label()), Optional.of(
                                new plandoc.resolved.Funding.Total(new BigDecimal("12.50"), "12,50 triệu đồng",
                                        new BigDecimal("12500000.00"))))),
                record.summary(), record.agencyWork(), record.problems(), record.files());
        assertEquals(new BigDecimal("12.50").scale(),
                SiteRecords.parse(SiteRecords.bytes(scaled)).orElseThrow().info().funding().amount().orElseThrow().scale());
        assertEquals(Optional.of(scaled), SiteRecords.parse(SiteRecords.bytes(scaled)), "the funding read back whole");
        assertEquals(Optional.empty(), SiteRecords.parse("{\"format\":\"plandoc.record/0\"}".getBytes()));

        // A record says which plandoc computed it; an older one read back and written again still says so (its old
        // names dropped, a signed file's size taken), so no build passes an older plandoc's figures off as current.
        assertTrue(record.current());
        assertTrue(new String(SiteRecords.bytes(record), java.nio.charset.StandardCharsets.UTF_8)
                .contains("\"format\" : \"plandoc.record/" + SiteRecords.CURRENT + "\""));
        byte[] older = new String(SiteRecords.bytes(record), java.nio.charset.StandardCharsets.UTF_8)
                .replace("plandoc.record/" + SiteRecords.CURRENT, "plandoc.record/3").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SiteRecord read = SiteRecords.parse(older).orElseThrow();
        assertEquals(3, read.format());
        assertTrue(!read.current());
        assertEquals(Optional.of(read), SiteRecords.parse(SiteRecords.bytes(read.withAliases(read.aliases()))));
        assertEquals(Optional.empty(), SiteRecords.parse(new String(older, java.nio.charset.StandardCharsets.UTF_8)
                .replace("plandoc.record/3", "plandoc.record/" + (SiteRecords.CURRENT + 1)).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), "a newer plandoc's record is foreign: read as none");
    }

    /** The site in {@code out} holds byte for byte what a full build of the same content into a clean folder writes. */
    private void assertSameAsAFullBuild(SampleSite site, Path out) throws Exception {
        Path clean = temp.resolve("clean");
        SiteBuild fresh = build(site, clean);
        assertTrue(fresh.render(fresh.check(false), false, BuildProgress.SILENT).ok());
        assertEquals(Optional.empty(), SampleSite.firstDifference(SampleSite.files(clean), SampleSite.files(out)));
    }

    /**
     * An issued document edited since it was published is re-issued (s31: issued documents are frozen), its old PDF
     * archived: the site in {@code out} holds byte for byte what a full re-issuing build writes into {@code published},
     * a copy of the site as it was before the edit ({@link #copyOfPublished}).
     */
    private static void assertSameAsAFullBuild(SampleSite site, Path out, Path published) throws Exception {
        SiteBuild full = build(site, published).reissue(true);
        assertTrue(full.render(full.check(false), true, BuildProgress.SILENT).ok());
        java.util.Map<String, byte[]> files = SampleSite.files(out);
        assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith(SiteBuild.REISSUED_ARCHIVE + "/")),
                "the edit was a re-issue: the old PDF archived");
        assertEquals(Optional.empty(), SampleSite.firstDifference(SampleSite.files(published), files));
    }

    /** A copy of the site published in {@code out} and of its state folder (what it issued), in a new place. */
    private Path copyOfPublished(Path out) {
        Path copy = temp.resolve("published-" + copies++);
        SampleSite.copyTree(out, copy);
        SampleSite.copyTree(StateFolder.of(out), StateFolder.of(copy));
        return copy;
    }

    private int copies;

    private static SiteBuild build(SampleSite site, Path out) {
        return new SiteBuild(site.content, site.templates, out, RenderSettings.defaults(), ToolVersion.of("test"), 1);
    }
}
