package plandoc.render;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.build.BuildReport;
import plandoc.build.Publishing;
import plandoc.publish.SiteFiles;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site published through the production path: pages, PDFs, data, images, assets and the index. */
class PublishedSiteTest {

    @TempDir
    Path temp;

    private Path site() {
        return temp.resolve("site");
    }

    private BuildReport build(List<ResolvedPlan> plans) {
        return Publishing.publish(plans, TestRenderers.TEMPLATES, site());
    }

    /** Issue 16: a plan page links each budget's tidy CSV beside the printed one, and the file is there. */
    @Test
    void planPageLinksEachBudgetsTidyCsv() throws Exception {
        List<ResolvedPlan> plans = new java.util.ArrayList<>();
        for (plandoc.PlanOutcome outcome : new plandoc.Generator(Path.of("")).resolveAll(Path.of("content"))) {
            outcome.resolved().filter(p -> !p.budgets().isEmpty()).ifPresent(plans::add);
        }
        assertFalse(plans.isEmpty(), "a bundled plan has budgets");
        ResolvedPlan plan = plans.get(0);
        BuildReport result = build(List.of(plan));
        assertTrue(result.ok(), result.problems().toString());
        Path folder = site().resolve(plan.info().slug());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
        List<String> links = page.select(".downloads a").eachAttr("href");
        for (plandoc.resolved.BudgetData budget : plan.budgets()) {
            int printed = links.indexOf(budget.id() + ".csv");
            assertTrue(printed >= 0, links.toString());
            assertEquals(budget.id() + ".data.csv", links.get(printed + 1), "the tidy CSV follows the printed one: " + links);
            assertTrue(Files.readString(folder.resolve(budget.id() + ".data.csv"), StandardCharsets.UTF_8)
                    .contains("plan,budget,"), "the link points at the tidy CSV");
            assertTrue(page.select(".downloads a[href=" + budget.id() + ".data.csv]").attr("aria-label")
                    .endsWith(": dữ liệu mở (CSV)"), page.select(".downloads").html());
        }
    }

