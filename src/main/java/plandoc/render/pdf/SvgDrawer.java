package plandoc.render.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.util.List;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.w3c.dom.Element;
import plandoc.load.SvgSize;

/**
 * openhtmltopdf's SVG drawer (Batik) for a page with an SVG image. Its own class, so Batik is loaded only when a
 * plan has one: a plan without SVG never names these classes (issue 17's cold start).
 *
 * <p>Secure: no script runs and nothing outside the SVG is fetched ({@link DocumentFontDrawer}; check refuses such
 * an SVG before a build: load.SvgFile). The SVG's text is drawn in the document's own faces, whatever family it
 * names ({@link DocumentFaces}): every letter of Vietnamese is there and the PDF embeds them (PDF/A); a chart made in
 * Arial prints in the document's serif, as an office's Word template would.
 */
final class SvgDrawer {
    private SvgDrawer() {
    }

    /** A new drawer for one print; the document's faces are registered with it by {@link PdfFonts#registerWith}. */
    static SVGDrawer create() {
        return new DocumentFontDrawer();
    }

    private static final class DocumentFontDrawer extends BatikSVGDrawer {
        /**
         * No script run, nothing outside the SVG loaded: load.SvgSecurity's rules, said here rather than left to the
         * library's default (openhtmltopdf's own user agent applies them; SvgSecurityTest tries it with hostile SVGs).
         */
        DocumentFontDrawer() {
            super(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE);
        }

        @Override
        public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
            // Called before the builder adds the document's faces, which then go into this resolver.
            this.fontResolver = new DocumentFaces();
            this.fontResolver.importFontFaces(fontFaces, shared);
        }

        @Override
        public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight,
                                      double dotsPerPixel) {
            wholePixels(svg);
            fitPage(svg, (landscape(box) ? LANDSCAPE_TALLEST_MM : SvgSize.TALLEST_MM) - SvgSize.BESIDE_DRAWING_MM);
            return super.buildSVGImage(svg, box, css, cssWidth, cssHeight, dotsPerPixel);
        }
    }

    /** The text block of a landscape A4 page is this high (pdf.css: 210 − 20 − 20 mm). */
    static final double LANDSCAPE_TALLEST_MM = 170;

    /** Whether the image stands in a landscape appendix (pdf.css {@code .appendix.landscape}). */
    private static boolean landscape(Box box) {
        for (org.w3c.dom.Node node = box == null ? null : box.getElement(); node instanceof Element element;
                node = node.getParentNode()) {
            if (java.util.Arrays.asList(element.getAttribute("class").split("\\s+")).contains("landscape")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shrinks a drawing that, at the text width, would print taller than the page's text block holds ({@code
     * tallestMm}) to that height, its proportions kept (s30). Check refuses such an SVG (load.SvgFile,
     * image.svg-too-tall), but a drawing can reach the print without it (serve, an SVG changed after check, a
     * landscape appendix), and the PDF then ran it over pages, cut at each page's edge. openhtmltopdf sizes the image
     * by a whole-number viewBox before the width and height, so the viewBox is written with a decimal point: the
     * width and height, shrunk, then give the size, and Batik scales the viewBox into them.
     */
    static void fitPage(Element svg, double tallestMm) {
        double[] size = SvgSize.given(svg);
        if (size == null) {
            return; // openhtmltopdf's 400 × 400 px fits any page
        }
        double widthMm = Math.min(SvgSize.WIDEST_MM, size[0] * MM_PER_PX);
        double heightMm = widthMm * size[1] / size[0];
        if (heightMm <= tallestMm) {
            return;
        }
        double scale = tallestMm / heightMm;
        String[] box = svg.getAttribute("viewBox").strip().split("[\\s,]+");
        String origin = box.length == 4 ? box[0] + " " + box[1] : "0 0";
        svg.setAttribute("viewBox", String.format(java.util.Locale.ROOT, "%s %.3f %.3f", origin, size[0], size[1]));
        svg.setAttribute("width", Long.toString(Math.max(1, (long) Math.floor(widthMm * scale / MM_PER_PX))));
        svg.setAttribute("height", Long.toString(Math.max(1, (long) Math.floor(tallestMm / MM_PER_PX))));
    }

    private static final double MM_PER_PX = 25.4 / 96;

    /**
     * Gives the SVG's root the width and height the Word copy prints it at ({@link SvgSize}), in whole pixels:
     * openhtmltopdf reads a whole-number viewBox or width and height only, and draws an SVG whose viewBox is
     * {@code 0 0 480.5 300.5} in a 400 × 400 square. Its own viewBox, if whole, still wins, and is the same size.
     */
    static void wholePixels(Element svg) {
        double[] size = SvgSize.given(svg);
        if (size != null) {
            svg.setAttribute("width", Long.toString(Math.max(1, Math.round(size[0]))));
            svg.setAttribute("height", Long.toString(Math.max(1, Math.round(size[1]))));
        }
    }

    /** Resolves every family an SVG names, and none, to the document's family. */
    private static final class DocumentFaces extends OpenHtmlFontResolver {
        @Override
        public GVTFontFamily resolve(String family) {
            GVTFontFamily named = super.resolve(family);
            return named != null ? named : super.resolve(PdfFonts.FAMILY);
        }

        @Override
        public GVTFontFamily resolve(String family, FontFace face) {
            return resolve(family);
        }

        @Override
        public GVTFontFamily getDefault() {
            return super.resolve(PdfFonts.FAMILY);
        }

        @Override
        public GVTFontFamily getFamilyThatCanDisplay(char c) {
            return getDefault();
        }
    }
}
