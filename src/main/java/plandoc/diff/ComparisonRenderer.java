package plandoc.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import plandoc.render.RenderException;
import plandoc.render.RenderSettings;
import plandoc.render.html.RichHtml;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.pdf.PdfRenderer;
import plandoc.resolved.TocEntry;

/**
 * Prints a comparison with the render stage's own machinery: the province's templates
 * ({@code diff.ftlh}, which reuses {@code partials/document.ftlh}), its stylesheets, and the PDF
 * renderer every plan goes through, so the comparison follows the same Decree 30 page rules.
 */
public final class ComparisonRenderer {
    static final String TEMPLATE = "diff.ftlh";
    static final String SCREEN_CSS = "assets/plandoc.css";

    private final TemplateEngine templates;
    private final PdfRenderer pdf;
    private final String screenCss;

    private ComparisonRenderer(TemplateEngine templates, PdfRenderer pdf, String screenCss) {
        this.templates = templates;
        this.pdf = pdf;
        this.screenCss = screenCss;
    }

    /** Reads the templates, the stylesheets and the fonts from {@code templatesDir}, as a build does. */
    public static ComparisonRenderer forTemplates(Path templatesDir, RenderSettings settings) throws RenderException {
        try {
            TemplateEngine templates = new TemplateEngine(templatesDir,
                    new RichHtml(new FlexmarkMarkdownRenderer(new LinkPolicy())));
            String pdfCss = PdfRenderer.stylesheet(templatesDir);
            String screenCss = Files.readString(templatesDir.resolve(SCREEN_CSS), StandardCharsets.UTF_8);
            return new ComparisonRenderer(templates, new PdfRenderer(PdfFonts.load(templatesDir, settings.fonts()), pdfCss, settings),
                    screenCss);
        } catch (IOException e) {
            throw RenderException.templatesUnreadable(templatesDir, e);
        }
    }

    /** The page as printed: XHTML whose stylesheet link the PDF renderer replaces with pdf.css. */
    public String page(ComparisonView view) throws RenderException {
        String html = templates.render(TEMPLATE, new ComparisonPage(view, "assets/"), view.info().slug());
        return Normalizer.normalize(html, Normalizer.Form.NFC);
    }

    /**
     * A single HTML file to attach or e-mail: the screen stylesheet is written into it, since the
     * file travels without the site's {@code assets/} folder.
     */
    public byte[] html(ComparisonView view) throws RenderException {
        Document document = Jsoup.parse(page(view));
        for (Element link : document.select("link[rel~=(?i)stylesheet]")) {
            Element style = new Element("style");
            style.appendChild(new DataNode(screenCss));
            link.replaceWith(style);
        }
        document.outputSettings().prettyPrint(false);
        return document.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** The PDF; {@code metadata} adds Info entries such as the commits compared. */
    public byte[] pdf(ComparisonView view, Map<String, String> metadata) throws RenderException {
        String page = page(view);
        try {
            List<TocEntry> outline = view.parts().stream()
                    .map(p -> new TocEntry(1, p.number() + ". " + p.title(), p.anchor())).toList();
            return pdf.render(page, view.info(), outline, Map.of(), metadata);
        } catch (IOException | RuntimeException e) {
            throw RenderException.pdfFailed(view.info().fileStem() + ".pdf", view.info().slug(), e);
        }
    }

    /** The root of {@code diff.ftlh}. */
    public record ComparisonPage(ComparisonView comparison, String assets) {
    }
}
