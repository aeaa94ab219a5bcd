package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.diff.Comparisons.between;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;

/**
 * A long text that changed (a budget item's title, the trích yếu) is printed on the terminal word by word, as a
 * task's title or a section's text is, not twice whole (s25 tryout L1); a short value stays quoted whole.
 */
class LongTextDiffTest {
    private static final String LONG_TITLE = "Nâng cấp hệ thống giao ban điện tử giữa Chủ tịch UBND tỉnh với các sở, "
            + "ban, ngành và UBND các huyện, thành phố, thị xã";

    @Test
    void aLongTitleIsPrintedWordByWordAndAShortValueWhole(@TempDir Path dir) {
        String before = SmallPlan.BASE.replace("title: Nâng cấp hệ thống giao ban điện tử", "title: " + LONG_TITLE);
        String after = before.replace("title: Nâng cấp hệ thống giao ban", "title: Nâng cấp và duy trì hệ thống giao ban")
                .replace("period: 2012-2013", "period: 2012-2014")
                .replace("phát triển công nghệ thông tin tỉnh Hà Tĩnh", "phát triển công nghệ thông tin và truyền thông tỉnh Hà Tĩnh");
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, before).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, after).commit("Sở TTTT", "b");
            PlanComparison c = between(repo, a, b);
            List<String> vi = new ComparisonText(Messages.forLanguage("vi")).lines(c);
            String text = String.join("\n", vi);
            assertTrue(vi.contains("  ~ Đổi tên dự án số 2 (giao-ban): Nâng cấp {+và duy trì+} hệ thống giao ban điện tử …"),
                    text);
            assertTrue(vi.contains("      ~ Thời gian thực hiện: \"2012-2013\" → \"2012-2014\""), text);
            assertTrue(vi.contains("  ~ Trích yếu: … phát triển công nghệ thông tin {+và truyền thông+} tỉnh Hà Tĩnh đến năm 2020"), text);
            assertFalse(text.contains(LONG_TITLE), text);
            List<String> en = new ComparisonText(Messages.forLanguage("en")).lines(c);
            assertTrue(en.contains("  ~ Renamed dự án số 2 (giao-ban): Nâng cấp {+và duy trì+} hệ thống giao ban điện tử …"),
                    String.join("\n", en));
        }
    }
}
