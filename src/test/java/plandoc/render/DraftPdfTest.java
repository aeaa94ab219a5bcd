package plandoc.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.PdfConformance;
import plandoc.TestPlans;
import plandoc.render.PrintedPdf.Glyph;
import plandoc.resolved.ResolvedPlan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An e-office draft ({@code document.draft: true}, or {@code build --draft}): "Số:      /QĐ-UBND", the
 * date and the "(Kèm theo …)" numbers blank, "DỰ THẢO" in the header area, every other line exactly
 * where the issued document prints it (read back from both PDFs with PDFBox), PDF/A-3a and PDF/UA-1 kept.
 */
class DraftPdfTest {

    private static final float MM = PrintedPdf.MM;
    static final String YAML = TestPlans.DECISION_WITHOUT_RECIPIENTS + """
              recipients:
                - Các sở, ban, ngành cấp tỉnh
              archive: [VT, TH]
            plan:
              type: quy-hoach
              title: Quy hoạch phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020
              sections:
                - id: muc-tieu
                  title: Mục tiêu
                  text: Xây dựng chính quyền điện tử (chi tiết tại {ref:pl-du-an}).
            appendices:
              items:
                - id: pl-du-an
                  title: Danh mục dự án
                  text: Danh mục các dự án ưu tiên đầu tư giai đoạn 2012-2015.
            """;

    @TempDir
    Path dir;

    @Test
    void draftLeavesNumberDateAndCaptionBlankAndMovesNothingElse() throws Exception {
        ResolvedPlan issued = TestPlans.resolveClean(dir.resolve("issued"), YAML);
        ResolvedPlan draft = TestPlans.resolveClean(dir.resolve("draft"),
                YAML.replace("  number: 4086\n", "  draft: true\n"));
        assertEquals("Số:       /QĐ-UBND", draft.header().numberLine());
        assertEquals("Hà Tĩnh, ngày    tháng    năm 20…", draft.header().placeDate());
        assertEquals("(Kèm theo Quyết định số       /QĐ-UBND ngày    tháng    năm 20… của UBND tỉnh phê duyệt điều chỉnh "
                + "Quy hoạch phát triển CNTT tỉnh Hà Tĩnh đến năm 2020)", draft.appendices().get(0).caption());
        assertEquals(java.util.Optional.of("DỰ THẢO"), draft.header().draftLabel());
        assertEquals(java.util.Optional.empty(), issued.header().draftLabel());

        byte[] issuedPdf = PdfStandardsTest.pdf(TestRenderers.standard().render(issued));
        byte[] draftPdf = PdfStandardsTest.pdf(TestRenderers.standard().render(draft));
        Files.write(Path.of("target", "draft.pdf"), draftPdf);
        Files.write(Path.of("target", "draft-issued.pdf"), issuedPdf);
        PdfConformance.assertConforms("draft PDF", draftPdf);

        try (PrintedPdf one = new PrintedPdf(issuedPdf); PrintedPdf other = new PrintedPdf(draftPdf)) {
            assertEquals(one.pages(), other.pages(), "same number of pages");
            Map<String, String> before = lines(one);
            Map<String, String> after = lines(other);
            List<String> changed = new ArrayList<>();
            before.forEach((where, text) -> {
                if (!text.equals(after.get(where))) {
                    changed.add(text);
                }
            });
            assertEquals(List.of("Số: 4086/QĐ-UBND Hà Tĩnh, ngày 28 tháng 12 năm 2012",
                            "(Kèm theo Quyết định số 4086/QĐ-UBND ngày 28 tháng 12 năm 2012 của UBND"),
                    changed, "only the number, date and caption lines differ; every other line at the same place");
            String page1 = String.join("\n", other.lines(1));
            assertTrue(page1.contains("DỰ THẢO"), page1);
            List<Glyph> mark = other.topMargin(1);
            assertEquals("DỰTHẢO", mark.stream().map(Glyph::text).collect(Collectors.joining()),
                    "the mark sits in the top margin of page 1");
            assertTrue(mark.get(0).x() > 105 * MM, "top right: " + mark.get(0));
            Glyph so = other.glyphs().stream().filter(g -> g.page() == 1 && g.text().equals(":")).findFirst().orElseThrow();
            Glyph slash = other.glyphs().stream().filter(g -> g.page() == 1 && g.text().equals("/")).findFirst().orElseThrow();
            assertTrue(slash.x() - so.right() > 5 * MM, "the number's place is left blank, about 6 spaces wide: "
                    + (slash.x() - so.right()) / MM + " mm");
        }
    }

