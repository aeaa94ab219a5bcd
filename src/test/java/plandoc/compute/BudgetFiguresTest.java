package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.compute.Budgets.amountsAndNoAmount;
import static plandoc.compute.Budgets.at;
import static plandoc.compute.Budgets.axis;
import static plandoc.compute.Budgets.budget;
import static plandoc.compute.Budgets.cells;
import static plandoc.compute.Budgets.declaredTotal;
import static plandoc.compute.Budgets.group;
import static plandoc.compute.Budgets.groupWithUnallocated;
import static plandoc.compute.Budgets.item;
import static plandoc.compute.Budgets.leaf;
import static plandoc.compute.Budgets.noAmount;
import static plandoc.compute.Budgets.none;
import static plandoc.compute.Budgets.parent;
import static plandoc.compute.Budgets.phaseSource;
import static plandoc.compute.Budgets.select;
import static plandoc.compute.Budgets.split;
import static plandoc.compute.Budgets.ungrouped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Messages;
import plandoc.diagnostic.Problems;
import plandoc.model.Amount;
import plandoc.model.Assignment;
import plandoc.model.Axis;
import plandoc.model.Budget;
import plandoc.model.BudgetItem;
import plandoc.model.Cells;
import plandoc.model.Id;
import plandoc.model.Text;

class BudgetFiguresTest {
    private final Problems problems = new Problems();
    private final BudgetCalculator calculator = new BudgetCalculator();

    private BudgetFigures compute(Budget budget) {
        BudgetFigures figures = calculator.compute(budget, problems);
        new DeclaredCheck().check(figures, problems);
        return figures;
    }

    private List<String> messages() {
        Messages vi = new Messages(Messages.VIETNAMESE);
        return problems.sorted().stream().map(vi::format).toList();
    }

    /** A computed value, compared exactly and as printed with 2 decimals. */
    private static void assertValue(String printed, Figure figure) {
        assertEquals(Figure.State.VALUE, figure.state(), "expected " + printed + ", got " + figure);
        assertEquals(printed, VietnameseNumbers.format(figure.value(), 2));
    }

    private static void assertBlank(Figure figure) {
        assertSame(Figure.BLANK, figure, "expected a blank figure, got " + figure);
    }

    // Exactness

    @Test
    void tenthsAddUpExactly() {
        List<Axis> one = List.of(axis("source", leaf("tw")));
        BudgetFigures f = compute(budget("b", 2, one, group("g", item("a", cells("tw", "0.1")), item("b", cells("tw", "0.2")))));
        assertEquals(new BigDecimal("0.3"), f.total().value());
        assertNotEquals(0.3, 0.1 + 0.2, "binary floating point would not be exact here");
        assertEquals(List.of(), messages());
    }

