package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plandoc.TestPlans.DECISION;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
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

    @Test
    void aCaptionTitleNoCaptionUsesIsAWarning(@TempDir Path dir) {
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir,
                plan("  caption_title: Chuyển đổi số tỉnh Hà Tĩnh\n", "")));
        assertEquals(1, messages.size(), messages.toString());
        assertEquals(true, messages.get(0).contains("cảnh báo: caption_title \"Chuyển đổi số tỉnh Hà Tĩnh\" của kế hoạch"
                + " không được in"), messages.get(0));
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
