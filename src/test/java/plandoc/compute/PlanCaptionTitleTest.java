package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plandoc.TestPlans.DECISION;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.TestPlans;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ResolvedPlan;

/**
 * The appendices of an attached plan name it in their caption by its {@code caption_title} when it has one: 424's
 * seven signed annexes read "(Kèm theo Đề án Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025)" (seed
 * 001 lines 1240, 1659 …), shorter than the Đề án's title.
 */
class PlanCaptionTitleTest {
    private static String plan(String captionTitle, String attachedTo) {
        return DECISION.replace("      include: plan\n", "") + """
                plan:
                  type: de-an
                  title: Chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2021-2025, định hướng đến năm 2030
                """ + captionTitle + """
                  attached: true
                  sections:
                    - title: Mục tiêu
                      text: Xem {ref:pl-1}.
                appendices:
                """ + attachedTo + """
                  items:
                    - id: pl-1
                      title: Danh mục nhiệm vụ
                      text: Nội dung phụ lục.
                """;
    }

    @Test
    void theCaptionNamesThePlanByItsCaptionTitle(@TempDir Path dir) {
        ResolvedPlan plan = TestPlans.resolveClean(dir, plan(
                "  caption_title: Chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2021-2025\n", "  attached_to: plan\n"));
        AppendixView appendix = plan.appendices().get(0);
        assertEquals("(Kèm theo Đề án Chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2021-2025)", appendix.caption());
        assertEquals(appendix.caption(), appendix.fileCaption(), "its own file reads the same");
    }

    @Test
    void withoutItTheCaptionNamesThePlanByItsTitle(@TempDir Path dir) {
        ResolvedPlan plan = TestPlans.resolveClean(dir, plan("", "  attached_to: plan\n"));
        assertEquals("(Kèm theo Đề án Chuyển đổi số tỉnh Hà Tĩnh giai đoạn 2021-2025, định hướng đến năm 2030)",
                plan.appendices().get(0).caption());
    }

    /** The warning is at the {@code caption_title} key, where the fix is: not at {@code plan:} (as until s13). */
    @Test
    void aCaptionTitleNoCaptionUsesIsAWarningAtTheKey(@TempDir Path dir) {
        String yaml = plan("  caption_title: Chuyển đổi số tỉnh Hà Tĩnh\n", "");
        int row = yaml.lines().toList().indexOf("  caption_title: Chuyển đổi số tỉnh Hà Tĩnh") + 1;
        PlanOutcome outcome = TestPlans.resolve(dir, yaml);
        assertEquals(List.of("ke-hoach/plan.yaml:" + row + ":3: cảnh báo: caption_title \"Chuyển đổi số tỉnh Hà Tĩnh\" của "
                + "kế hoạch không được in: nó chỉ dùng trong dòng \"(Kèm theo …)\" của phụ lục kèm theo kế hoạch; thêm "
                + "\"attached_to: plan\" vào appendices: hoặc bỏ caption_title"), TestPlans.messages(outcome));
        assertEquals(List.of("ke-hoach/plan.yaml:" + row + ":3: warning: the plan's caption_title \"Chuyển đổi số tỉnh Hà "
                + "Tĩnh\" is not printed: it is only used in the \"(Kèm theo …)\" line of appendices attached to the plan; "
                + "add \"attached_to: plan\" under appendices: or remove caption_title"), TestPlans.messages(outcome, "en"));
    }

    @Test
    void the424AnnexesReadAsSigned() {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-424-2022")).resolved().orElseThrow();
        assertEquals(7, plan.appendices().size());
        for (AppendixView appendix : plan.appendices()) {
            assertEquals("(Kèm theo Đề án Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025)", appendix.caption(),
                    appendix.label());
        }
        // The Đề án itself keeps its full title, and the decision's caption over it.
        assertEquals("Chuyển đổi số trên địa bàn tỉnh Hà Tĩnh giai đoạn 2021-2025, định hướng đến năm 2030",
                plan.body().title().plain());
    }
}
