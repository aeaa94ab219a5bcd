package plandoc.render;

import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.render.data.BudgetCsv;
import plandoc.render.data.PlanJson;
import plandoc.render.data.TidyBudgetCsv;
import plandoc.render.edoc.ElectronicRecord;
import plandoc.render.edoc.ElectronicRecordXml;
import plandoc.render.html.DownloadLabels;
import plandoc.render.html.IssuerName;
import plandoc.render.html.MovedPage;
import plandoc.render.html.PlanLinks;
import plandoc.render.html.PlanPage;
import plandoc.render.html.RichHtml;
import plandoc.render.html.SiteText;
import plandoc.render.html.SourceView;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.MarkdownRenderer;
import plandoc.render.docx.PlanDocument;
import plandoc.render.pdf.AssociatedFiles;
import plandoc.render.pdf.Attachment;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.pdf.PdfRenderer;
import plandoc.render.pdf.PrintedTables;
import plandoc.render.xlsx.BudgetWorkbook;
import plandoc.resolved.BudgetData;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders one plan completely in memory: its page, its PDF (from that same page), its JSON and its
 * CSVs. Built once per build from a templates folder; fonts, templates and the PDF stylesheet are read
 * then and shared by every plan.
 */
public final class PlanRenderer {

    static final String PLAN_TEMPLATE = "plan.ftlh";
    /** The page left at a renamed plan folder's old address. */
    static final String MOVED_TEMPLATE = "moved.ftlh";
    /** The PDF Info key holding the commit a PDF was built from. */
    public static final String COMMIT_METADATA = "plandoc-commit";
    /** Issue 12: the PDF Info key marking an e-office draft ("true"), which {@code plandoc sign} refuses. */
    public static final String DRAFT_METADATA = "plandoc-draft";

    private final TemplateEngine templates;
    private final PdfRenderer pdf;
    private final PlanJson json = new PlanJson();
    private final BudgetCsv csv = new BudgetCsv();
    private final TidyBudgetCsv tidy = new TidyBudgetCsv();
    private final ElectronicRecordXml recordXml = new ElectronicRecordXml();
    private final BudgetWorkbook xlsx;
    private final PlanDocument docx;
    /** Issue 12: {@code build --separate-appendices}; empty when appendices are only in the plan's PDF. */
    private final java.util.Optional<SeparateFiles> separate;

    public PlanRenderer(TemplateEngine templates, PdfRenderer pdf) {
        this(templates, pdf, false);
    }

    public PlanRenderer(TemplateEngine templates, PdfRenderer pdf, boolean separateAppendices) {
        this.templates = templates;
        this.pdf = pdf;
        this.docx = new PlanDocument(pdf.settings().sourceDateEpoch(), pdf.fonts()::faceFiles, pdf.settings().siteUrl());
        this.xlsx = new BudgetWorkbook();
        this.separate = separateAppendices ? java.util.Optional.of(new SeparateFiles(templates, pdf)) : java.util.Optional.empty();
    }

    /** Parses the page's templates ahead of the first render; see {@link TemplateEngine#prepare}. */
    public void prepareTemplates() {
        templates.prepare(PLAN_TEMPLATE);
    }

    /**
     * Loads what the Word and Excel writers need before their first plan (the schemas' type system, read
     * once per process): done on the thread that readies the renderer while the plan is checked, when the
     * second core is otherwise half idle, instead of on the office thread while the PDF prints (issue 17).
     */
    public void prepareOffice() {
        PlanDocument.prepare();
        BudgetWorkbook.prepare();
    }

    /**
     * Reads what every plan of a build shares from {@code templatesDir}: the templates, the PDF
     * stylesheet and the fonts (see {@link PdfFonts#load}).
     */
    public static PlanRenderer forTemplates(Path templatesDir, MarkdownRenderer markdown, RenderSettings settings)
            throws RenderException {
        try {
            TemplateEngine templates = new TemplateEngine(templatesDir, new RichHtml(markdown), settings.siteText());
            String pdfCss = PdfRenderer.stylesheet(templatesDir);
            return new PlanRenderer(templates, new PdfRenderer(PdfFonts.load(templatesDir, settings.fonts()), pdfCss, settings),
                    settings.separateAppendices());
        } catch (IOException e) {
            throw RenderException.templatesUnreadable(templatesDir, e);
        }
    }

