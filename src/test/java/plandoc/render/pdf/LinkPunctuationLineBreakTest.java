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

/**
 * A line that fills up at a link never leaves the "," or ")" after it to open the next line, nor a "(" before it to
 * end the line above (424 p.25: ", 3.9), khoản 4 Mục III Phần thứ hai …" once the references were capitalised).
 */
class LinkPunctuationLineBreakTest {

    @Test
    void punctuationStaysOnTheLineOfItsLinkAtEveryWidth() throws Exception {
        String references = "Thực hiện các nhiệm vụ tại <a href=\"#k3\">khoản 3 Mục III Phần thứ hai</a> (các điểm "
                + "<a href=\"#k3\">3.1</a>, <a href=\"#k3\">3.2</a>, <a href=\"#k3\">3.3</a>, <a href=\"#k3\">3.5</a>, "
                + "<a href=\"#k3\">3.6</a>, <a href=\"#k3\">3.7</a>, <a href=\"#k3\">3.9</a>), "
                + "<a href=\"#k3\">khoản 4 Mục III Phần thứ hai</a> (<a href=\"#k3\">điểm 4.4</a>); xem "
                + "<a href=\"#k3\">Phụ lục 03</a>./.";
        StringBuilder body = new StringBuilder("<main class=\"document\"><p id=\"k3\">Khoản 3</p>");
        for (int width = 40; width <= 120; width += 1) {
            body.append("<p style=\"width: ").append(width).append("mm; text-indent: 0\">").append(references).append("</p>");
        }
        body.append("</main>");
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled(),
                Files.readString(Path.of("templates/assets/pdf.css"), StandardCharsets.UTF_8), RenderSettings.defaults());
        DocumentInfo info = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t", "UBND tỉnh", "t", plandoc.resolved.Funding.NONE);
        byte[] pdf = renderer.render("<html><head><title>t</title></head><body>" + body + "</body></html>", info,
                List.of(), Map.of(), Map.of());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = stripper.getText(document).lines().map(String::strip).toList();
            assertEquals(List.of(), lines.stream().filter(l -> l.matches("^[,;:)\\]./].*")).toList(),
                    "no line opens with the punctuation that closes after a link");
            assertEquals(List.of(), lines.stream().filter(l -> l.endsWith("(")).toList(),
                    "no line ends with the parenthesis that opens before a link");
            assertTrue(lines.stream().anyMatch(l -> l.contains("3.7, 3.9)") || l.endsWith("3.7,")), lines.toString());
        }
    }
}
