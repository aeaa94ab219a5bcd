package plandoc.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import plandoc.render.edoc.ElectronicRecord;
import plandoc.render.RenderSettings;
import plandoc.render.DocumentMetadata;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TocEntry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prints one plan page to a Decree 30 PDF: A4, Times New Roman embedded, outline from the table of
 * contents, metadata from the document, and the same bytes for the same input (libraries.md A3).
 */
public final class PdfRenderer {

    private static final ZoneId VIETNAM = plandoc.model.VietnamTime.ZONE;
    private static final String PRODUCER = "plandoc (openhtmltopdf 1.1.65, PDFBox 3)";
    private static final String CREATOR = "plandoc";
    /** The stylesheet every PDF prints with, in a templates folder (a province may replace it). */
    public static final String STYLESHEET = "assets/pdf.css";

    private final PdfFonts fonts;
    private final PrintDocument printDocument;
    private final String pdfCss;
    private final RenderSettings settings;
    private final boolean standards;
    /** Issue 12: the empty signature fields; off only to measure their cost. */
    private final boolean signatureFields;
    /** JUL only keeps weak references to loggers: hold them so the levels set here stick. */
    private final List<Logger> quietLoggers;

    /** The settings this renderer prints with (the portal's name, for the page beside the PDF). */
    /** The faces every PDF embeds (the Word copy letters an SVG picture's text in them too). */
    public PdfFonts fonts() {
        return fonts;
    }

    public RenderSettings settings() {
        return settings;
    }

    public PdfRenderer(PdfFonts fonts, String pdfCss, RenderSettings settings) {
        this(fonts, pdfCss, settings, true);
    }

    /** The PDF stylesheet ({@value #STYLESHEET}) of {@code templatesDir}. */
    public static String stylesheet(Path templatesDir) throws IOException {
        return Files.readString(templatesDir.resolve(STYLESHEET), StandardCharsets.UTF_8);
    }

    /**
     * For the benchmark only: the PDF as printed before issue 12, untagged and without PDF/A, to
     * measure what tagging costs. Never used to publish.
     */
    public static PdfRenderer withoutStandardsForBenchmark(PdfFonts fonts, String pdfCss, RenderSettings settings) {
        return new PdfRenderer(fonts, pdfCss, settings, false, true);
    }

    /** For the benchmark only: as published but without the empty signature fields, to measure what they cost. */
    public static PdfRenderer withoutSignatureFieldsForBenchmark(PdfFonts fonts, String pdfCss, RenderSettings settings) {
        return new PdfRenderer(fonts, pdfCss, settings, true, false);
    }

    private PdfRenderer(PdfFonts fonts, String pdfCss, RenderSettings settings, boolean standards) {
        this(fonts, pdfCss, settings, standards, true);
    }

