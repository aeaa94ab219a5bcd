package plandoc.render.pdf;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.FSFont;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text measured through the per-character cache is measured exactly as openhtmltopdf measures it. */
class CachedWidthsTest {

    @Test
    void everyWidthIsTheLibrarysOwn() throws Exception {
        List<String> samples = new ArrayList<>(List.of("", " ", "a", "Quyết định số 4086/QĐ-UBND ngày 28/12/2012",
                "giai đoạn 2011- 2015,", "“Đề án” – tầm nhìn — 2030…", "1.234.567,89", "\t tab\u00a0nbsp\u00adshy",
                // no glyph in Liberation Serif: the library's slower path, character runs and a replacement
                "漢字 and Latin", "emoji 😀 outside the BMP", "\uFFFD", "bell\u0007 and zero\u200Bwidth",
                "a lone surrogate \uD800 here", "đ".repeat(40) + "漢" + "ư".repeat(40),
                // what the library leaves out of a measured string (soft hyphen, object replacement), alone,
                // together, and before a surrogate or a character without a glyph
                "\u00ad", "\uFFFC", "công\u00adnghệ\uFFFCthông\u00ad", "\u00ad😀", "\uFFFC漢字"));
        // every line of both bundled plans: the characters real pages use, in real words and lines
        for (Path file : List.of(Path.of("content/ha-tinh-4086-2012/plan.yaml"), Path.of("content/ha-tinh-424-2022/plan.yaml"))) {
            samples.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        PdfRendererBuilder builder = new PdfRendererBuilder();
        PdfFonts.bundled().registerWith(builder);
        builder.withHtmlContent("<html><body><p>x</p></body></html>", null);
        int compared = 0;
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            SharedContext context = renderer.getSharedContext();
            PdfBoxTextRenderer library = new PdfBoxTextRenderer();
            CachedWidths cached = new CachedWidths();
            library.setup(null, new SimpleBidiReorderer());
            cached.setup(null, new SimpleBidiReorderer());
            for (IdentValue weight : List.of(IdentValue.FONT_WEIGHT_400, IdentValue.FONT_WEIGHT_700)) {
                for (IdentValue style : List.of(IdentValue.NORMAL, IdentValue.ITALIC)) {
                    for (float size : new float[] {8f, 10.5f, 13f, 14f, 17.333f}) {
                        FSFont font = context.getFontResolver().resolveFont(context, spec(size, weight, style));
                        for (String sample : samples) {
                            // both orders: a string measured first by the cache, and one measured after others
                            assertEquals(library.getWidth(null, font, sample), cached.getWidth(null, font, sample),
                                    () -> weight + " " + style + " " + size + ": " + sample);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    private static FontSpecification spec(float size, IdentValue weight, IdentValue style) {
        FontSpecification spec = new FontSpecification();
        spec.families = new String[] {PdfFonts.FAMILY};
        spec.size = size;
        spec.fontWeight = weight;
        spec.fontStyle = style;
        spec.variant = IdentValue.NORMAL;
        return spec;
    }
}
