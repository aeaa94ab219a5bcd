package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.diff.Comparisons.between;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;

/**
 * The summary line of a budget row whose title, printed columns or money changed names those columns by the
 * headings the table prints, as a task's does (s25 tryout M1); the comparison document's row says the same.
 */
class BudgetItemSummaryTest {
    /** Title and period of "giao-ban" (dự án số 2, period column "Thời gian thực hiện"). */
    static final String RENAMED_AND_REDATED = SmallPlan.BASE.replace("title: Nâng cấp hệ thống giao ban điện tử",
            "title: Nâng cấp hệ thống giao ban trực tuyến").replace("period: 2012-2013", "period: 2012-2014");

    @Test
    void aRowRenamedAndReDatedNamesBothColumns(@TempDir Path dir) {
        assertNotEquals(SmallPlan.BASE, RENAMED_AND_REDATED);
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, RENAMED_AND_REDATED).commit("Sở TTTT", "b");
            PlanComparison c = between(repo, a, b);
            assertEquals("Sửa 1 dự án (tên, thời gian thực hiện) (Phụ lục 3)",
                    new ChangeSummary(Messages.forLanguage("vi")).of(c));
            assertEquals("Edited 1 dự án (title, thời gian thực hiện) (Phụ lục 3)",
                    new ChangeSummary(Messages.forLanguage("en")).of(c));
            List<String> lines = new ComparisonText(Messages.forLanguage("vi")).lines(c);
            assertEquals("Tóm tắt: Sửa 1 dự án (tên, thời gian thực hiện) (Phụ lục 3)",
                    lines.get(lines.size() - 1));
            // The comparison document's row names the same columns, then a row for each.
            List<String> rows = new ComparisonViewBuilder().build(c).parts().stream()
                    .flatMap(p -> p.tables().stream()).flatMap(t -> t.rows().stream())
                    .map(r -> r.cells().get(0).runs().stream().map(ComparisonView.Run::text).reduce("", String::concat))
                    .toList();
            assertTrue(rows.contains("Dự án số 2. Nâng cấp hệ thống giao ban trực tuyến (sửa tên, thời gian thực hiện)"),
                    rows.toString());
            assertTrue(rows.containsAll(List.of("- Tên", "- Thời gian thực hiện")), rows.toString());
        }
    }

    @Test
    void moneyChangedWithAColumnIsNamedAmongTheColumnsAndMoneyAloneKeepsItsOwnClause(@TempDir Path dir) {
        String redatedAndRecosted = SmallPlan.AMOUNT_CHANGED.replace("period: 2012-2013", "period: 2012-2014");
        String otherRecosted = redatedAndRecosted.replace("2016-2020: { tw: 5.00 }", "2016-2020: { tw: 5.50 }");
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, otherRecosted).commit("Sở TTTT", "b");
            assertEquals("Sửa kinh phí 1 dự án, sửa 1 dự án (thời gian thực hiện, kinh phí) (Phụ lục 3, tổng 9,50 → 10,50 "
                    + "tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3", new ChangeSummary(Messages.forLanguage("vi")).of(between(repo, a, b)));
        }
    }
}
