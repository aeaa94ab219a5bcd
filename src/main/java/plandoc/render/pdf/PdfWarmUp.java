package plandoc.render.pdf;

import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.TocEntry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small throw-away page, printed by {@code plandoc.render.RenderWarmUp} while a one-plan build checks
 * its plan, so that openhtmltopdf's and PDFBox's classes are loaded, initialised and compiled on the
 * otherwise idle second core before the real PDF needs them (issue 17). Nothing it makes is kept or
 * shared with the real render.
 */
public final class PdfWarmUp {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"vi\"><head><title>Kế hoạch</title></head><body>"
            + "<div class=\"document\"><h1>KẾ HOẠCH</h1><h2 id=\"muc-tieu\">I. MỤC TIÊU</h2><p>Văn bản <strong>đậm</strong>, "
            + "<em>nghiêng</em>, <a href=\"#a\">liên kết</a> 2021-2025./.</p><ul><li>một</li><li>hai</li></ul>"
            + "<table><thead><tr><th scope=\"col\">TT</th><th scope=\"col\">Nội dung</th></tr></thead>"
            + "<tbody><tr><td>1</td><td id=\"a\">Kinh phí 1.234,50</td></tr></tbody></table></div></body></html>";

    private PdfWarmUp() {
    }

    /** Prints the page and throws it away; never fails. */
    public static void run(Path templatesDir) {
        try {
            print(templatesDir);
        } catch (Exception | LinkageError e) {
            // Only a head start: the real render reports any real problem.
        }
    }

    /** The throw-away page, printed as every plan is (PDF/A-3a, PDF/UA-1, the templates' stylesheet). */
    static byte[] print(Path templatesDir) throws java.io.IOException {
        String css = Files.readString(templatesDir.resolve("assets/pdf.css"), StandardCharsets.UTF_8);
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled(), css, RenderSettings.defaults());
        DocumentInfo info = new DocumentInfo("warm-up", "1/KH-UBND", LocalDate.of(2025, 1, 1), "01/01/2025",
                "Kế hoạch", "Kế hoạch", "Ủy ban nhân dân", "1-KH-UBND", null, "", "");
        return renderer.render(PAGE, info, List.of(new TocEntry(1, "I. MỤC TIÊU", "muc-tieu")), Map.of(), Map.of());
    }
}