    public RenderedPlan render(ResolvedPlan plan) throws RenderException {
        return render(plan, Provenance.NONE);
    }

    /**
     * As {@link #render(ResolvedPlan)}, the page's footer showing the plan's own commit and its history,
     * and the PDF's metadata that commit ({@value #COMMIT_METADATA}); nothing of it without a commit.
     */
    public RenderedPlan render(ResolvedPlan plan, Provenance provenance) throws RenderException {
        return render(plan, () -> provenance);
    }

    /**
     * As {@link #render(ResolvedPlan, Provenance)}, asking for the provenance only when the page needs
     * it: the Word and Excel files, which do not print it, are started first and may run while it is
     * still being read from git (issue 17).
     */
    public RenderedPlan render(ResolvedPlan plan, java.util.function.Supplier<Provenance> provenanceSource)
            throws RenderException {
        return render(plan, provenanceSource, java.util.Set.of());
    }

    /**
     * As {@link #render(ResolvedPlan, java.util.function.Supplier)}, the separate appendices whose former names
     * ({@link RenderedPlan#formerNames}) are in {@code signedFormer} published under those names: the site has them
     * signed so, and a signed file keeps its name (build.PlanRenders).
     */
    public RenderedPlan render(ResolvedPlan plan, java.util.function.Supplier<Provenance> provenanceSource,
                               java.util.Set<String> signedFormer) throws RenderException {
        PlanFiles files = planFiles(plan, signedFormer);
        // The office files need only the plan: written on the second core while the page and the PDF
        // print (issue 17); started first, so they are done before the PDF, the longer of the two. A large
        // plan's office files are written after the PDF instead, to keep the peak memory down (OfficeOrder).
        boolean large = OfficeOrder.large(plan);
        java.util.concurrent.Future<List<RenderedPlan.OutputFile>> officeFiles =
                large ? null : SecondCore.start(() -> officeFiles(plan, files));
        String printedPage;
        Provenance provenance;
        try {
            provenance = provenanceSource.get();
            SourceView source = SourceView.of(provenance, files.slug(), pdf.settings().historyShown());
            // The PDF prints the page with its chrome in Vietnamese whatever --lang says: the document, its
            // metadata and its bytes are the same in every language; the site's page has the chrome asked for.
            // The standing (replaced, expired) is the portal's, never printed: the issued document stays as issued.
            printedPage = page(plan.withStanding(plandoc.resolved.Standing.NONE), files, source, SiteText.vietnamese());
        } catch (TemplateError | RuntimeException e) {
            if (officeFiles != null) {
                // Not interrupted: an interrupt landing while POI's first use starts Log4j makes Log4j print a
                // FATAL line with a stack trace to the officer's console (s16-out); the office files are
                // dropped, at most a few hundred ms of the second core wasted.
                officeFiles.cancel(false);
            }
            throw e;
        }
        List<RenderedPlan.OutputFile> output = new ArrayList<>();
        output.add(new RenderedPlan.OutputFile(PlanFiles.PAGE, new byte[0])); // the site's page, made last
        byte[] planJson;
        try {
            planJson = json.write(plan);
        } catch (IOException e) {
            throw new RenderException(RenderProblem.Kind.INTERNAL, PlanFiles.JSON,
                    Message.of("render.json-failed", String.valueOf(e)), files.slug(), e);
        }
        java.util.Optional<ElectronicRecord> record = ElectronicRecord.of(plan);
        Map<String, String> metadata = new java.util.TreeMap<>(commitMetadata(provenance, files.slug()));
        if (plan.header().draft()) {
            metadata.put(DRAFT_METADATA, "true");
        }
        List<AssociatedFiles.Deflated> associated = AssociatedFiles.deflate(associatedFiles(plan, files, planJson));
        PdfRenderer.Printed printed = pdf(printedPage, plan, files, metadata, record, associated,
                large ? OfficeOrder::releaseLayout : () -> {
                });
        output.add(new RenderedPlan.OutputFile(files.pdf(), printed.bytes()));
        if (separate.isPresent()) {
            output.addAll(separate.get().render(plan, files.slug(), images(files), associated, files.pdf(), signedFormer));
        }
        if (record.isPresent()) {
            output.add(new RenderedPlan.OutputFile(ElectronicRecordXml.fileName(plan.info().fileStem()),
                    recordXml.write(record.get().withPages(printed.pages()))));
        }
        output.add(new RenderedPlan.OutputFile(PlanFiles.JSON, planJson));
        if (large) {
            OfficeOrder.releasePdf();
            java.util.concurrent.Future<List<RenderedPlan.OutputFile>> workbooks =
                    SecondCore.start(() -> workbooks(plan, files));
            output.add(document(plan, files));
            output.addAll(SecondCore.result(workbooks));
        } else {
            output.addAll(SecondCore.result(officeFiles));
        }
        for (PlanFiles.Csv table : files.csv()) {
            output.add(new RenderedPlan.OutputFile(table.fileName(), csv.write(table.table())));
        }
        // Tidy open data beside each printed table; the ids are the budget tables' ids, checked by PlanFiles.
        java.util.Set<String> budgetTables = new java.util.HashSet<>();
        files.csv().forEach(table -> budgetTables.add(table.table().id()));
        for (BudgetData budget : plan.budgets()) {
            if (budgetTables.contains(budget.id())) {
                output.add(new RenderedPlan.OutputFile(budget.id() + TidyBudgetCsv.SUFFIX, tidy.write(files.slug(), budget)));
            }
        }
        // The site's page, made once every file it links is written, so it gives their sizes (F8); the page the PDF
        // was printed from links the same files without them (the links are not printed: screen-only).
        String page = page(plan, files, SourceView.of(provenance, files.slug(), pdf.settings().historyShown(),
                templates.text().language()).shownOn(pdf.settings().draftBuild()), templates.text(), java.util.Optional.empty(), List.of(), sizes(output));
        output.set(0, new RenderedPlan.OutputFile(PlanFiles.PAGE, page.getBytes(StandardCharsets.UTF_8)));
        List<RenderedPlan.ImageCopy> images = files.images().stream()
                .map(image -> new RenderedPlan.ImageCopy(image.source(), image.href()))
                .toList();
        return new RenderedPlan(files.slug(), output, images, files.links(files.slug() + "/", labels()),
                separate.isPresent() ? SeparateFiles.formerNames(plan, signedFormer) : Map.of());
    }

