package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.render.PrintedPdf.Glyph;

/**
 * The starter plan ({@code plandoc new}): its last section, V, is longer than what is left of page 1. The
 * signature block keeps with the text above it (Decree 30: never alone on a page), but with its last
 * paragraph only: section V starts on page 1 and breaks, instead of moving whole to page 2 and leaving
 * page 1 some 40 % blank. Positions read back with PDFBox.
 */
class SignatureWithTextPdfTest {
    @TempDir
    Path dir;

    @Test
    void theStartersLastSectionBreaksAndTheSignatureCarriesItsLastParagraph() throws Exception {
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.standard().render(TestPlans.resolveClean(dir, starter())));
        try (PrintedPdf printed = new PrintedPdf(pdf)) {
            int signer = pageOf(printed, "Nguyễn Văn A");
            assertEquals(2, signer, "the signature on page 2, after the body");
            assertTrue(printed.lines(1).contains("V. TỔ CHỨC THỰC HIỆN"),
                    "the last section starts on page 1:\n" + printed.lines(1));
            assertTrue(printed.lines(1).stream().anyMatch(l -> l.startsWith("Chủ trì, theo dõi")),
                    "and its first point's text stays there:\n" + printed.lines(1));

            // The signature shares its page with the text: the last paragraph, above "Nơi nhận".
            float lastParagraph = baselineOf(printed, signer, "Tham mưu bố trí kinh phí");
            float recipients = baselineOf(printed, signer, "Nơi nhận");
            assertTrue(lastParagraph < recipients, "the last paragraph above the signature block");

            // Only what Decree 30 asks moved with it: the last point, its heading kept with its paragraph.
            // (The starter is a draft: its top margin's "DỰ THẢO", beside the page number, aside.)
            List<String> pageTwo = printed.lines(2).stream().filter(l -> !l.endsWith("DỰ THẢO")).toList();
            assertEquals(List.of("2. Sở Tài chính", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định./."),
                    pageTwo.subList(0, pageTwo.indexOf(pageTwo.stream().filter(l -> l.startsWith("Nơi nhận"))
                            .findFirst().orElseThrow())));
        }
    }

    /**
     * The scaffold {@code plandoc new} writes, its placeholders filled as on 5 December 2026, and its first point of
     * section V made four lines longer: since the task table's columns are sized for the fewest lines (s22), the
     * scaffold as written fits its signature on page 1, and this test is about a last section that does not.
     */
    private static String starter() throws IOException {
        try (InputStream in = SignatureWithTextPdfTest.class.getResourceAsStream("/plandoc/scaffold/ke-hoach.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@UNIT@", "tỉnh Hà Tĩnh").replace("@KIND@", "tỉnh").replace("@LAUNCHER@", "./plandoc").replace("@PROVINCE@", "Hà Tĩnh")
                    .replace("@PLACE@", "Hà Tĩnh").replace("@DATE@", "2026-12-05").replace("@YEAR@", "2026")
                    .replace("@DEADLINE@", "2027-03-05")
                    .replace("báo cáo UBND tỉnh.", "báo cáo UBND tỉnh. Hằng quý, tổng hợp tình hình triển khai của các sở,"
                            + " ban, ngành và Ủy ban nhân dân cấp huyện, những khó khăn, vướng mắc phát sinh và đề xuất các"
                            + " giải pháp tháo gỡ; chủ động phối hợp với các cơ quan liên quan kiểm tra, đôn đốc việc thực"
                            + " hiện tại các cơ quan, đơn vị và báo cáo kết quả kiểm tra theo quy định.");
        }
    }

    private static int pageOf(PrintedPdf printed, String text) {
        for (int page = 1; page <= printed.pages(); page++) {
            if (printed.lines(page).stream().anyMatch(l -> l.contains(text))) {
                return page;
            }
        }
        throw new AssertionError("not printed: " + text);
    }

    /** The baseline of the line of {@code page} that starts with {@code words} (glyphs carry no spaces). */
    private static float baselineOf(PrintedPdf printed, int page, String words) {
        String text = words.replace(" ", "");
        List<Glyph> glyphs = printed.body(page);
        StringBuilder line = new StringBuilder();
        float baseline = Float.NaN;
        for (Glyph g : glyphs) {
            if (g.baseline() != baseline) {
                if (line.toString().startsWith(text)) {
                    return baseline;
                }
                line.setLength(0);
                baseline = g.baseline();
            }
            line.append(g.text());
        }
        if (line.toString().startsWith(text)) {
            return baseline;
        }
        throw new AssertionError("no line of page " + page + " starts with " + words);
    }
}
