package plandoc.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s30 tryout F6: an amending decision adds "PHỤ LỤC 08" to a Đề án whose appendices end at 07. Its only appendix,
 * numbered from {@code appendices.start: 8}, prints "PHỤ LỤC 08" on its caption page and is "Phụ lục 08" wherever
 * it is named: references in the PDF, the site's contents and links (to its anchor, its id), the Word copy, the
 * workbook's sheet. The Đề án's own appendices typed in the articles ("PHỤ LỤC 01 của Đề án", "Phụ lục 03 kèm
 * theo Quyết định số …") are another document's: not flagged. The fixture is fixtures/appendix-start.
 */
class AppendixStartTest {
    private static final Path PLAN = Path.of("src/test/resources/fixtures/appendix-start/plan.yaml");

    @TempDir
    Path dir;

    @Test
    void theOnlyAppendixContinuesTheAmendedPlansNumbersEverywhere() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("qd-sua-doi"));
        Files.copy(PLAN, content.resolve("qd-sua-doi").resolve("plan.yaml"));
        Path site = dir.resolve("site");
        Cli.Result built = OtherContentTest.build(content, site);
        assertEquals(0, built.exit(), built.errText());
        assertFalse(built.errText().contains("dẫn chiếu"), built.errText());
        Path out = site.resolve("qd-sua-doi");

        List<String> pages = pages(out.resolve("1520-QD-UBND.pdf"));
        assertEquals(2, pages.size(), String.join("\n---\n", pages));
        assertTrue(pages.get(0).contains("của các nhiệm vụ tại Phụ lục 08."), pages.get(0));
        assertTrue(pages.get(0).contains("Bổ sung Phụ lục 08 (Danh mục nhiệm vụ bổ sung)"), pages.get(0));
        assertTrue(pages.get(1).strip().startsWith("PHỤ LỤC 08\n"), pages.get(1));

        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page.contains("<a href=\"#pl-kinh-phi\">Phụ lục 08. Kinh phí thực hiện năm 2027"), "contents: " + page);
        assertTrue(page.contains("tại <a href=\"#pl-kinh-phi\">Phụ lục 08</a>."), "reference: " + page);
        assertTrue(page.contains("id=\"pl-kinh-phi\""), "anchor: " + page);
        assertTrue(page.contains("<span class=\"appendix-heading\">PHỤ LỤC 08</span>"), "heading: " + page);

        try (InputStream in = Files.newInputStream(out.resolve("1520-QD-UBND.docx"));
             XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(in))) {
            String text = word.getText();
            assertTrue(text.contains("PHỤ LỤC 08"), text);
            assertTrue(text.contains("tại Phụ lục 08."), text);
        }
        try (InputStream in = Files.newInputStream(out.resolve("1520-QD-UBND.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertEquals("Phụ lục 08", book.getSheetName(0));
        }
    }

    private static List<String> pages(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // a link's text comes out where it is printed
            return Stream.iterate(1, p -> p + 1).limit(document.getNumberOfPages()).map(p -> {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                try {
                    return stripper.getText(document);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
