package plandoc.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TocEntry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PRODUCER = "plandoc (openhtmltopdf 1.1.65, PDFBox 3)";

    private final PdfFonts fonts;
    private final PrintDocument printDocument;
    private final String pdfCss;
    private final RenderSettings settings;
    /** JUL only keeps weak references to loggers: hold them so the levels set here stick. */
    private final List<Logger> quietLoggers;

    public PdfRenderer(PdfFonts fonts, String pdfCss, RenderSettings settings) {
        this.fonts = fonts;
        this.pdfCss = pdfCss;
        this.printDocument = new PrintDocument(pdfCss);
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
        return render(html, plan.info(), plan.toc(), images, Map.of());
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
        org.w3c.dom.Document dom = printDocument.prepare(html, toc, images);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        builder.usePdfVersion(1.7f);
        builder.withProducer(PRODUCER);
        fonts.registerWith(builder);
        builder.useUnicodeLineBreaker(new DocumentLineBreaker());
        // The build is offline: images are local files, nothing may be fetched from the network.
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(dom, "file:///");
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument document = renderer.getPdfDocument()) {
                describe(document, info);
                new java.util.TreeMap<>(metadata).forEach(document.getDocumentInformation()::setCustomMetadataValue);
                document.setDocumentId(documentId(html));
                document.save(out);
            }
        }
        return out.toByteArray();
    }

    private void describe(PDDocument document, DocumentInfo info) {
        PDDocumentInformation meta = document.getDocumentInformation();
        meta.setTitle(info.title());
        meta.setAuthor(info.issuer());
        meta.setSubject(info.numberSymbol());
        meta.setCreator("plandoc");
        meta.setProducer(PRODUCER);
        Calendar created = creationDate(info).orElse(null);
        meta.setCreationDate(created); // null removes openhtmltopdf's "now"
        meta.setModificationDate(created);
        document.getDocumentCatalog().setLanguage("vi");
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /** The issue date at midnight in Vietnam; without one, SOURCE_DATE_EPOCH; without that, none. */
    private Optional<Calendar> creationDate(DocumentInfo info) {
        Optional<Instant> when = info.date() != null
                ? Optional.of(info.date().atStartOfDay(VIETNAM).toInstant())
                : settings.sourceDateEpoch();
        return when.map(instant -> {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM), Locale.ROOT);
            calendar.setTimeInMillis(instant.toEpochMilli());
            return calendar;
        });
    }

    /** The trailer /ID comes from this number; derive it from everything that shapes the output. */
    private long documentId(String html) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(html.getBytes(StandardCharsets.UTF_8));
            sha.update(pdfCss.getBytes(StandardCharsets.UTF_8));
            sha.update(fonts.fingerprint());
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