    @Test
    void aThousandSmallDecimalsAddUpExactly() {
        List<Axis> one = List.of(axis("source", leaf("tw"), leaf("dp")));
        List<BudgetItem> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(item("i" + i, cells("tw", "0.01", "dp", "0.07")));
        }
        BudgetFigures f = compute(budget("b", 2, one, group("g", items.toArray(BudgetItem[]::new))));
        assertEquals(new BigDecimal("80.00"), f.total().value());
        assertEquals(new BigDecimal("10.00"), f.figure(select(f, "source", "tw")).value());
        assertEquals(new BigDecimal("70.00"), f.figure(select(f, "source", "dp")).value());
        double binary = 0;
        for (int i = 0; i < 1000; i++) {
            binary += 0.07;
        }
        assertNotEquals(70.0, binary, "binary floating point drifts here");
    }

    // Blank versus zero

    @Test
    void aTypedZeroIsAValueAndAMissingCellStaysBlank() {
        BudgetFigures f = compute(budget("du-an", 2, phaseSource(),
                group("g", item("zero", cells("2012-2015/tw", "0")), item("money", cells("2012-2015/dp", "1.5")),
                        item("nothing", none()))));
        ItemFigures zero = f.item("zero").orElseThrow();
        Figure typed = f.figure(zero, select(f, "phase", "2012-2015", "source", "tw"));
        assertEquals(Figure.State.VALUE, typed.state());
        assertEquals(0, typed.value().signum());
        assertEquals("0,00", VietnameseNumbers.format(typed.value(), 2));
        assertBlank(f.figure(zero, select(f, "phase", "2012-2015", "source", "dp")));
        assertValue("0,00", f.figure(zero, Selection.all(2)));
        assertBlank(f.figure(f.item("nothing").orElseThrow(), Selection.all(2)));

        GroupFigures g = f.groups().get(0);
        assertValue("0,00", f.figure(g, select(f, "phase", "2012-2015", "source", "tw")));
        assertValue("1,50", f.figure(g, select(f, "phase", "2012-2015", "source", "dp")));
        assertBlank(f.figure(g, select(f, "phase", "2012-2015", "source", "khac")));
        assertBlank(f.figure(g, select(f, "phase", "2016-2020")));
        assertBlank(f.figure(select(f, "source", "khac")));
        assertValue("1,50", f.total());
    }

    @Test
    void aBudgetWithoutMoneyHasABlankTotal() {
        BudgetFigures f = compute(budget("b", 2, phaseSource(), group("g", noAmount("a", "Chưa có kinh phí"), item("b", none()))));
        assertBlank(f.total());
        assertBlank(f.figure(select(f, "phase", "2012-2015", "source", "tw")));
    }

    @Test
    void aDeclaredZeroMatchesABlankFigure() {
        compute(budget("b", 2, phaseSource(), group("g", item("a", none(), declaredTotal("0")))));
        assertEquals(List.of(), messages());
    }

    // Groups, grand totals, per-member totals, unallocated money

    /** A small Phụ lục 3: two groups with items, one group holding money it does not split. */
    private BudgetFigures phuLuc3() {
        return compute(budget("du-an", 2, phaseSource(),
                group("ud-cq",
                        item("thu-dien-tu", cells("2012-2015/tw", "0.35", "2012-2015/dp", "1.35", "2016-2020/tw", "0.2",
                                "2016-2020/dp", "0.8")),
                        item("giao-ban", cells("2012-2015/dp", "2", "2016-2020/dp", "10"))),
                groupWithUnallocated("co-che", cells("2012-2015/dp", "1", "2016-2020/dp", "2"),
                        item("vbqppl", none()), item("chinh-sach", none())),
                group("ha-tang", item("mang", cells("2012-2015/tw", "1", "2012-2015/khac", "3")))));
    }

    @Test
    void itemsAreNumberedAcrossGroupsAndGroupsInRoman() {
        BudgetFigures f = phuLuc3();
        assertEquals(List.of(1, 2, 3, 4, 5), f.items().stream().map(ItemFigures::number).toList());
        assertEquals(List.of("thu-dien-tu", "giao-ban", "vbqppl", "chinh-sach", "mang"),
                f.items().stream().map(i -> i.item().id().value()).toList());
        assertEquals(List.of(1, 2, 3), f.groups().stream().map(GroupFigures::number).toList());
    }

    @Test
    void groupSubtotalsPerColumn() {
        BudgetFigures f = phuLuc3();
        GroupFigures udCq = f.group("ud-cq").orElseThrow();
        assertValue("0,35", f.figure(udCq, select(f, "phase", "2012-2015", "source", "tw")));
        assertValue("3,35", f.figure(udCq, select(f, "phase", "2012-2015", "source", "dp")));
        assertBlank(f.figure(udCq, select(f, "phase", "2012-2015", "source", "khac")));
        assertValue("0,20", f.figure(udCq, select(f, "phase", "2016-2020", "source", "tw")));
        assertValue("10,80", f.figure(udCq, select(f, "phase", "2016-2020", "source", "dp")));
        assertValue("3,70", f.figure(udCq, select(f, "phase", "2012-2015")));
        assertValue("14,70", f.figure(udCq, Selection.all(2)));
        assertValue("4,00", f.figure(f.group("ha-tang").orElseThrow(), Selection.all(2)));
    }

    @Test
    void unallocatedMoneyCountsInItsGroupAndTheGrandTotalButIsNotAnItem() {
        BudgetFigures f = phuLuc3();
        GroupFigures coChe = f.group("co-che").orElseThrow();
        assertTrue(coChe.hasUnallocated());
        assertFalse(f.group("ud-cq").orElseThrow().hasUnallocated());
        assertEquals(2, coChe.items().size());
        assertEquals(5, f.items().size());
        assertValue("1,00", f.figure(coChe, select(f, "phase", "2012-2015", "source", "dp")));
        assertValue("2,00", f.figure(coChe, select(f, "phase", "2016-2020", "source", "dp")));
        assertValue("3,00", f.figure(coChe, Selection.all(2)));
        assertBlank(f.figure(coChe.items().get(0), Selection.all(2)));
        assertValue("3,00", coChe.unallocated().figure(Selection.all(2), f.layout()));
    }

    @Test
    void grandTotalsPerColumnAndOverall() {
        BudgetFigures f = phuLuc3();
        assertValue("1,35", f.figure(select(f, "phase", "2012-2015", "source", "tw")));
        assertValue("4,35", f.figure(select(f, "phase", "2012-2015", "source", "dp")));
        assertValue("3,00", f.figure(select(f, "phase", "2012-2015", "source", "khac")));
        assertValue("0,20", f.figure(select(f, "phase", "2016-2020", "source", "tw")));
        assertValue("12,80", f.figure(select(f, "phase", "2016-2020", "source", "dp")));
        assertBlank(f.figure(select(f, "phase", "2016-2020", "source", "khac")));
        assertValue("21,70", f.total());
        assertEquals(new BigDecimal("21.70"), f.total().value());
    }

    @Test
    void perMemberTotalsOfEachAxis() {
        BudgetFigures f = phuLuc3();
        assertValue("8,70", f.figure(select(f, "phase", "2012-2015")));
        assertValue("13,00", f.figure(select(f, "phase", "2016-2020")));
        assertValue("1,55", f.figure(select(f, "source", "tw")));
        assertValue("17,15", f.figure(select(f, "source", "dp")));
        assertValue("3,00", f.figure(select(f, "source", "khac")));
        assertValue("0,55", f.figure(f.item("thu-dien-tu").orElseThrow(), select(f, "source", "tw")));
    }

    // Sub-members

    private BudgetFigures withSubMembers() {
        List<Axis> axes = List.of(axis("source", leaf("tw"), parent("ns-tinh", leaf("dau-tu"), leaf("su-nghiep")), leaf("xhh")));
        return compute(ungrouped("dang-thuc-hien", 0, axes,
                item("etep", cells("ns-tinh/su-nghiep", "17200")),
                item("vilg", cells("tw", "153109", "ns-tinh/dau-tu", "28144")),
                item("quan-trac", cells("tw", "20700", "ns-tinh/su-nghiep", "27990"))));
    }

    @Test
    void aParentMemberIsTheSumOfItsSubMembers() {
        BudgetFigures f = withSubMembers();
        assertEquals(new BigDecimal("73334"), f.figure(select(f, "source", "ns-tinh")).value());
        assertEquals(new BigDecimal("28144"), f.figure(select(f, "source", "dau-tu")).value());
        assertEquals(new BigDecimal("45190"), f.figure(select(f, "source", "su-nghiep")).value());
        assertEquals(new BigDecimal("173809"), f.figure(select(f, "source", "tw")).value());
        assertBlank(f.figure(select(f, "source", "xhh")));
        assertEquals(new BigDecimal("28144"), f.figure(f.item("vilg").orElseThrow(), select(f, "source", "ns-tinh")).value());
        assertEquals(new BigDecimal("247143"), f.total().value());
        assertEquals(List.of("tw", "dau-tu", "su-nghiep", "xhh"), f.layout().leaves(0));
        assertTrue(f.layout().covers(0, "ns-tinh", "su-nghiep"));
        assertFalse(f.layout().covers(0, "tw", "su-nghiep"));
        assertEquals(List.of(), messages());
    }

    @Test
    void moneyTypedOnAParentIsAnError() {
        List<Axis> axes = List.of(axis("source", leaf("tw"), parent("ns-tinh", leaf("dau-tu"), leaf("su-nghiep"))));
        Id parentKey = new Id("ns-tinh", at(28, 32));
        BudgetItem vilg = item("vilg", new Cells(List.of(new Cells.Cell(List.of(parentKey), Budgets.amount("28144"))), at()));
        BudgetFigures f = compute(ungrouped("dang-thuc-hien", 0, axes, vilg));
        assertEquals(List.of("test.yaml:28:32: lỗi: khoản mục số 1 (vilg): ns-tinh có các thành viên con dau-tu, su-nghiep; "
                + "hãy ghi số tiền dưới một trong số đó"), messages());
        assertBlank(f.total());
    }

    // Independent breakdowns (split)

    private static List<Axis> sourceYear() {
        return List.of(axis("source", leaf("tw"), leaf("dp"), leaf("oda-xhh")),
                axis("year", leaf("2021"), leaf("2022"), leaf("2023"), leaf("2024"), leaf("2025")));
    }

    private static BudgetItem nangCap() {
        return split("nang-cap-ha-tang-cntt",
                "source", cells("tw", "20000", "dp", "60000", "oda-xhh", "20000"),
                "year", cells("2021", "20000", "2022", "20000", "2023", "20000", "2024", "20000", "2025", "20000"));
    }

    /** Row 14 of PL03: all ĐP, all in 2022: every crossed cell is determined. */
    private static BudgetItem csdlGia() {
        return split("csdl-gia", "source", cells("dp", "3300"), "year", cells("2022", "3300"));
    }

    /** All ĐP, spread over years: the one source carries the whole total, so each (ĐP, year) cell is that year's share. */
    private static BudgetItem csdlLaoDong() {
        return split("csdl-lao-dong", "source", cells("dp", "8000"),
                "year", cells("2022", "1000", "2023", "2000", "2024", "4000", "2025", "1000"));
    }

    @Test
    void aSplitItemsTotalIsTheSumOfAnyOneBreakdown() {
        BudgetFigures f = compute(ungrouped("ha-tang", 0, sourceYear(), nangCap(), csdlGia()));
        ItemFigures nangCap = f.item("nang-cap-ha-tang-cntt").orElseThrow();
        assertEquals(new BigDecimal("100000"), f.figure(nangCap, Selection.all(2)).value());
        assertEquals(new BigDecimal("60000"), f.figure(nangCap, select(f, "source", "dp")).value());
        assertEquals(new BigDecimal("20000"), f.figure(nangCap, select(f, "year", "2023")).value());
        assertEquals(new BigDecimal("103300"), f.total().value());
        assertEquals(new BigDecimal("63300"), f.figure(select(f, "source", "dp")).value());
        assertEquals(new BigDecimal("23300"), f.figure(select(f, "year", "2022")).value());
        assertBlank(f.figure(f.item("csdl-gia").orElseThrow(), select(f, "year", "2021")));
        // The table prints the crossed cells and the total only: each split row's breakdowns print nowhere, which is
        // all check says (s26 review M5).
        assertEquals(List.of("budget.split-unprinted @owner.item|1|nang-cap-ha-tang-cntt",
                        "budget.split-unprinted @owner.item|2|csdl-gia"),
                problems.sorted().stream().map(p -> p.message().key() + " " + p.message().args().get(0)).toList());
    }

    @Test
    void rule7CrossedCellsAreDeterminedOnlyWhenTheItemFixesThem() {
        BudgetFigures f = compute(ungrouped("ha-tang", 0, sourceYear(), nangCap(), csdlGia(), csdlLaoDong()));
        ItemFigures nangCap = f.item("nang-cap-ha-tang-cntt").orElseThrow();
        ItemFigures gia = f.item("csdl-gia").orElseThrow();
        ItemFigures laoDong = f.item("csdl-lao-dong").orElseThrow();

        // Three sources, five years: no crossed cell is fixed, and none is apportioned.
        assertSame(Figure.UNDETERMINED, f.figure(nangCap, select(f, "source", "dp", "year", "2023")));
        assertSame(Figure.UNDETERMINED, f.figure(nangCap, select(f, "source", "tw", "year", "2021")));
        // A member with no share of the item: the cell holds nothing.
        assertBlank(f.figure(gia, select(f, "source", "tw", "year", "2022")));
        assertBlank(f.figure(gia, select(f, "source", "dp", "year", "2023")));
        // Every member but one carries the whole total: the cell is the remaining member's share.
        assertEquals(new BigDecimal("3300"), f.figure(gia, select(f, "source", "dp", "year", "2022")).value());
        assertEquals(new BigDecimal("4000"), f.figure(laoDong, select(f, "source", "dp", "year", "2024")).value());
        assertBlank(f.figure(laoDong, select(f, "source", "tw", "year", "2024")));

        // A summary cell is computed only when every item determines it.
        assertSame(Figure.UNDETERMINED, f.figure(select(f, "source", "dp", "year", "2022")));
        // Per-member totals never need crossing.
        assertEquals(new BigDecimal("71300"), f.figure(select(f, "source", "dp")).value());
        assertEquals(new BigDecimal("24300"), f.figure(select(f, "year", "2022")).value());
        assertEquals(new BigDecimal("111300"), f.total().value());
    }

    @Test
    void crossedSummaryCellsAddUpWhenEveryItemDeterminesThem() {
        BudgetItem cells = item("co-o", cells("tw/2022", "500", "dp/2024", "250"));
        BudgetFigures f = compute(ungrouped("ha-tang", 0, sourceYear(), csdlGia(), csdlLaoDong(), cells));
        assertEquals(new BigDecimal("4300"), f.figure(select(f, "source", "dp", "year", "2022")).value());
        assertEquals(new BigDecimal("4250"), f.figure(select(f, "source", "dp", "year", "2024")).value());
        assertEquals(new BigDecimal("500"), f.figure(select(f, "source", "tw", "year", "2022")).value());
        assertBlank(f.figure(select(f, "source", "oda-xhh", "year", "2022")));
    }

    @Test
    void breakdownsThatDisagreeAreAnErrorNamingBothSums() {
        BudgetItem item = new BudgetItem(new Id("so-hoa-cap-huyen-xa", at()), Text.literal("Số hoá", at()),
                Assignment.NONE, Optional.empty(), Optional.empty(), none(),
                orderedSplit("source", new Cells(List.of(cell("dp", "30000"), cell("oda-xhh", "20000")), at(21, 19)),
                        "year", new Cells(List.of(cell("2022", "10000"), cell("2023", "10000"), cell("2024", "15000"),
                                cell("2025", "20000")), at(22, 17))),
                Optional.empty(), List.of(), at(20, 9));
        BudgetFigures f = compute(ungrouped("ha-tang", 0, sourceYear(), item));
        assertEquals(List.of("test.yaml:20:9: lỗi: khoản mục số 1 (so-hoa-cap-huyen-xa): các cách phân không khớp nhau: "
                + "source: 30.000 + 20.000 = 50.000; year: 10.000 + 10.000 + 15.000 + 20.000 = 55.000; "
                + "mỗi cách phân phải cộng đúng bằng tổng của khoản mục"), messages());
        assertBlank(f.total());
    }

    @Test
    void aMissingBreakdownIsAnError() {
        BudgetItem item = new BudgetItem(new Id("csdl-gia", at()), Text.literal("CSDL giá", at()), Assignment.NONE,
                Optional.empty(), Optional.empty(), none(), Map.of("source", cells("dp", "3300")), Optional.empty(),
                List.of(), at(20, 9));
        compute(ungrouped("ha-tang", 0, sourceYear(), item));
        assertEquals(List.of("test.yaml:20:9: lỗi: khoản mục số 1 (csdl-gia): thiếu split.year; mỗi trục của bảng cần "
                + "một cách phân, hoặc ghi \"amounts\" lồng theo các trục nếu biết từng ô"), messages());
    }

    @Test
    void aSplitOnAOneAxisBudgetIsAnError() {
        BudgetItem item = new BudgetItem(new Id("dao-tao", at()), Text.literal("Đào tạo", at()), Assignment.NONE,
                Optional.empty(), Optional.empty(), none(), Map.of("year", cells("2022", "100")), Optional.empty(),
                List.of(), at(30, 9));
        compute(ungrouped("mot-truc", 0, List.of(axis("year", leaf("2022"))), item));
        assertEquals(List.of("test.yaml:30:9: lỗi: khoản mục số 1 (dao-tao): \"split\" chỉ dùng cho bảng có từ hai trục; "
                + "bảng một trục hãy dùng \"amounts\""), messages());
    }

    @Test
    void noAmountItemsAddNothingAndAmountsWithNoAmountIsAnError() {
        BudgetFigures f = compute(budget("b", 2, phaseSource(), group("g",
                noAmount("chua-co", "Chưa có kinh phí"),
                amountsAndNoAmount("ca-hai", cells("2012-2015/dp", "2"), "Chưa có kinh phí"),
                item("co-tien", cells("2016-2020/tw", "1.25")))));
        assertValue("1,25", f.total());
        assertBlank(f.figure(f.item("chua-co").orElseThrow(), Selection.all(2)));
        assertEquals(1, messages().size());
        assertTrue(messages().get(0).endsWith(": lỗi: khoản mục số 2 (ca-hai): chỉ ghi một trong \"amounts\" (số tiền theo ô), "
                + "\"split\" (phân theo từng trục) hoặc \"no_amount\" (chữ thay cho số tiền)"), messages().get(0));
    }

    @Test
    void cellsRepeatedUnderTheSameKeyAddUp() {
        BudgetFigures f = compute(budget("b", 2, phaseSource(), group("g",
                item("a", cells("2012-2015/tw", "1.10", "2012-2015/tw", "0.15")))));
        assertValue("1,25", f.figure(select(f, "phase", "2012-2015", "source", "tw")));
    }

    private static Cells.Cell cell(String member, String typed) {
        return new Cells.Cell(List.of(new Id(member, at())), new Amount(new BigDecimal(typed), typed, at()));
    }

    private static Map<String, Cells> orderedSplit(String a, Cells aCells, String b, Cells bCells) {
        Map<String, Cells> split = new java.util.LinkedHashMap<>();
        split.put(a, aCells);
        split.put(b, bCells);
        return split;
    }
}