    @Test
    void theMarkSitsWholeInTheRightMarginBesideThePageNumber() throws Exception {
        String longText = "Xây dựng chính quyền điện tử, hoàn thiện hạ tầng và nâng cao năng lực ứng dụng công nghệ thông tin. "
                .repeat(60);
        ResolvedPlan draft = TestPlans.resolveClean(dir.resolve("long"), YAML
                .replace("  number: 4086\n", "  draft: true\n")
                .replace("text: Xây dựng chính quyền điện tử (chi tiết tại {ref:pl-du-an}).",
                        "text: " + longText + "(Chi tiết tại {ref:pl-du-an}.)"));
        byte[] pdf = PdfStandardsTest.pdf(TestRenderers.standard().render(draft));
        try (PrintedPdf printed = new PrintedPdf(pdf)) {
            int numbered = 0;
            for (int page = 1; page <= printed.pages(); page++) {
                List<Glyph> top = printed.topMargin(page);
                List<Glyph> mark = top.stream().filter(g -> !Character.isDigit(g.text().charAt(0))).toList();
                List<Glyph> number = top.stream().filter(g -> Character.isDigit(g.text().charAt(0))).toList();
                float left = 30 * MM;
                float right = (printed.isPortrait(page) ? 210 - 15 : 297 - 15) * MM;
                // Beside a page number the frame used to start past the sheet's edge ("DỰ" alone, "THẢO" cut
                // off) and the number sat ~14 mm right of the text's centre.
                assertEquals("DỰTHẢO", mark.stream().map(Glyph::text).collect(Collectors.joining()),
                        "the whole mark on page " + page);
                assertTrue(mark.get(mark.size() - 1).right() <= right + 0.5f, "page " + page + ": the mark ends "
                        + (mark.get(mark.size() - 1).right() - right) / MM + " mm past the right margin");
                if (!number.isEmpty()) {
                    numbered++;
                    float centre = (number.get(0).x() + number.get(number.size() - 1).right()) / 2;
                    assertEquals((left + right) / 2, centre, 2 * MM, "page " + page + ": the number over the text's centre");
                }
            }
            assertTrue(numbered >= 1, "the plan runs over onto a numbered page: " + printed.pages() + " pages");
        }
    }

    /** Each printed line by "page:baseline:left" (to 0.1 pt), its text without the top margin. */
    private static Map<String, String> lines(PrintedPdf pdf) {
        Map<String, List<Glyph>> byLine = new TreeMap<>();
        for (Glyph g : pdf.glyphs()) {
            if (g.baseline() >= 20 * MM) {
                byLine.computeIfAbsent(String.format(java.util.Locale.ROOT, "%d:%.1f", g.page(), g.baseline()),
                        k -> new ArrayList<>()).add(g);
            }
        }
        Map<String, String> lines = new TreeMap<>();
        byLine.forEach((key, glyphs) -> {
            glyphs.sort(java.util.Comparator.comparing(Glyph::x));
            StringBuilder text = new StringBuilder();
            Glyph previous = null;
            for (Glyph g : glyphs) {
                if (previous != null && g.x() - previous.right() > 1.5f) {
                    text.append(' ');
                }
                text.append(g.text());
                previous = g;
            }
            lines.put(key + String.format(java.util.Locale.ROOT, ":%.1f", glyphs.get(0).x()), text.toString());
        });
        return lines;
    }
}
