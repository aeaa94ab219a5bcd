package plandoc.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plan attached to its decision (Mẫu 1.3) is printed after the signature as its own numbered part. */
class AttachedPlanPdfTest {

    @TempDir
    Path images;

    @Test
    void theAttachedPlanStartsANewPageWithItsOwnTitleBlockAndNumbering() throws Exception {
        RenderedPlan rendered = TestRenderers.standard()
                .render(FixturePlans.decisionWithAttachedPlan(FixturePlans.writeMap(images)));

        try (PrintedPdf pdf = new PrintedPdf(rendered.file("4087-QD-UBND.pdf").bytes())) {
            int start = -1;
            for (int page = 2; page <= pdf.pages() && start < 0; page++) {
                if (pdf.lines(page).contains("QUY HOẠCH")) {
                    start = page;
                }
            }
            assertTrue(start > 1, "an attached plan page");
            List<String> lines = pdf.lines(start);
            assertTrue(lines.get(0).startsWith("ỦY BAN NHÂN DÂN"), "the header block opens the page: " + lines);
            assertTrue(lines.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("(Kèm theo Quyết định số 4087/QĐ-UBND")), lines.toString());
            assertFalse(String.join(" ", lines).contains("Số: 4087/QĐ-UBND"), "Mẫu 1.3 has no number row");
            assertTrue(String.join(" ", pdf.lines(start - 1)).contains("Nguyễn Thiện"), "after the signature");
            assertEquals("", pdf.pageNumber(start));
            assertEquals("2", pdf.pageNumber(start + 1));
        }
    }
}
