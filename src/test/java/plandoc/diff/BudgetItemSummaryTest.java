package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.diff.Comparisons.between;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;

/** The summary line of a budget row renamed whose other columns changed too names both (s25 tryout M1). */
class BudgetItemSummaryTest {
    @Test
    void aRowRenamedAndReDatedIsBothRenamedAndEdited(@TempDir Path dir) {
        String changed = SmallPlan.BASE.replace("title: Nâng cấp hệ thống giao ban điện tử",
                "title: Nâng cấp hệ thống giao ban trực tuyến").replace("period: 2012-2013", "period: 2012-2014");
        assertNotEquals(SmallPlan.BASE, changed);
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, SmallPlan.BASE).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, changed).commit("Sở TTTT", "b");
            String summary = new ChangeSummary(Messages.forLanguage("vi")).of(between(repo, a, b));
            assertTrue(summary.contains("đổi tên 1") || summary.contains("Đổi tên 1"), summary);
            assertTrue(summary.contains("sửa thông tin 1"), summary);
        }
    }
}
