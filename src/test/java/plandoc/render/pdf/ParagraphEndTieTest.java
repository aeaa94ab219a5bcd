package plandoc.render.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import plandoc.render.ParagraphEnds;
import plandoc.render.RenderSettings;
import plandoc.resolved.DocumentInfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s28-pages: 424's body paragraphs ended on a line holding one syllable ("… dịch vụ y tế thông / minh."); the last
 * two are tied, as a Word user ties them by hand, and (s30) a short number to the word before it ("và 4."), but
 * never a year or larger figure, a range, a reference or an address.
 */
class ParagraphEndTieTest {

    @Test
    void aParagraphNeverEndsOnOneSyllableAlone() throws Exception {
        List<String> lines = linesAtEveryWidth("Từng bước sẵn sàng cung cấp dịch vụ y tế thông minh.");
        assertEquals(List.of(), lines.stream().filter(l -> l.equals("minh.")).toList(), lines.toString());
        assertTrue(lines.stream().filter(l -> l.equals("thông minh.")).count() > 0,
                "some width breaks before the tied pair: " + lines);
    }

    /** s30-pages: 4086 page 3 ended a paragraph on a line holding "4." alone ("… ở mức 3 và / 4."). */
    @Test
    void aParagraphNeverEndsOnOneShortNumberAlone() throws Exception {
        List<String> lines = linesAtEveryWidth("Các cấp được thực hiện trên cổng thông tin điện tử ở mức 3 và 4.");
        assertEquals(List.of(), lines.stream().filter(l -> l.equals("4.")).toList(), lines.toString());
        assertTrue(lines.stream().filter(l -> l.equals("và 4.")).count() > 0,
                "some width breaks before the tied pair: " + lines);
    }

    /** The lines PDFBox reads back from one paragraph printed at every width from 40 to 90 mm. */
    private static List<String> linesAtEveryWidth(String paragraph) throws Exception {
        StringBuilder body = new StringBuilder("<main class=\"document\">");
        for (int width = 40; width <= 90; width += 2) {
            body.append("<p style=\"width: ").append(width).append("mm; text-indent: 0\">").append(paragraph)
                    .append("</p>");
        }
        body.append("</main>");
        PdfRenderer renderer = new PdfRenderer(PdfFonts.bundled(),
                Files.readString(Path.of("templates/assets/pdf.css"), StandardCharsets.UTF_8), RenderSettings.defaults());
        DocumentInfo info = new DocumentInfo("t", "1/KH-UBND", Optional.empty(), Optional.empty(), "Kế hoạch", "t",
                "UBND tỉnh", "t", plandoc.resolved.Funding.NONE);
        byte[] pdf = renderer.render("<html><head><title>t</title></head><body>" + body + "</body></html>", info,
                List.of(), Map.of(), Map.of());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines().map(String::strip).toList();
        }
    }

    @Test
    void onlyTwoTokensOfLettersAreTied() {
        assertEquals("dịch vụ y tế thông".length(), ParagraphEnds.tiedSpace("dịch vụ y tế thông minh.", true));
        assertEquals("các sở, ban, ngành, địa".length(), ParagraphEnds.tiedSpace("các sở, ban, ngành, địa phương.", true));
        assertEquals("tại (Đề".length(), ParagraphEnds.tiedSpace("tại (Đề án).", true));
        assertEquals(-1, ParagraphEnds.tiedSpace("trong năm 2020 và giai đoạn 2021-2025.", true), "a range");
        assertEquals(-1, ParagraphEnds.tiedSpace("theo Nghị định 30/2020/NĐ-CP.", true), "a reference");
        assertEquals("tại Điều".length(), ParagraphEnds.tiedSpace("tại Điều 5.", true), "a short number after a word");
        assertEquals("ở mức 3 và".length(), ParagraphEnds.tiedSpace("ở mức 3 và 4.", true));
        assertEquals(-1, ParagraphEnds.tiedSpace("đến năm 2020.", true), "a year: a figure of four digits");
        assertEquals(-1, ParagraphEnds.tiedSpace("các mục 1, 2.", true), "two figures");
        assertEquals(-1, ParagraphEnds.tiedSpace("chiếm 8,5.", true), "a decimal");
        assertEquals(-1, ParagraphEnds.tiedSpace("tại https://hatinh.gov.vn", true), "an address");
        assertEquals(-1, ParagraphEnds.tiedSpace("minh.", true), "one token");
        assertEquals(-1, ParagraphEnds.tiedSpace("theo mô hình Blockchain.", true), "a last word of more than 7 letters");
        assertEquals(-1, ParagraphEnds.tiedSpace("ngành,  mạng.", true), "two spaces: laid out by hand");
        assertEquals(-1, ParagraphEnds.tiedSpace("ung thư", false), "the word before may begin in an earlier run");
    }
}
