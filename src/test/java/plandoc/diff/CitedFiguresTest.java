package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static plandoc.diff.Comparisons.between;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;

/**
 * Mục II cites the budget's total ({@code {amount:du-an}}). Its figure moving with the budget is not an edit;
 * a word typed in it as well is, and the summary says "sửa mục II" as before.
 */
class CitedFiguresTest {
    /** The money of dự án số 2 changed, and a word of mục II's sentence too. */
    static final String AMOUNT_CHANGED_AND_REWORDED = SmallPlan.AMOUNT_CHANGED.replace("chi tiết tại {ref:pl-du-an}",
            "chi tiết xem tại {ref:pl-du-an}");

    @Test
    void aCitedFigureAloneIsSaidToFollowTheBudgetInBothLanguages(@TempDir Path dir) {
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, SmallPlan.AMOUNT_CHANGED).commit("Sở TTTT", "b");
            PlanComparison c = between(repo, a, b);
            assertEquals("Sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng); mục II: số liệu trích dẫn đổi theo "
                    + "bảng kinh phí", new ChangeSummary(Messages.forLanguage("vi")).of(c));
            assertEquals("Changed the amounts of 1 dự án (Phụ lục 3, total 9,50 → 10,00 tỷ đồng); mục II: cited figures "
                    + "follow the budget table", new ChangeSummary(Messages.forLanguage("en")).of(c));
        }
    }

    @Test
    void aTypedEditWithAMovedFigureIsStillAnEdit(@TempDir Path dir) {
        assertNotEquals(SmallPlan.AMOUNT_CHANGED, AMOUNT_CHANGED_AND_REWORDED);
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, AMOUNT_CHANGED_AND_REWORDED).commit("Sở TTTT", "b");
            PlanComparison c = between(repo, a, b);
            assertEquals("Sửa mục II; sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng)",
                    new ChangeSummary(Messages.forLanguage("vi")).of(c));
            String row = new ComparisonText(Messages.forLanguage("vi")).lines(c).stream()
                    .filter(l -> l.contains("mục II (")).findFirst().orElseThrow();
            assertEquals(true, row.startsWith("  ~ Sửa nội dung mục II (") && row.contains("[-9,50-]{+10,00+}")
                    && row.contains("{+xem+}"), row);
        }
    }
}