    private PdfRenderer(PdfFonts fonts, String pdfCss, RenderSettings settings, boolean standards,
                        boolean signatureFields) {
        this.signatureFields = signatureFields;
        this.standards = standards;
        this.fonts = fonts;
        this.pdfCss = pdfCss;
        this.printDocument = new PrintDocument(pdfCss, settings.siteUrl());
        this.settings = settings;
        // openhtmltopdf logs dozens of INFO lines per document and PDFBox warns about base-14 fonts we
        // never use; the CLI reports our own problems instead.
        XRLog.setLoggingEnabled(false);
        this.quietLoggers = List.of(Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"),
                Logger.getLogger("com.openhtmltopdf"));
        quietLoggers.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    /**
     * @param html   the plan page exactly as published
     * @param images image hrefs used in the page → their source files
     */
    public byte[] render(String html, ResolvedPlan plan, Map<String, Path> images) throws IOException {
        return printCompressed(html, plan.info(), plan.toc(), images, Map.of(), ElectronicRecord.of(plan), List.of(), () -> {
        }, PrintedTables.of(plan)).bytes();
    }

    /** The printed file and its page count. */
    public record Printed(byte[] bytes, int pages) {
    }

    /**
     * Any page printed by the same rules (a plan, or a comparison of two versions).
     *
     * @param info     the title, issuer, number and date for the PDF's metadata
     * @param toc      the outline
     * @param metadata extra Info entries, e.g. {@code plandoc-commit}; written in key order
     */
    public byte[] render(String html, DocumentInfo info, List<TocEntry> toc, Map<String, Path> images,
                         Map<String, String> metadata) throws IOException {
        return print(html, info, toc, images, metadata, Optional.empty(), List.of()).bytes();
    }

    /** As {@link #render(String, DocumentInfo, List, Map, Map)}, its data tables laid out as {@code tables} says. */
    public byte[] render(String html, DocumentInfo info, List<TocEntry> toc, Map<String, Path> images,
                         Map<String, String> metadata, PrintedTables tables) throws IOException {
        return printCompressed(html, info, toc, images, metadata, Optional.empty(), List.of(), () -> {
        }, tables).bytes();
    }

    /**
     * As {@link #render(String, DocumentInfo, List, Map, Map)}; {@code record}, when given, goes into
     * the XMP with the page count filled in; {@code attachments} are embedded as PDF/A-3 associated files.
     */
    public Printed print(String html, DocumentInfo info, List<TocEntry> toc, Map<String, Path> images,
                         Map<String, String> metadata, Optional<ElectronicRecord> record,
                         List<Attachment> attachments) throws IOException {
        return print(html, info, toc, images, metadata, record, attachments, () -> {
        });
    }

    /**
     * As {@link #print(String, DocumentInfo, List, Map, Map, Optional, List)}, running {@code layoutReleased}
     * once the pages are painted and the layout (box tree, DOM) is no longer reachable, before the document
     * is saved: a long plan collects its layout there (issue 17, render.OfficeOrder).
     */
    public Printed print(String html, DocumentInfo info, List<TocEntry> toc, Map<String, Path> images,
                         Map<String, String> metadata, Optional<ElectronicRecord> record,
                         List<Attachment> attachments, Runnable layoutReleased) throws IOException {
        return printCompressed(html, info, toc, images, metadata, record, AssociatedFiles.unfiltered(attachments),
                layoutReleased, PrintedTables.NONE);
    }

    /**
     * A plan's PDF or a separate appendix file: as {@link #print(String, DocumentInfo, List, Map, Map, Optional,
     * List, Runnable)}, its attachments Flate-compressed, once per plan ({@link AssociatedFiles#deflate}), its tables
     * laid out as compute laid them out ({@code tables}).
     */
    public Printed printCompressed(String html, DocumentInfo info, List<TocEntry> toc, Map<String, Path> images,
                                   Map<String, String> metadata, Optional<ElectronicRecord> record,
                                   List<AssociatedFiles.Deflated> attachments, Runnable layoutReleased,
                                   PrintedTables tables) throws IOException {
        PDDocument document = laidOut(html, toc, images, tables);
        PdfBytes out = new PdfBytes();
        int pages;
        try (document) {
            pages = document.getNumberOfPages();
            describe(document, info, record.map(r -> r.withPages(pages)));
            new java.util.TreeMap<>(metadata).forEach(document.getDocumentInformation()::setCustomMetadataValue);
            AssociatedFiles.embed(document, attachments, creationDate(info));
            document.setDocumentId(documentId(html));
            layoutReleased.run();
            document.save(out);
        }
        return new Printed(out.toByteArray(), pages);
    }

    /**
     * The page laid out and painted into a PDFBox document, with its signature fields. The renderer is
     * closed here and nothing of it is on the caller's frame: its box tree and DOM (most of a long plan's
     * live heap) are garbage while the document is described and saved (issue 17). Closing the renderer
     * leaves the document open; plandoc's fonts are streams, not font collections, so it closes no font.
     */
    private PDDocument laidOut(String html, List<TocEntry> toc, Map<String, Path> images, PrintedTables tables)
            throws IOException {
        org.w3c.dom.Document dom = printDocument.prepare(html, toc, images, tables);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        builder.usePdfVersion(1.7f);
        builder.withProducer(PRODUCER);
        // PDF/A-3a (archival, and room for the plan's own files) and PDF/UA-1 (tagged, accessible).
        if (standards) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(ColorProfile.srgb());
        }
        // An SVG image (a chart, a map) is drawn by Batik, loaded only then: a plan without one never loads it.
        boolean svg = images.values().stream().anyMatch(PdfRenderer::isSvg);
        if (svg) {
            builder.useSVGDrawer(SvgDrawer.create());
        }
        fonts.registerWith(builder, svg);
        builder.useUnicodeLineBreaker(new DocumentLineBreaker());
        // The build is offline: images are local files, nothing may be fetched from the network.
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(dom, "file:///");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            // Before layout, which sets the text renderer up: the same widths, each character measured once.
            renderer.getSharedContext().setTextRenderer(new CachedWidths());
            renderer.layout();
            LaidOutHeap.collectIfFilling();
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            try {
                if (signatureFields) {
                    SignatureFields.add(renderer, document); // issue 12: where Decree 30 puts the signatures
                }
                mendTags(document);
            } catch (IOException | RuntimeException e) {
                document.close();
                throw e;
            }
            return document;
        }
    }

    private static boolean isSvg(Path image) {
        return image.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /**
     * What openhtmltopdf's tags say wrong, mended in the structure tree (PDF/UA-2, and what a screen reader reads):
     * the elements' names and a link's empty Alt ({@link StructureTypes}). A repeated table header's copies are
     * painted as artifacts in the first place (plandoc's patched {@code PdfBoxRenderer}'s device).
     */
    private static void mendTags(PDDocument document) throws IOException {
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            StructureTypes.mend(root);
        }
    }

    /**
     * The Info dictionary and the XMP that must agree with it (PDF/A), both from the document's metadata,
     * which the Word copy's properties repeat ({@link DocumentMetadata}).
     */
    private void describe(PDDocument document, DocumentInfo info, Optional<ElectronicRecord> record)
            throws IOException {
        DocumentMetadata about = DocumentMetadata.of(info, settings.sourceDateEpoch());
        PDDocumentInformation meta = document.getDocumentInformation();
        meta.setTitle(about.title());
        meta.setAuthor(about.author());
        meta.setSubject(about.subject());
        meta.setKeywords(about.keywords());
        meta.setCreator(CREATOR);
        meta.setProducer(PRODUCER);
        Optional<Calendar> created = about.created().map(PdfRenderer::inVietnam);
        meta.setCreationDate(created.orElse(null)); // null removes openhtmltopdf's "now"
        meta.setModificationDate(created.orElse(null));
        byte[] xmp = XmpPacket.of(new XmpPacket.Info(about.title(), about.author(), about.subject(), about.keywords(),
                CREATOR, PRODUCER, created.map(c -> ((GregorianCalendar) c).toZonedDateTime())), record);
        PDMetadata stream = new PDMetadata(document);
        stream.importXMPMetadata(xmp);
        document.getDocumentCatalog().setMetadata(stream);
        document.getDocumentCatalog().setLanguage(DocumentMetadata.LANGUAGE);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /** The issue date at midnight in Vietnam; without one, SOURCE_DATE_EPOCH; without that, none. */
    private Optional<Calendar> creationDate(DocumentInfo info) {
        return DocumentMetadata.of(info, settings.sourceDateEpoch()).created().map(PdfRenderer::inVietnam);
    }

    private static Calendar inVietnam(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** Where the site page's navigation starts ({@code plan.ftlh}): the link back to the index and the downloads. */
    private static final String SITE_NAV = "<nav class=\"site-nav screen-only\"";

    /**
     * The page without its site navigation, which is not printed (screen-only) and names the portal (province.yaml
     * {@code portal:}): the PDF carries province.yaml without that name (render.CarriedProvince), so the PDF rebuilt
     * from its own sources ({@code plandoc extract}) must get the same /ID. A template without that element: the
     * whole page.
     */
    private static String printedPart(String html) {
        int start = html.indexOf(SITE_NAV);
        int end = start < 0 ? -1 : html.indexOf("</nav>", start);
        return end < 0 ? html : html.substring(0, start) + html.substring(end + "</nav>".length());
    }

    /** The trailer /ID comes from this number; derive it from everything that shapes the output. */
    private long documentId(String html) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(printedPart(html).getBytes(StandardCharsets.UTF_8));
            sha.update(pdfCss.getBytes(StandardCharsets.UTF_8));
            sha.update(fonts.fingerprint());
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
