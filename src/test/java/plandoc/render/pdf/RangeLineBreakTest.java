package plandoc.render.pdf;

import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "giai đoạn 2011- 2015" never breaks after the dash, so text extraction cannot read "20112015". */
class RangeLineBreakTest {

    @Test
    void aRangeStaysOnOneLineAtEveryWidth() throws Exception {
        StringBuilder body = new StringBuilder("<main class=\"document\">");
        for (int width = 30; width <= 80; width += 2) {
            body.append("<p style=\"width: ").append(width).append("mm; text-indent: 0\">Đề án giai đoạn 2011- 2015 và 2016-2020, tầm nhìn 2030</p>");
        }
        body.append("</main>");
        List<String> lines = printedLines(body.toString());
        assertEquals(List.of(), lines.stream().filter(l -> l.matches(".*\\d[-–]$") || l.matches("^\\d{4}(,| ).*")).toList(),
                "no line ends with a dash after a figure or starts with the range's second year");
        assertTrue(lines.stream().anyMatch(l -> l.contains("2011- 2015")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("20112015")), lines.toString());
    }

    /** The lines of {@code body} (a {@code main.document}) printed with pdf.css, read back in their order on the page. */
    static List<String> printedLines(String body) throws Exception {
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled(),
                Files.readString(Path.of("templates/assets/pdf.css"), StandardCharsets.UTF_8), RenderSettings.defaults());
        DocumentInfo info = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t", "UBND tỉnh", "t", plandoc.resolved.Funding.NONE);
        byte[] pdf = renderer.render("<html><head><title>t</title></head><body>" + body + "</body></html>", info,
                List.of(), Map.of(), Map.of());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).lines().map(String::strip).toList();
        }
    }
}
