package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.diff.Comparisons.between;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;

/**
 * A summary ({@code from:}) adds up its sources' items: a changed source item is one changed item, not one more in
 * the summary, and a summary printing {@code print.rows} is compared by the figures it prints (s26 review M4).
 */
class SummaryComparisonTest {
    /** {@link SmallPlan#BASE} with a summary printing a grand row and a row per source, by phase. */
    static final String WITH_SUMMARY = SmallPlan.BASE.replace("""
            appendices:
            """, """
              - id: tong-hop
                unit: tỷ đồng
                decimals: 2
                from: [du-an]
                labels: { grand: Tổng kinh phí }
                print:
                  rows: [grand, source]
                  money: [phase, total]
            appendices:
            """) + """
                - id: pl-tong-hop
                  title: Tổng hợp kinh phí
                  show: tong-hop
            """;

    @Test
    void aSourceItemChangedIsOneItemAndTheSummaryListsOnlyItsPrintedFigures(@TempDir Path dir) {
        String changed = WITH_SUMMARY.replace("2012-2015: { dp: 2.00 }", "2012-2015: { dp: 2.50 }");
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, WITH_SUMMARY).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, changed).commit("Sở TTTT", "b");
            PlanComparison c = between(repo, a, b);
            assertEquals(1, c.budgets().stream().mapToLong(BudgetChange::itemCount).sum());
            BudgetChange summary = c.budgets().stream().filter(x -> x.id().equals("tong-hop")).findFirst().orElseThrow();
            assertTrue(summary.groups().isEmpty(), summary.toString());
            // Phụ lục 4 prints Tổng kinh phí, NS TƯ, NS địa phương by phase and in total; NS TƯ did not change.
            assertEquals(List.of("Giai đoạn 2012-2015: 3,70 → 4,20", "Cộng: 9,50 → 10,00",
                            "NS địa phương, Giai đoạn 2012-2015: 3,35 → 3,85", "NS địa phương: 4,15 → 4,65"),
                    summary.totals().stream().map(t -> (t.whole() ? "Cộng" : t.column()) + ": "
                            + Comparisons.printed(t.before()) + " → " + Comparisons.printed(t.after())).toList());
            List<String> lines = new ComparisonText(Messages.forLanguage("vi")).lines(c);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("Thay đổi:") && l.contains(" 1 khoản mục kinh phí")),
                    lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains("Nâng cấp hệ thống giao ban")
                    && lines.indexOf(l) > lines.indexOf(lines.stream().filter(x -> x.contains("(tong-hop)")).findFirst().orElseThrow())),
                    lines.toString());
            assertEquals("Sửa kinh phí 1 dự án (Phụ lục 3, tổng 9,50 → 10,00 tỷ đồng); sửa tổng kinh phí "
                    + "(Phụ lục 4, tổng 9,50 → 10,00 tỷ đồng); Mục II: số liệu trích dẫn đổi theo bảng kinh phí tại Phụ lục 3", new ChangeSummary(Messages.forLanguage("vi")).of(c));
        }
    }

    @Test
    void theTotalsOfAnUntitledPartAreHeadedWithThePlansNoun(@TempDir Path dir) {
        String plan = SmallPlan.BASE.replace("""
            appendices:
            """, """
              - id: phu
                unit: tỷ đồng
                decimals: 2
                axes:
                  - id: phase
                    members:
                      - { id: 2012-2015, label: Giai đoạn 2012-2015 }
                      - { id: 2016-2020, label: Giai đoạn 2016-2020 }
                  - id: source
                    members:
                      - { id: tw, label: NS TƯ }
                      - { id: dp, label: NS địa phương }
                labels: { item: nội dung }
                items:
                  - id: dao-tao
                    title: Đào tạo
                    amounts: { 2012-2015: { tw: 1.00 } }
              - id: tong-hop
                unit: tỷ đồng
                decimals: 2
                from: [du-an, phu]
            appendices:
            """).replace("labels: { period: Thời gian thực hiện }", "labels: { period: Thời gian thực hiện, item: nội dung }");
        String changed = plan.replace("amounts: { 2012-2015: { tw: 1.00 } }", "amounts: { 2012-2015: { tw: 1.50 } }");
        try (TestRepository repo = TestRepository.init(dir)) {
            String a = repo.write(SmallPlan.FILE, plan).commit("Sở TTTT", "a");
            String b = repo.write(SmallPlan.FILE, changed).commit("Sở TTTT", "b");
            List<String> lines = new ComparisonText(Messages.forLanguage("vi")).lines(between(repo, a, b));
            assertTrue(lines.contains("  Tổng các nội dung:"), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains("dự án")), lines.toString());
        }
    }
}
