package plandoc.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import plandoc.render.PlanRenderer;
import plandoc.render.RenderException;
import plandoc.render.RenderSettings;
import plandoc.render.html.RichHtml;
import plandoc.render.html.TemplateEngine;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.MarkdownRenderer;
import plandoc.render.pdf.PdfFonts;
import plandoc.render.pdf.PdfRenderer;

/**
 * The render set-up for one templates folder, created only when something is rendered (a build that
 * changes nothing never loads fonts) and kept warm across rebuilds by the preview server. When the
 * templates change, the templates and the PDF stylesheet are read again; the fonts are kept unless
 * the folder's own {@code fonts/} changed, because parsing them is what makes a first PDF slow.
 */
public final class Renderers {
    private final Path templatesDir;
    private RenderSettings settings;
    /**
     * Made with the first renderer that needs it: flexmark's parser and extensions take ~15 ms to set up in
     * a cold process, which a build's head start pays on its own thread rather than the check's (issue 17).
     */
    private MarkdownRenderer markdown;

    private String templatesKey;
    private String fontsKey;
    /** {@link PdfFonts#facesKey}, found on first use; null: not yet, or the templates changed since. */
    private String facesKey;
    private PdfFonts fonts;
    private PlanRenderer planRenderer;
    private TemplateEngine indexTemplates;

    public Renderers(Path templatesDir, RenderSettings settings) throws IOException {
        this.templatesDir = templatesDir;
        this.settings = settings;
        this.templatesKey = new Digest().addTree(templatesDir).hex();
        this.fontsKey = new Digest().addTree(templatesDir.resolve("fonts")).hex();
    }

    public Path templatesDir() {
        return templatesDir;
    }

    public synchronized RenderSettings settings() {
        return settings;
    }

    /**
     * Takes the portal's name and where the history and the guide show from {@code province.yaml} as it is now
     * (the preview server reads it again when the file changes); returns whether they changed. The PDF renderer
     * is made again, as the name is printed in every document's metadata; the fonts are kept. (The site's
     * address is the one read when the server started.)
     */
    public synchronized List<String> useProvince(plandoc.model.Province province) {
        // The keys whose change shows on every page, named so serve says which changed (s32 tryout L3: it said the
        // portal's name changed when only url: and data_licence: had).
        List<String> changed = new java.util.ArrayList<>();
        if (!province.portal().equals(settings.portal())) {
            changed.add("portal");
        }
        if (province.history() != settings.history()) {
            changed.add("history");
        }
        if (province.guide() != settings.guide()) {
            changed.add("guide");
        }
        if (!province.dataLicence().equals(settings.dataLicence())) {
            changed.add("data_licence");
        }
        if (!changed.isEmpty()) {
            settings = settings.withProvince(province);
            planRenderer = null;
        }
        return List.copyOf(changed);
    }

    /** Digest of the whole templates folder as last read. */
    public synchronized String templatesKey() {
        return templatesKey;
    }

    /**
     * The faces the PDFs are printed with (which kind, each file's name and size: {@link PdfFonts#facesKey}), part
     * of every plan's key: the PLANDOC_FONTS folder's path is not, its fonts are (s28 re-read H1).
     */
    public synchronized String facesKey() {
        if (facesKey == null) {
            facesKey = facesKey(templatesDir, settings);
        }
        return facesKey;
    }

    /** {@link PdfFonts#facesKey} for {@code templatesDir} and {@code settings}' PLANDOC_FONTS folder. */
    static String facesKey(Path templatesDir, RenderSettings settings) {
        try {
            return PdfFonts.facesKey(templatesDir, settings.fonts());
        } catch (IOException | RuntimeException e) {
            return "unreadable fonts " + System.nanoTime(); // never a recorded key: render, which says why
        }
    }

    /** Reads the templates folder again; returns whether it changed since last read. */
    public synchronized boolean refresh() throws IOException {
        String key = new Digest().addTree(templatesDir).hex();
        if (key.equals(templatesKey)) {
            return false;
        }
        templatesKey = key;
        facesKey = null;
        planRenderer = null;
        indexTemplates = null;
        String fonts = new Digest().addTree(templatesDir.resolve("fonts")).hex();
        if (!fonts.equals(fontsKey)) {
            fontsKey = fonts;
            this.fonts = null;
        }
        return true;
    }

    private synchronized MarkdownRenderer markdown() {
        if (markdown == null) {
            markdown = new FlexmarkMarkdownRenderer(new plandoc.render.markdown.LinkPolicy());
        }
        return markdown;
    }

    /** The plan renderer (templates, PDF stylesheet, fonts), made on first use. */
    public synchronized PlanRenderer planRenderer() throws RenderException {
        if (planRenderer == null) {
            try {
                if (fonts == null) {
                    fonts = PdfFonts.load(templatesDir, settings.fonts());
                }
                String pdfCss = PdfRenderer.stylesheet(templatesDir);
                planRenderer = new PlanRenderer(new TemplateEngine(templatesDir, new RichHtml(markdown()), settings.siteText()),
                        new PdfRenderer(fonts, pdfCss, settings), settings.separateAppendices());
            } catch (IOException e) {
                throw RenderException.templatesUnreadable(templatesDir, e);
            }
        }
        return planRenderer;
    }

    /** The fonts the PDFs were printed with, once a PDF has been rendered. */
    public synchronized Optional<PdfFonts> loadedFonts() {
        return Optional.ofNullable(fonts);
    }

    /** Whether the plan renderer (and so the fonts) has been loaded: a no-op build never does. */
    synchronized boolean planRendererLoaded() {
        return planRenderer != null;
    }

    /** The templates alone, for the site index: no fonts needed. */
    public synchronized TemplateEngine indexTemplates() throws RenderException {
        if (indexTemplates == null) {
            try {
                indexTemplates = new TemplateEngine(templatesDir, new RichHtml(markdown()), settings.siteText());
            } catch (IOException e) {
                throw RenderException.templatesUnreadable(templatesDir, e);
            }
        }
        return indexTemplates;
    }
}