    @Test
    void aTableShownInASectionAndAnAppendixIsNamedByItsAppendix() throws Exception {
        ResolvedPlan plan = new plandoc.Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved()
                .orElseThrow();
        BuildReport result = build(List.of(plan));
        assertTrue(result.ok(), result.problems().toString());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                site().resolve(plan.info().slug()).resolve("index.html").toFile(), "UTF-8");
        // tong-hop is printed in Đề án IV.1 and again as PHỤ LỤC 07.
        assertEquals("Phụ lục 07: bảng như bản in (CSV)", page.select(".downloads a[href=tong-hop.csv]").attr("aria-label"));
        assertEquals("Phụ lục 07: dữ liệu mở (CSV)", page.select(".downloads a[href=tong-hop.data.csv]").attr("aria-label"));
        assertEquals("Phụ lục 07: TỔNG HỢP KINH PHÍ ƯỚC TÍNH",
                page.select(".downloads a[href=tong-hop.csv]").parents().select("li").first().selectFirst(".download-table-name").text());
    }

    /**
     * s36 review M3: the published web fonts are subset (a phone without Times New Roman fetched ~380 KB a face), yet
     * still hold every character the pages print, and the stylesheet's unicode-range covers everything they hold.
     */
    @Test
    void theWebFontsAreSmallAndDrawEveryCharacterThePagesPrint() throws Exception {
        ResolvedPlan plan = new plandoc.Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved()
                .orElseThrow();
        BuildReport result = build(List.of(plan));
        assertTrue(result.ok(), result.problems().toString());
        StringBuilder text = new StringBuilder();
        for (Path page : List.of(site().resolve("index.html"), site().resolve(plan.info().slug()).resolve("index.html"))) {
            text.append(org.jsoup.Jsoup.parse(page.toFile(), "UTF-8").body().text());
        }
        text.append("ĂăÂâĐđÊêÔôƠơƯư").append("ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ")
                .append("ỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ").append("–—‘’“”…•₫№×≤≥");
        String css = Files.readString(site().resolve("assets/plandoc.css"), StandardCharsets.UTF_8);
        java.util.regex.Matcher declared = java.util.regex.Pattern.compile("unicode-range: ([^;]+);").matcher(css);
        List<int[]> ranges = new java.util.ArrayList<>();
        assertTrue(declared.find(), "the @font-face rules name their unicode-range");
        for (String range : declared.group(1).split(",\\s*")) {
            String[] ends = range.substring(2).split("-");
            ranges.add(new int[] {Integer.parseInt(ends[0], 16), Integer.parseInt(ends[ends.length - 1], 16)});
        }
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            Path file = site().resolve("assets/fonts/LiberationSerif-" + face + ".ttf");
            assertTrue(Files.size(file) < 150_000, face + ": " + Files.size(file) + " bytes");
            try (org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file))) {
                org.apache.fontbox.ttf.CmapSubtable cmap = font.getCmap().getSubtable(3, 1);
                text.codePoints().filter(c -> c > ' ' && c != 0xA0).forEach(c ->
                        assertTrue(cmap.getGlyphId(c) != 0, face + " lacks " + Character.toString(c)));
                for (int c = 0; c <= 0xFFFF; c++) {
                    int point = c;
                    assertTrue(cmap.getGlyphId(c) == 0 || ranges.stream().anyMatch(r -> r[0] <= point && point <= r[1]),
                            face + " holds U+" + Integer.toHexString(c) + " outside the unicode-range");
                }
            }
        }
    }

    @Test
    void writesPagesPdfsDataImagesAssetsAndTheIndex() throws IOException {
        Path map = FixturePlans.writeMap(temp.resolve("src"));
        BuildReport result = build(List.of(FixturePlans.decision(map), FixturePlans.standalonePlan()));

        assertTrue(result.ok(), result.problems().toString());
        Path decision = site().resolve(FixturePlans.SLUG);
        for (String name : List.of("index.html", "4086-QD-UBND.pdf", "plan.json", "kinh-phi.csv", "du-an.csv")) {
            assertTrue(Files.isRegularFile(decision.resolve(name)), name);
        }
        assertTrue(new String(Files.readAllBytes(decision.resolve("4086-QD-UBND.pdf")), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        assertArrayEquals(Files.readAllBytes(map), Files.readAllBytes(decision.resolve("anh/ban-do.png")));
        Path plan = site().resolve("kh-25-stttt");
        assertTrue(Files.isRegularFile(plan.resolve("25-KH-STTTT.pdf")));
        try (Stream<Path> csv = Files.list(plan)) {
            assertFalse(csv.anyMatch(p -> p.toString().endsWith(".csv")), "a plan without budget has no CSV");
        }
        for (String asset : List.of("plandoc.css", "pdf.css", "fonts/LiberationSerif-Regular.ttf", "fonts/LiberationSerif-BoldItalic.ttf")) {
            assertTrue(Files.isRegularFile(site().resolve("assets").resolve(asset)), asset);
        }
        // The OFL asks that the published fonts travel with their licence and copyright lines.
        String licence = Files.readString(site().resolve("assets/fonts/OFL.txt"), StandardCharsets.UTF_8);
        for (String expected : List.of("SIL OPEN FONT LICENSE Version 1.1", "Copyright (c) 2012 Red Hat, Inc.",
                "Reserved Font Name Liberation")) {
            assertTrue(licence.contains(expected), expected);
        }
        String index = Files.readString(site().resolve("index.html"), StandardCharsets.UTF_8);
        for (String expected : List.of("href=\"4086-qd-ubnd/index.html\"", "href=\"4086-qd-ubnd/4086-QD-UBND.pdf\"",
                "href=\"4086-qd-ubnd/plan.json\"", "href=\"4086-qd-ubnd/du-an.csv\"", "href=\"kh-25-stttt/index.html\"",
                "4086/QĐ-UBND", "28/12/2012", "Ủy ban nhân dân tỉnh Hà Tĩnh", "href=\"assets/plandoc.css\"",
                // The money column in one unit, named by its header: 724,90 tỷ đồng is 724.900 triệu đồng.
                "Tổng kinh phí <span class=\"nowrap\">(triệu đồng)</span></th>", "<td class=\"cell-money\"><span class=\"card-label\">Tổng kinh phí: </span>724.900"
                        + "<span class=\"card-label\"> triệu đồng</span></td>")) {
            assertTrue(index.contains(expected), expected);
        }
        assertFalse(index.contains("tỷ đồng"), "no figure of the index in another unit");
        assertTrue(result.pagesChanged().contains("index.html"));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void aFailingPlanIsReportedAndTheOthersArePublished() throws IOException {
        ResolvedPlan broken = withSlug(FixturePlans.standalonePlan(), "../ngoai-thu-muc");
        BuildReport result = build(List.of(broken, FixturePlans.standalonePlan()));

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(RenderProblem.Kind.CONTENT, result.problems().get(0).kind());
        assertTrue(Files.isRegularFile(site().resolve("kh-25-stttt/index.html")));
        assertFalse(Files.exists(temp.resolve("ngoai-thu-muc")));
        String index = Files.readString(site().resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("kh-25-stttt/index.html"));
        assertFalse(index.contains("ngoai-thu-muc"));
    }

    /** s30 tryout F10: without JavaScript the index lists the newest plan first, as the search data does. */
    @Test
    void theIndexListsTheNewestPlanFirstWithoutJavaScript() throws IOException {
        ResolvedPlan newer = withSlug(FixturePlans.standalonePlan(), "b-moi-hon");
        DocumentInfo i = newer.info();
        ResolvedPlan older = withInfo(withSlug(newer, "a-cu-hon"), new DocumentInfo("a-cu-hon", "1/KH-UBND",
                Optional.of(i.date().orElseThrow().minusYears(3)), i.shortDate(), i.kindName(), i.title(), i.issuer(),
                i.fileStem(), i.funding()));
        assertTrue(build(List.of(older, newer)).ok());
        String index = Files.readString(site().resolve("index.html"), StandardCharsets.UTF_8);
        int newerRow = index.indexOf("href=\"b-moi-hon/index.html\"");
        int olderRow = index.indexOf("href=\"a-cu-hon/index.html\"");
        assertTrue(newerRow > 0 && olderRow > 0, "both rows are printed");
        assertTrue(newerRow < olderRow, "the newer plan's row comes first");
    }

    @Test
    void aWriteFailureMidBuildLeavesThePreviousFilesIntact() throws IOException {
        assertTrue(build(List.of(FixturePlans.standalonePlan())).ok());
        Path plan = site().resolve("kh-25-stttt");
        byte[] oldPdf = Files.readAllBytes(plan.resolve("25-KH-STTTT.pdf"));
        byte[] oldPage = Files.readAllBytes(plan.resolve("index.html"));

        // The next version of the plan has a new title; the disk fills up while its PDF is written.
        ResolvedPlan revised = withTitle(FixturePlans.standalonePlan(), "Chuyển đổi số năm 2026 (sửa đổi)");
        SiteFiles failingOnPdf = new SiteFiles() {
            @Override
            public void write(Path target, byte[] bytes) throws IOException {
                if (target.toString().endsWith(".pdf")) {
                    Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                    throw new IOException("No space left on device");
                }
                super.write(target, bytes);
            }
        };
        BuildReport result = Publishing.publish(List.of(revised), TestRenderers.TEMPLATES, site(),
                plandoc.history.Provenance.NONE, failingOnPdf);

        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(RenderProblem.Kind.IO, result.problems().get(0).kind());
        assertTrue(result.problems().get(0).toString().contains("đĩa đã đầy"), result.problems().toString());
        assertArrayEquals(oldPdf, Files.readAllBytes(plan.resolve("25-KH-STTTT.pdf")), "old PDF kept whole");
        assertArrayEquals(oldPage, Files.readAllBytes(plan.resolve("index.html")), "page not published ahead of its PDF");
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void twoPlansWithTheSameFolderAreReported() {
        BuildReport result = build(List.of(FixturePlans.standalonePlan(), FixturePlans.standalonePlan()));
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).toString().contains("kh-25-stttt"));
    }

    @Test
    void aMissingTemplatesFolderIsOneProblemAndNothingIsWritten() {
        BuildReport result = Publishing.publish(List.of(FixturePlans.standalonePlan()), temp.resolve("khong-co"), site());
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.kind() == RenderProblem.Kind.IO), result.problems().toString());
        assertFalse(Files.exists(site().resolve("index.html")), "no index listing nothing");
        assertFalse(Files.exists(site().resolve("kh-25-stttt")));
    }

    private List<Path> temporaryFiles() throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        for (Path root : List.of(site(), plandoc.publish.StateFolder.of(site()))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".tmp") || p.toString().contains("/txn"))
                            .forEach(found::add);
                }
            }
        }
        return found;
    }

    /** Passes half of what it is given (at least one byte), then fails like a full disk. */
    private static final class HalfThenFail extends FilterOutputStream {
        private long written;

        HalfThenFail(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int half = Math.max(1, length / 2);
            out.write(bytes, offset, half);
            written += half;
            throw new IOException("không còn chỗ trống trên đĩa sau " + written + " byte");
        }
    }

    private static ResolvedPlan withSlug(ResolvedPlan plan, String slug) {
        DocumentInfo i = plan.info();
        return withInfo(plan, new DocumentInfo(slug, i.numberSymbol(), i.date(), i.shortDate(), i.kindName(), i.title(),
                i.issuer(), i.fileStem(), i.funding()));
    }

    private static ResolvedPlan withTitle(ResolvedPlan plan, String title) {
        DocumentInfo i = plan.info();
        return withInfo(plan, new DocumentInfo(i.slug(), i.numberSymbol(), i.date(), i.shortDate(), i.kindName(), title,
                i.issuer(), i.fileStem(), i.funding()));
    }

    private static ResolvedPlan withInfo(ResolvedPlan plan, DocumentInfo info) {
        return FixturePlans.printed(info, plan.header(), plan.bases(), plan.proposalLine(), plan.enactingLine(), plan.articles(),
                plan.body(), plan.signature(), plan.recipients(), plan.appendices(), plan.toc(), plan.tables());
    }
}
