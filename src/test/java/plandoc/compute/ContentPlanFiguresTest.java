package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plandoc.TestPlans.markdown;
import static plandoc.TestPlans.section;
import static plandoc.TestPlans.table;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.SectionView;
import plandoc.resolved.TableView;

/**
 * The computed figures of the real plan (content/ha-tinh-4086-2012, Quyết định 4086/QĐ-UBND), against
 * the published Phụ lục 3 and section III.3 (src/test/resources/fixtures/seed-000-phu-luc-3/EXPECTED.md §2).
 */
class ContentPlanFiguresTest {
    private static PlanOutcome outcome;
    private static ResolvedPlan plan;
    private static TableView duAn;

    @BeforeAll
    static void resolve() {
        outcome = new Generator(Path.of("")).resolve(Path.of("content/ha-tinh-4086-2012"));
        plan = outcome.resolved().orElseThrow();
        duAn = table(plan, "du-an");
    }

    private static List<RowView> rows(String kind) {
        return duAn.rows().stream().filter(r -> r.kind().id().equals(kind)).toList();
    }

    private static List<String> money(RowView row) {
        return row.cells().stream().filter(c -> c.role() == CellRole.MONEY).map(CellView::plain).toList();
    }

    @Test
    void noErrorsAndNineWarnings() {
        assertEquals(0, outcome.problems().errorCount());
        assertEquals(9, outcome.problems().warningCount());
    }

    @Test
    void columns() {
        assertEquals(List.of("number", "title", "period", "lead", "2012-2015/tw", "2012-2015/dp", "2012-2015/khac",
                "2016-2020/tw", "2016-2020/dp", "2016-2020/khac", "total"), duAn.columns().stream().map(ColumnView::key).toList());
        assertEquals("Đơn vị tính: Tỷ đồng", duAn.unitLine());
    }

    @Test
    void grandTotalPerSourceAndPhase() {
        RowView grand = rows("grand").get(0);
        assertEquals("Tổng kinh phí theo nguồn", grand.cells().get(0).plain());
        assertEquals(4, grand.cells().get(0).colspan());
        assertEquals(List.of("87,35", "68,95", "62,60", "100,20", "150,80", "255,00", "724,90"), money(grand));
        assertEquals(java.util.Optional.of(new BigDecimal("724.90")), grand.cells().get(grand.cells().size() - 1).value());
    }

    @Test
    void perPhaseTotalsSpanTheirPhasesColumns() {
        List<RowView> axisRows = rows("axis-total");
        assertEquals(1, axisRows.size());
        RowView phases = axisRows.get(0);
        assertEquals("Tổng kinh phí theo giai đoạn 2012-2015 và 2016-2020", phases.cells().get(0).plain());
        assertEquals(List.of("218,90", "506,00", ""), money(phases));
        assertEquals(List.of(4, 3, 3, 1), phases.cells().stream().map(CellView::colspan).toList());
    }

