package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plandoc.TestPlans.AXES_SOURCE_WITH_PARTS;
import static plandoc.TestPlans.DECISION;
import static plandoc.TestPlans.resolveClean;
import static plandoc.TestPlans.table;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/** A summary's rows over an axis with sub-members read top-down: the parent with its sum, then its parts (s26 review M1). */
class SummaryMemberRowsTest {
    private static final String PLAN = DECISION + """
            plan:
              sections:
                - id: kinh-phi
                  title: Kinh phí
                  text: "Chi tiết tại {ref:pl-chinh} và {ref:pl-tong-hop}."
            """ + AXES_SOURCE_WITH_PARTS + """
            budgets:
              - id: chinh
                unit: triệu đồng
                axes: [source]
                items:
                  - { id: a, title: Thiết bị, amounts: { tw: 10, dp: { dau-tu: 2, su-nghiep: 3 } } }
              - id: tong-hop
                unit: triệu đồng
                from: [chinh]
                labels: { grand: Tổng kinh phí }
                print:
                  rows: [grand, source]
                  money: [total]
            appendices:
              numbering: roman
              items:
                - { id: pl-chinh, title: Kinh phí, show: chinh }
                - { id: pl-tong-hop, title: Tổng hợp, show: tong-hop }
            """;

    @Test
    void theParentComesFirstWithItsSumAndItsPartsAreMarked(@TempDir Path dir) {
        ResolvedPlan plan = resolveClean(dir, PLAN);
        TableView summary = table(plan, "tong-hop");
        assertEquals(List.of("Tổng kinh phí | 15", "Ngân sách trung ương | 10", "Ngân sách địa phương | 5", "- Đầu tư | 2",
                        "- Sự nghiệp | 3"),
                summary.rows().stream().map(r -> r.cells().get(0).plain() + " | " + r.cells().get(1).plain()).toList());
    }

    @Test
    void aParentPrintingNoTotalKeepsItsRowAsAHeading(@TempDir Path dir) {
        ResolvedPlan plan = resolveClean(dir, PLAN.replace("label: Ngân sách địa phương\n",
                "label: Ngân sách địa phương\n        print_total: false\n"));
        TableView summary = table(plan, "tong-hop");
        assertEquals(List.of("Tổng kinh phí | 15", "Ngân sách trung ương | 10", "Ngân sách địa phương | ", "- Đầu tư | 2",
                        "- Sự nghiệp | 3"),
                summary.rows().stream().map(r -> r.cells().get(0).plain() + " | " + r.cells().get(1).plain()).toList());
    }
}