    /** The site chrome's language ({@code --lang}): what the words the build gives the pages are in. */
    public String chromeLanguage() {
        return templates.text().language();
    }

    /** The download links' words in the site chrome's language. */
    private DownloadLabels labels() {
        return new DownloadLabels(templates.text());
    }

    /** The DOCX, then the XLSX when the plan has one. */
    private List<RenderedPlan.OutputFile> officeFiles(ResolvedPlan plan, PlanFiles files) throws RenderException {
        List<RenderedPlan.OutputFile> office = new ArrayList<>();
        office.add(document(plan, files));
        office.addAll(workbooks(plan, files));
        return office;
    }

    private RenderedPlan.OutputFile document(ResolvedPlan plan, PlanFiles files) throws RenderException {
        return new RenderedPlan.OutputFile(files.docx(), office(files.docx(), docx::write, plan, files));
    }

    /** The XLSX when the plan has one. */
    private List<RenderedPlan.OutputFile> workbooks(ResolvedPlan plan, PlanFiles files) throws RenderException {
        List<RenderedPlan.OutputFile> office = new ArrayList<>();
        for (String name : files.xlsx().stream().toList()) {
            office.add(new RenderedPlan.OutputFile(name, office(name, xlsx::write, plan, files)));
        }
        return office;
    }

    /** The plan's files; with {@code --separate-appendices}, the download list also names each separate PDF. */
    private PlanFiles planFiles(ResolvedPlan plan, java.util.Set<String> signedFormer) throws RenderException {
        return new PlanFiles(plan, separate.isPresent() ? SeparateFiles.links(plan, signedFormer) : List.of());
    }

    /**
     * The plan's files as the site's pages link them ("slug/index.html" …): the links {@link #render}
     * gives its {@link RenderedPlan}, known before it renders (issue 17: the site pages made meanwhile).
     */
    public PlanLinks siteLinks(ResolvedPlan plan) throws RenderException {
        PlanFiles files = planFiles(plan, java.util.Set.of());
        return files.links(files.slug() + "/", labels());
    }

    /** Only the plan's page, its downloads without sizes. */
    public String renderPage(ResolvedPlan plan) throws RenderException {
        return page(plan, planFiles(plan, java.util.Set.of()), SourceView.NONE, templates.text());
    }