    @Test
    void groupSubtotals() {
        List<RowView> groups = rows("group");
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"),
                groups.stream().map(g -> g.cells().get(0).plain()).toList());
        assertEquals(List.of("ud-cq", "ud-xa-hoi", "ud-doanh-nghiep", "ha-tang", "nhan-luc", "co-che", "cn-cntt"),
                groups.stream().map(RowView::anchor).toList());
        List<List<String>> expected = List.of(
                List.of("11,85", "16,85", "", "27,20", "55,80", "35,00", "146,70"),
                List.of("12,00", "5,00", "3,00", "24,00", "14,00", "35,00", "93,00"),
                List.of("", "3,00", "3,00", "", "4,00", "10,00", "20,00"),
                List.of("21,00", "13,00", "12,00", "38,00", "40,00", "55,00", "179,00"),
                List.of("6,00", "8,50", "2,00", "5,00", "5,00", "3,00", "29,50"),
                List.of("", "1,00", "", "", "2,00", "", "3,00"),
                List.of("36,50", "21,60", "42,60", "6,00", "30,00", "117,00", "253,70"));
        assertEquals(expected, groups.stream().map(ContentPlanFiguresTest::money).toList());
    }

    @Test
    void thirtySixItemsNumberedAcrossGroups() {
        List<RowView> items = rows("item");
        assertEquals(36, items.size());
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 36; i++) {
            numbers.add(Integer.toString(i));
        }
        assertEquals(numbers, items.stream().map(r -> r.cells().get(0).plain()).toList());
        // Items per group: I 7, II 4, III 2, IV 6, V 4, VI 3, VII 10.
        List<Integer> perGroup = new ArrayList<>();
        for (RowView r : duAn.rows()) {
            if (r.kind() == plandoc.resolved.RowKind.GROUP) {
                perGroup.add(0);
            } else if (r.kind() == plandoc.resolved.RowKind.ITEM) {
                perGroup.set(perGroup.size() - 1, perGroup.get(perGroup.size() - 1) + 1);
            }
        }
        assertEquals(List.of(7, 4, 2, 6, 4, 3, 10), perGroup);
    }

    @Test
    void itemThreeAndTheUnallocatedRow() {
        RowView giaoBan = rows("item").get(2);
        assertEquals("giao-ban", giaoBan.anchor());
        assertEquals(List.of("", "2,00", "", "", "10,00", "", "12,00"), money(giaoBan));
        RowView unallocated = rows("unallocated").get(0);
        assertEquals(List.of("", "1,00", "", "", "2,00", "", "3,00"), money(unallocated));
        RowView noMoney = rows("item").get(23);
        assertEquals(List.of("", "", "", "", "", "", ""), money(noMoney), "item 24 has no money: blank, never 0");
    }

    @Test
    void sectionIII3PrintsAsPublished() {
        SectionView s = section(plan, "du-an-phe-duyet");
        assertEquals("3.", s.number());
        assertEquals("Phê duyệt 36 dự án (kèm theo Phụ lục 3)", s.title().plain());
        assertEquals("""
                - Tổng kinh phí dự kiến là 724,900 tỷ đồng, phân ra:

                a) Giai đoạn 2012-2015: 218,90 tỷ đồng

                - Trung ương: 87,35 tỷ đồng;
                - Cân đối từ ngân sách tỉnh: 68,95 tỷ đồng;
                - Huy động từ các nguồn khác: 62,60 tỷ đồng.

                b) Giai đoạn 2016-2020: 506,00 tỷ đồng

                - Trung ương: 100,20 tỷ đồng
                - Cân đối từ ngân sách tỉnh: 150,80 tỷ đồng
                - Huy động từ các nguồn khác: 255,00 tỷ đồng.""", markdown(s));
    }

    @Test
    void documentInfo() {
        assertEquals("724,90 tỷ đồng", plan.info().funding().text().orElse(""));
        assertEquals("4086/QĐ-UBND", plan.info().numberSymbol());
        assertEquals("4086-QD-UBND", plan.info().fileStem());
        assertEquals("ha-tinh-4086-2012", plan.info().slug());
        assertEquals(List.of("PHỤ LỤC 1", "PHỤ LỤC 2", "PHỤ LỤC 3"), plan.appendices().stream().map(a -> a.heading()).toList());
        assertEquals("(Kèm theo Quyết định số 4086/QĐ-UBND ngày 28 tháng 12 năm 2012 của UBND tỉnh phê duyệt điều chỉnh Quy hoạch "
                + "phát triển CNTT tỉnh Hà Tĩnh đến năm 2020)", plan.appendices().get(2).caption());
        assertEquals("- Như Điều 2;", plan.recipients().lines().get(0).plain());
        // The note-only line, under the Lưu line as the signed original prints it (s13).
        List<String> lines = plan.recipients().lines().stream().map(l -> l.plain()).toList();
        assertEquals(List.of("- Lưu: VT, TH, VX.", "Gửi bản giấy và thư điện tử."), lines.subList(lines.size() - 2, lines.size()));
    }
}
