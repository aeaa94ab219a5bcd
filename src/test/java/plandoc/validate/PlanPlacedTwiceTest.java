package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.TestPlans.DECISION;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * A plan printed in two places names the article holding it as the officer sees it, "Điều 1 (Phê duyệt Quy
 * hoạch)", with its id to find it by (s33 review L3: the message named it by its id alone, "điều dieu-phe-duyet").
 */
class PlanPlacedTwiceTest {
    private static final String PLAN = """
            plan:
              attached: true
              sections:
                - title: Mục tiêu
                  text: Nội dung.
            """;

    @Test
    void includedAndAttachedNamesTheArticleByItsNumberAndTitle(@TempDir Path dir) {
        String yaml = DECISION.replace("      text: \"Phê duyệt điều chỉnh Quy hoạch, với nội dung chính như sau:\"\n",
                "      title: Phê duyệt Quy hoạch\n      text: \"Phê duyệt điều chỉnh Quy hoạch, với nội dung chính như sau:\"\n")
                + PLAN;
        List<String> vi = TestPlans.messages(TestPlans.resolve(dir, yaml));
        assertTrue(vi.stream().anyMatch(m -> m.contains("kế hoạch vừa được in trong Điều 1 (Phê duyệt Quy hoạch) "
                + "(id: dieu-phe-duyet; include: plan)") && m.contains("bỏ dòng include: plan của Điều 1")), vi.toString());
        List<String> en = TestPlans.messages(TestPlans.resolve(dir, yaml), "en");
        assertTrue(en.stream().anyMatch(m -> m.contains("printed inside Article 1 (Phê duyệt Quy hoạch) "
                + "(id: dieu-phe-duyet; include: plan)")), en.toString());
    }

    @Test
    void anArticleWithoutATitleIsNamedByItsNumber(@TempDir Path dir) {
        String yaml = DECISION.replace("    - id: dieu-hieu-luc\n      text: Quyết định này có hiệu lực kể từ ngày ký.\n",
                "    - id: dieu-hieu-luc\n      text: Quyết định này có hiệu lực kể từ ngày ký.\n      include: plan\n") + PLAN;
        List<String> vi = TestPlans.messages(TestPlans.resolve(dir, yaml));
        assertTrue(vi.stream().anyMatch(m -> m.contains("nội dung kế hoạch đã được đưa vào Điều 1 (id: dieu-phe-duyet)")),
                vi.toString());
    }
}
