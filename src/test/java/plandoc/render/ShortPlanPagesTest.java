package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.TestPlans;
import plandoc.render.markdown.FlexmarkMarkdownRenderer;
import plandoc.render.markdown.LinkPolicy;
import plandoc.resolved.ResolvedPlan;

/**
 * A plan (no articles) whose body is shorter than a page starts on page 1 under its title, and its
 * signature stays on the page of its last paragraph. The signature block keeps with the text above it;
 * when it followed the whole body, openhtmltopdf moved the whole body to page 2 and page 1 held only
 * the header and the title (seen on a new province's first plan, fixtures/quang-nam-2026). Its summary of
 * two budgets without groups numbers their items on (1 to 4).
 */
class ShortPlanPagesTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/quang-nam-2026/qn-stttt-2026");

    @TempDir
    Path temp;

    @Test
    void theBodyStartsOnPageOneAndTheSignatureStaysWithTheLastParagraph() throws Exception {
        Path folder = temp.resolve("qn-stttt-2026");
        Files.createDirectories(folder);
        for (String file : List.of("plan.yaml", "agencies.yaml")) {
            Files.copy(FIXTURE.resolve(file), folder.resolve(file));
        }
        PlanOutcome outcome = new Generator(temp).resolve(folder);
        assertEquals(List.of(), TestPlans.messages(outcome));
        List<String> pages = pages(pdf(outcome.resolved().orElseThrow()));

        assertTrue(pages.get(0).contains("I. MỤC ĐÍCH, YÊU CẦU"), "page 1 holds the first section:\n" + pages.get(0));
        // The summary of two budgets written with items: alone is one list numbered on, not 1, 2, 1, 2.
        assertTrue(pages.get(0).contains("3 Tập huấn kỹ năng số cho cán bộ, công chức")
                && pages.get(0).contains("4 Bồi dưỡng tổ công nghệ số cộng đồng"), pages.get(0));
        int signer = pageOf(pages, "Trần Thị Bích Hạnh");
        assertEquals(pageOf(pages, "Tham mưu bố trí kinh phí"), signer, "the signature on the page of the last paragraph");
        assertTrue(pages.get(signer).indexOf("Tham mưu bố trí kinh phí") < pages.get(signer).indexOf("Nơi nhận"),
                "the last paragraph above the signature block");
    }

    private static byte[] pdf(ResolvedPlan plan) throws Exception {
        return PlanRenderer.forTemplates(Path.of("templates"), new FlexmarkMarkdownRenderer(new LinkPolicy()),
                        RenderSettings.defaults()).render(plan)
                .files().stream().filter(f -> f.name().endsWith(".pdf")).findFirst().orElseThrow().bytes();
    }

    private static List<String> pages(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("\"" + text + "\" is on no page");
    }
}
