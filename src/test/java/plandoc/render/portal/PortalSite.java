package plandoc.render.portal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.compute.FigureForm;
import plandoc.compute.IndexFunding;
import plandoc.model.Unit;
import plandoc.render.RenderException;
import plandoc.render.SiteLinks;
import plandoc.render.html.DataFile;
import plandoc.render.html.IndexEntry;
import plandoc.render.html.IndexPage;
import plandoc.render.html.PlanLinks;
import plandoc.render.html.RichHtml;
import plandoc.render.html.SourceView;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Funding;
import plandoc.resolved.ResolvedPlan;

/**
 * A site index with its search data, without plan pages or PDFs: the bundled plans (resolved through the
 * real pipeline) and, optionally, many synthetic plans made up here as index rows and summaries. The
 * index and search data are written by the production template and writers; only the plans' own files
 * are missing, which the search never opens.
 */
final class PortalSite {
    static final List<String> ISSUERS = List.of("Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Nghệ An",
            "Ủy ban nhân dân tỉnh Quảng Bình", "Ủy ban nhân dân tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Đắk Lắk");
    static final List<String> AGENCIES = List.of("Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ",
            "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Giao thông vận tải", "Sở Tư pháp", "Công an tỉnh");
    static final List<String> KINDS = List.of("Kế hoạch", "Quyết định");
    private static final List<String> SUBJECTS = List.of("cải cách hành chính", "phát triển du lịch",
            "phòng, chống thiên tai", "xây dựng nông thôn mới", "đào tạo nghề cho lao động nông thôn",
            "bảo vệ môi trường", "phát triển hạ tầng giao thông", "y tế cơ sở");

    final List<IndexEntry> entries = new ArrayList<>();
    private SourceView source = SourceView.NONE;

    /** The index's footer as a build from git prints it. */
    PortalSite withSource(SourceView source) {
        this.source = source;
        return this;
    }
    final List<PlanSummary> summaries = new ArrayList<>();

    /** The bundled plans under {@code content/}. */
    PortalSite withBundledPlans() throws IOException, RenderException {
        for (PlanOutcome outcome : new Generator(Path.of("")).resolveAll(Path.of("content"))) {
            ResolvedPlan plan = outcome.resolved().orElseThrow(() -> new AssertionError(outcome.problems()));
            PlanLinks links = SiteLinks.of(plan);
            entries.add(new IndexEntry(plan.info(), links, IndexFunding.of(plan.info().funding(), FigureForm.VIETNAMESE)));
            summaries.add(PlanSummaries.of(plan, links, List.of(), plandoc.build.PortalWording.WORDS));
        }
        return this;
    }

    /**
     * {@code count} made-up plans over ten years, five issuers, two kinds and eight agencies; every
     * tenth mentions "chuyển đổi số" in its text (never in its title), so a search must rank by field.
     */
    PortalSite withSyntheticPlans(int count) {
        Random random = new Random(16);
        for (int i = 0; i < count; i++) {
            LocalDate date = LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            String issuer = ISSUERS.get(random.nextInt(ISSUERS.size()));
            String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            String number = (100 + i) + (kind.equals("Kế hoạch") ? "/KH-UBND" : "/QĐ-UBND");
            String title = (kind.equals("Kế hoạch") ? "Kế hoạch " : "Phê duyệt Đề án ") + subject + " giai đoạn "
                    + date.getYear() + "-" + (date.getYear() + 5);
            List<PlanSummary.AgencyName> agencies = new ArrayList<>();
            for (int a = 0; a < AGENCIES.size(); a++) {
                if (random.nextInt(3) == 0) {
                    agencies.add(new PlanSummary.AgencyName("a" + a, AGENCIES.get(a)));
                }
            }
            BigDecimal total = BigDecimal.valueOf(1 + random.nextInt(900_000), 2); // up to 9.000,00 tỷ
            String slug = "tong-hop-" + i;
            DocumentInfo info = new DocumentInfo(slug, number, Optional.of(date),
                    Optional.of(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear())), kind,
                    title, issuer, "doc-" + i, new Funding(Optional.of(Unit.TY_DONG.label()), Optional.of(new Funding.Total(total,
                    total.toPlainString().replace('.', ',') + " tỷ đồng", total.multiply(Unit.TY_DONG.inDong())))));
            PlanLinks links = new PlanLinks(slug + "/index.html", slug + "/doc-" + i + ".pdf", slug + "/plan.json",
                    List.of(new DataFile(slug + "/kinh-phi.csv", "Phụ lục (CSV)")));
            String words = "tổ chức thực hiện " + subject + (i % 10 == 0 ? " ứng dụng chuyển đổi số" : "")
                    + " kinh phí nguồn ngân sách";
            entries.add(new IndexEntry(info, links, IndexFunding.of(info.funding(), FigureForm.VIETNAMESE)));
            summaries.add(new PlanSummary(slug, number, Optional.of(date), info.shortDate(), kind, title, issuer, agencies,
                    info.funding().dong(), info.funding().text(), links, words,
                    List.of(), List.of(), plandoc.build.PortalWording.WORDS));
        }
        return this;
    }

    /** Each plan's total as the index prints it, for the search data to print the same. */
    private java.util.Map<String, String> fundingMillions() {
        return entries.stream().collect(java.util.stream.Collectors.toMap(e -> e.info().slug(), IndexEntry::fundingMillions));
    }

    /** Writes index.html, the search files and the templates' assets into {@code site}. */
    void write(Path site) throws IOException, RenderException {
        Path templates = Path.of("templates");
        TemplateEngine engine = new TemplateEngine(templates, new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy())));
        // The search hint's examples as the build takes them: the newest issued plan's (SitePages.searchHint).
        java.util.Optional<plandoc.resolved.SearchHint> hint = entries.stream()
                .filter(e -> !e.info().draft() && e.info().date().isPresent())
                .max(java.util.Comparator.comparing(e -> e.info().date().orElseThrow()))
                .flatMap(e -> plandoc.compute.SearchHints.of(e.info().numberSymbol(), e.info().title(),
                        entries.stream().map(x -> x.info().title()).toList()));
        String html = engine.render("index.ftlh", new IndexPage(entries, "assets/", "", source, "",
                plandoc.render.html.SiteText.vietnamese(),
                entries.isEmpty() || entries.get(0).info().draft() ? "" : entries.get(0).info().numberSymbol(), "", hint), "");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), html, StandardCharsets.UTF_8);
        for (java.util.Map.Entry<String, byte[]> file : new SearchData(fundingMillions()).write(summaries).entrySet()) {
            Path target = site.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Path assets = templates.resolve("assets");
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = site.resolve("assets").resolve(assets.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