    /**
     * Only the plan's page, for the preview server: each download {@code written} names (bytes by file name: the
     * files as the preview last wrote them) gives its size, as the published page does; the others have none.
     */
    public String renderPage(ResolvedPlan plan, Map<String, Long> written) throws RenderException {
        return page(plan, planFiles(plan, java.util.Set.of()), SourceView.NONE, templates.text(),
                java.util.Optional.empty(), List.of(), written);
    }

    /**
     * The page a renamed plan folder leaves at its old address, {@code <from>/index.html}: it leads to the plan's
     * folder now. Any web server serves it as it is (a meta refresh and a link, no redirect rule to configure).
     */
    public byte[] movedPage(ResolvedPlan plan, String from) throws RenderException {
        plandoc.resolved.DocumentInfo info = plan.info();
        MovedPage model = new MovedPage(info.kindName(), info.numberSymbol(), info.title(), "../" + info.slug() + "/",
                "../assets/", "../index.html", pdf.settings().portalName());
        String html = templates.render(MOVED_TEMPLATE, model, from);
        return Normalizer.normalize(html, Normalizer.Form.NFC).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The PDF Info entries naming the plan's own commit (the last that touched its folder), e.g.
     * {@code plandoc-commit: 3f2a…-dirty}; none outside git.
     */
    private static Map<String, String> commitMetadata(Provenance provenance, String slug) {
        return provenance.version(slug).map(v -> Map.of(COMMIT_METADATA, v.describe())).orElse(Map.of());
    }

    /**
     * The site's page of a plan whose published PDF is digitally signed, saying so ({@code signed}, worded by compute):
     * it takes the place of {@code rendered}'s page. The PDF is printed from the page without the mark, so it stays
     * the document the signature covers.
     */
    public RenderedPlan withSignedPage(RenderedPlan rendered, ResolvedPlan plan, Provenance provenance,
                                       java.util.Set<String> signedFormer, plandoc.resolved.SignedMark signed)
            throws RenderException {
        return withSignedPage(rendered, plan, provenance, signedFormer, signed, sizes(rendered.files()));
    }

    /** As above, the downloads' sizes {@code sizes} (bytes by file name: the files as published, the signed PDF's). */
    public RenderedPlan withSignedPage(RenderedPlan rendered, ResolvedPlan plan, Provenance provenance,
                                       java.util.Set<String> signedFormer, plandoc.resolved.SignedMark signed,
                                       Map<String, Long> sizes)
            throws RenderException {
        return withSitePage(rendered, plan, provenance, signedFormer, java.util.Optional.of(signed), List.of(), sizes);
    }

    /**
     * The site's page of a plan saying what only the site knows ({@code signed}: its published PDF is digitally signed;
     * {@code replaced}: the earlier versions of a re-issued document the site keeps), in place of {@code rendered}'s
     * page. The PDF, printed from the page without either, stays the document as issued.
     */
    public RenderedPlan withSitePage(RenderedPlan rendered, ResolvedPlan plan, Provenance provenance,
                                     java.util.Set<String> signedFormer,
                                     java.util.Optional<plandoc.resolved.SignedMark> signed,
                                     List<PlanPage.ReplacedVersion> replaced, Map<String, Long> sizes)
            throws RenderException {
        PlanFiles files = planFiles(plan, signedFormer);
        String page = page(plan, files, SourceView.of(provenance, files.slug(), pdf.settings().historyShown(),
                templates.text().language()).shownOn(pdf.settings().draftBuild()), templates.text(), signed, replaced, sizes);
        return rendered.withFiles(rendered.files().stream().map(f -> f.name().equals(PlanFiles.PAGE)
                ? new RenderedPlan.OutputFile(PlanFiles.PAGE, page.getBytes(StandardCharsets.UTF_8)) : f).toList());
    }

    /** The page the PDF is printed from (and the preview's): without the links to other documents. */
    private String page(ResolvedPlan plan, PlanFiles files, SourceView source, SiteText chrome) throws TemplateError {
        return page(plan, files, source, chrome, java.util.Optional.empty(), List.of(), Map.of(),
                plandoc.resolved.Related.NONE);
    }

    /** The site's page: it lists the documents the plan amends or corrects, and those amending or correcting it. */
    private String page(ResolvedPlan plan, PlanFiles files, SourceView source, SiteText chrome,
                        java.util.Optional<plandoc.resolved.SignedMark> signed, List<PlanPage.ReplacedVersion> replaced,
                        Map<String, Long> sizes) throws TemplateError {
        return page(plan, files, source, chrome, signed, replaced, sizes, plan.info().related());
    }

    /** The files' sizes in bytes, by name. */
    public static Map<String, Long> sizes(List<RenderedPlan.OutputFile> files) {
        Map<String, Long> sizes = new java.util.HashMap<>();
        files.forEach(f -> sizes.put(f.name(), (long) f.bytes().length));
        return sizes;
    }

    /**
     * The XHTML page; normalised to NFC because openhtmltopdf cannot position combining marks. {@code sizes}: the
     * linked files' sizes by name, empty when not known yet.
     */
    private String page(ResolvedPlan plan, PlanFiles files, SourceView source, SiteText chrome,
                        java.util.Optional<plandoc.resolved.SignedMark> signed, List<PlanPage.ReplacedVersion> replaced,
                        Map<String, Long> sizes, plandoc.resolved.Related related) throws TemplateError {
        DownloadLabels labels = new DownloadLabels(chrome);
        PlanPage model = new PlanPage(plan, new IssuerName(plan.header().issuerLines(), plan.header().issuer()),
                new IssuerName(plan.header().parentIssuerLines(), plan.header().parentIssuer()),
                files.links("", labels).withSizes(sizes, labels), "../assets/", "../index.html", source,
                pdf.settings().portalName(), signed, replaced, related);
        String html = templates.render(PLAN_TEMPLATE, model, files.slug(), chrome);
        return Normalizer.normalize(html, Normalizer.Form.NFC);
    }

    /** What every PDF of the plan carries inside: plan.json (Data) and the plan's sources (Source). */
    private static List<Attachment> associatedFiles(ResolvedPlan plan, PlanFiles files, byte[] planJson) throws RenderException {
        List<Attachment> attachments = new ArrayList<>();
        attachments.add(new Attachment(PlanFiles.JSON, "application/json", Attachment.DATA,
                plan.fileLabels().dataDescription(), planJson));
        try {
            attachments.addAll(PlanSources.of(plan));
        } catch (IOException e) {
            throw new RenderException(RenderProblem.Kind.INTERNAL, files.pdf(),
                    Message.of("render.pdf-failed", String.valueOf(e)), files.slug(), e);
        }
        return attachments;
    }

    private PdfRenderer.Printed pdf(String page, ResolvedPlan plan, PlanFiles files, Map<String, String> metadata,
                                    java.util.Optional<ElectronicRecord> record,
                                    List<AssociatedFiles.Deflated> attachments, Runnable layoutReleased)
            throws RenderException {
        Map<String, Path> images = images(files);
        PdfRenderer.Printed printed;
        try {
            printed = pdf.printCompressed(page, plan.info(), plan.toc(), images, metadata, record, attachments,
                    layoutReleased, PrintedTables.of(plan));
        } catch (IOException | RuntimeException e) {
            throw RenderException.pdfFailed(files.pdf(), files.slug(), e);
        }
        // The pages are counted here, the record's other fields in check: a separate appendix file is part of
        // this PDF, so it fits when this one does.
        if (record.isPresent()) {
            ElectronicRecord.checkPages(printed.pages(), files.pdf(), files.slug());
        }
        return printed;
    }

    /** The images the page shows: href → source file, each checked to exist. */
    private static Map<String, Path> images(PlanFiles files) throws RenderException {
        Map<String, Path> images = new LinkedHashMap<>();
        for (ImageBlock image : files.images()) {
            if (!Files.isRegularFile(image.source())) {
                throw new RenderException(RenderProblem.Kind.CONTENT, image.source().toString(),
                        Message.of("render.image-missing"), files.slug(), null);
            }
            images.put(image.href(), image.source());
        }
        return images;
    }

    /** A writer of an office file (XLSX, DOCX) from the resolved plan. */
    private interface OfficeWriter {
        byte[] write(ResolvedPlan plan) throws IOException;
    }

    private static byte[] office(String name, OfficeWriter writer, ResolvedPlan plan, PlanFiles files)
            throws RenderException {
        try {
            return writer.write(plan);
        } catch (IOException | RuntimeException e) {
            throw new RenderException(RenderProblem.Kind.INTERNAL, name, Message.of("render.office-failed", String.valueOf(e)),
                    files.slug(), e);
        }
    }

    TemplateEngine templates() {
        return templates;
    }
}
