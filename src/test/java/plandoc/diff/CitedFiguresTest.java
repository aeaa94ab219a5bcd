package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.diff.Comparisons.between;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;

/**
 * Mục II cites the budget's total ({@code {amount:du-an}}). Its figure moving with the budget is not an edit;
 * a word typed in it as well is, and the summary says "sửa Mục II" as before.
 */
class CitedFiguresTest {
    /**
     * {@code plan} with one more indicator in Mục I's objectives table ("Tỷ lệ văn bản được ký số"): what its
     * {@code {count:chi-tieu}} counts goes from 1 to 2.
     */
    static String oneMoreIndicator(String plan) {
        String added = plan.replace("""
                              2020: "100% văn bản"
                """, """
                              2020: "100% văn bản"
                          - id: ky-so
                            indicator: Tỷ lệ văn bản được ký số
                            targets:
                              2020: { value: 80, unit: "%" }
                """);
        assertNotEquals(plan, added);
        return added;
    }

    /**
     * {@code base} (SmallPlan edited to cite {@code {count:chi-tieu}}) committed, then {@link #oneMoreIndicator} of it:
     * their comparison.
     */
    private static PlanComparison indicatorAdded(TestRepository repo, String base) {
        assertNotEquals(SmallPlan.BASE, base);
        String a = repo.write(SmallPlan.FILE, base).commit("Sở TTTT", "a");
        String b = repo.write(SmallPlan.FILE, oneMoreIndicator(base)).commit("Sở TTTT", "b");
        return between(repo, a, b);
    }

    /** The money of dự án số 2 changed, and a word of Mục II's sentence too. */
    static final String AMOUNT_CHANGED_AND_REWORDED = SmallPlan.AMOUNT_CHANGED.replace("chi tiết tại {ref:pl-du-an}",
            "chi tiết xem tại {ref:pl-du-an}");

    @Test
    void aCitedFigureAloneIsSaidToFollowTheBudgetInBothLanguages(@TempDir Path dir) {
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Sở TTTT", "b");
            PlanComparison c = between(repo, a, b);
            assertEquals("Sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo "
                    + "bảng kinh phí tại Phụ lục 3", new ChangeSummary(Messages.forLanguage("vi")).of(c));
            assertEquals("Changed the amounts of 1 dự án (Phụ lục 3, total 9,50 → 10,00 tỷ đồng); Mục II: cited figures "
                    + "follow the budget table in Phụ lục 3", new ChangeSummary(Messages.forLanguage("en")).of(c));
        }
    }

    /**
     * Mục I cites how many indicators its table sets ({@code {count:chi-tieu}}): adding one moves that figure with the
     * objectives table, not with the budget, and the summary, the terminal and the comparison PDF name that table
     * (s27 called every such figure "đổi theo bảng kinh phí").
     */
    @Test
    void aCitedCountNamesTheTableItComesFrom(@TempDir Path dir) throws Exception {
        String base = SmallPlan.BASE.replace("""
                      text: Phấn đấu đưa tỉnh vào nhóm 10 tỉnh dẫn đầu cả nước về Chính phủ điện tử.
                """, """
                      text: Phấn đấu đưa tỉnh vào nhóm 10 tỉnh dẫn đầu cả nước về Chính phủ điện tử, đạt {count:chi-tieu} chỉ tiêu.
                      show: chi-tieu
                """);
        try (TestRepository repo = TestRepository.init(dir)) {
            PlanComparison c = indicatorAdded(repo, base);
            String vi = new ChangeSummary(Messages.forLanguage("vi")).of(c);
            assertTrue(vi.endsWith("; Mục I: số liệu trích dẫn đổi theo bảng chỉ tiêu tại Mục I"), vi);
            String en = new ChangeSummary(Messages.forLanguage("en")).of(c);
            assertTrue(en.endsWith("; Mục I: cited figures follow the objectives table in Mục I"), en);
            String row = new ComparisonText(Messages.forLanguage("vi")).lines(c).stream()
                    .filter(l -> l.contains("Mục I (")).findFirst().orElseThrow();
            assertTrue(row.startsWith("  ~ Số liệu trích dẫn ở Mục I (muc-tieu) đổi theo bảng chỉ tiêu tại Mục I (không sửa")
                    && row.contains("[-1-]{+2+}"), row);
            byte[] pdf = ComparisonRenderer.forTemplates(Path.of("templates"), plandoc.render.RenderSettings.defaults())
                    .pdf(new ComparisonViewBuilder().build(c), java.util.Map.of());
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertTrue(text.contains("(số liệu trích dẫn đổi theo bảng chỉ tiêu tại Mục I)"), text);
                assertFalse(text.contains("bảng kinh phí"), text);
            }
        }
    }

    /** s28 tryout F4: a title citing {@code {count:}} changed with its table; the terminal said "Sửa tên" all the same. */
    @Test
    void aCitedCountInATitleIsNotARetitling(@TempDir Path dir) {
        String base = SmallPlan.BASE.replace("""
                      title: Mục tiêu
                      text: Phấn đấu đưa tỉnh vào nhóm 10 tỉnh dẫn đầu cả nước về Chính phủ điện tử.
                """, """
                      title: Mục tiêu ({count:chi-tieu} chỉ tiêu)
                      text: Phấn đấu đưa tỉnh vào nhóm 10 tỉnh dẫn đầu cả nước về Chính phủ điện tử.
                      show: chi-tieu
                """);
        try (TestRepository repo = TestRepository.init(dir)) {
            PlanComparison c = indicatorAdded(repo, base);
            java.util.List<String> lines = new ComparisonText(Messages.forLanguage("vi")).lines(c);
            assertTrue(lines.stream().noneMatch(l -> l.contains("Sửa tên")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("  ~ Số liệu trích dẫn ở Mục I (muc-tieu) đổi theo bảng "
                    + "chỉ tiêu tại Mục I (không sửa") && l.contains("[-(1-]{+(2+}")), lines.toString());
        }
    }

    @Test
    void aTypedEditWithAMovedFigureIsStillAnEdit(@TempDir Path dir) {
        assertNotEquals(SmallPlan.AMOUNT_CHANGED, AMOUNT_CHANGED_AND_REWORDED);
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, AMOUNT_CHANGED_AND_REWORDED).commit("Sở TTTT", "b");
            PlanComparison c = between(repo, a, b);
            assertEquals("Sửa Mục II; sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng)",
                    new ChangeSummary(Messages.forLanguage("vi")).of(c));
            String row = new ComparisonText(Messages.forLanguage("vi")).lines(c).stream()
                    .filter(l -> l.contains("Mục II (")).findFirst().orElseThrow();
            assertEquals(true, row.startsWith("  ~ Sửa nội dung Mục II (") && row.contains("[-9,50-]{+10,00+}")
                    && row.contains("{+xem+}"), row);
        }
    }
}
