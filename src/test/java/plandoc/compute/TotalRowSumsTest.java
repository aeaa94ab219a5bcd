package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * A total row typed as a budget item, found by its money (fixture errors/budget-total-row; by its title:
 * {@code validate.TypedTotalRows}, {@code model.TotalRowTitleTest}, errors/budget-total-row-words). Moved from
 * {@code validate.TypedTotalRowsTest} with the sum.
 */
class TotalRowSumsTest {

    /**
     * A real budget of round figures (tryout s16, finding 3): one item costs what the two others do together. Two
     * are a coincidence, and nothing can silence a warning, so {@code check --strict} could never pass.
     */
    @Test
    void oneItemCostingWhatTwoOthersDoIsNoTotal(@TempDir Path dir) {
        assertEquals(List.of(), money(dir, "100", "50", "50"));
        assertEquals(List.of(), money(dir, "50", "50", "100"));
    }

    /** Three others added up is a total, where a spreadsheet puts one: first or last, not between the rows. */
    @Test
    void aSumOfThreeOthersIsATotalOnlyFirstOrLast(@TempDir Path dir) {
        assertEquals(List.of("d"), money(dir, "50", "30", "20", "100"));
        assertEquals(List.of("a"), money(dir, "100", "50", "30", "20"));
        assertEquals(List.of(), money(dir, "50", "100", "30", "20"));
    }

    /** The ids of the items warned about as a sum, in a budget without axes of the given amounts (ids a, b, c …). */
    private static List<String> money(Path dir, String... amounts) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < amounts.length; i++) {
            items.append("      - { id: ").append((char) ('a' + i)).append(", title: Nhiệm vụ ").append(i + 1)
                    .append(", amounts: ").append(amounts[i]).append(" }\n");
        }
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION + """
                plan:
                  sections:
                    - title: Kinh phí
                      text: Tổng kinh phí {amount:kinh-phi}.
                budgets:
                  - id: kinh-phi
                    unit: triệu đồng
                    decimals: 0
                    items:
                """ + items));
        List<String> warned = messages.stream().filter(m -> m.contains("đúng bằng tổng"))
                .map(m -> m.replaceAll(".*khoản mục (\\S+) \".*", "$1")).toList();
        assertEquals(warned.size(), messages.size(), messages.toString());
        return warned;
    }

    /** The grand total typed in a group of its own is the other items of the whole budget added up. */
    @Test
    void aGrandTotalInAGroupOfItsOwnIsFound(@TempDir Path dir) {
        List<String> messages = grandTotal(dir, "Khác");
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("khoản mục d \"Toàn bộ dự án\" có kinh phí đúng bằng tổng các khoản mục khác của bảng du-an"),
                messages.get(0));
    }

    /** Between the groups it would add up, the same item is a project: a spreadsheet puts no total there. */
    @Test
    void aGrandTotalBetweenGroupsIsNoTotal(@TempDir Path dir) {
        assertEquals(List.of(), grandTotal(dir, "Hạ tầng"));
    }

    /** Groups "Ứng dụng" (items a, b), "Hạ tầng" (c), "Khác" (d, the others added up): "Khác" last, or before "Hạ tầng". */
    private static List<String> grandTotal(Path dir, String dBefore) {
        String groups = """
                      - title: Ứng dụng
                        items:
                          - { id: a, title: Hộp thư, amounts: { tw: 1.25, dp: 2 } }
                          - { id: b, title: Một cửa, amounts: { dp: 3 } }
                      - title: Hạ tầng
                        items:
                          - { id: c, title: Mạng, amounts: { tw: 0.75 } }
                """;
        String d = """
                      - title: Khác
                        items:
                          - { id: d, title: Toàn bộ dự án, amounts: { tw: 2.00, dp: 5 } }
                """;
        groups = dBefore.equals("Khác") ? groups + d : groups.replace("      - title: Hạ tầng\n", d + "      - title: Hạ tầng\n");
        assertTrue(groups.contains(d), groups);
        return TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION + """
                plan:
                  sections:
                    - title: Kinh phí
                      text: Tổng kinh phí {amount:du-an}.
                budgets:
                  - id: du-an
                    unit: tỷ đồng
                    decimals: 2
                    axes:
                      - id: source
                        members:
                          - { id: tw, label: NS TƯ }
                          - { id: dp, label: NS địa phương }
                    groups:
                """ + groups));
    }

    /**
     * Every figure counts: the last item adds up to the others' total, per year and per source, but not cell by cell
     * (the others' local money is 3 in 2026 and 2 in 2027, its own 0 and 5): a project, not a total.
     */
    @Test
    void aTotalMustAgreeInEveryCell(@TempDir Path dir) {
        assertEquals(List.of("d"), twoAxes(dir, """
                - { id: a, title: Hộp thư, amounts: { 2026: { tw: 1 }, 2027: { dp: 2 } } }
                - { id: b, title: Một cửa, amounts: { 2026: { dp: 3 } } }
                - { id: c, title: Mạng, amounts: { 2027: { tw: 4 } } }
                - { id: d, title: Hạ tầng chung, amounts: { 2026: { tw: 1, dp: 3 }, 2027: { tw: 4, dp: 2 } } }
                """));
        assertEquals(List.of(), twoAxes(dir, """
                - { id: a, title: Hộp thư, amounts: { 2026: { tw: 1 }, 2027: { dp: 2 } } }
                - { id: b, title: Một cửa, amounts: { 2026: { dp: 3 } } }
                - { id: c, title: Mạng, amounts: { 2027: { tw: 4 } } }
                - { id: d, title: Hạ tầng chung, amounts: { 2026: { tw: 4 }, 2027: { tw: 1, dp: 5 } } }
                """));
    }

    /**
     * Breakdowns given apart ({@code split:}) are compared member by member, whether the others give theirs apart or
     * cell by cell: the crossed cells of such a row are not known.
     */
    @Test
    void aTotalGivenAsBreakdownsIsFound(@TempDir Path dir) {
        assertEquals(List.of("a"), twoAxes(dir, """
                - { id: a, title: Toàn bộ, split: { nam: { 2026: 6, 2027: 4 }, nguon: { tw: 3, dp: 7 } } }
                - { id: b, title: Hộp thư, split: { nam: { 2026: 3, 2027: 1 }, nguon: { tw: 1, dp: 3 } } }
                - { id: c, title: Một cửa, split: { nam: { 2026: 2 }, nguon: { dp: 2 } } }
                - { id: d, title: Mạng, split: { nam: { 2026: 1, 2027: 3 }, nguon: { tw: 2, dp: 2 } } }
                """));
        assertEquals(List.of("a"), twoAxes(dir, """
                - { id: a, title: Toàn bộ, split: { nam: { 2026: 6, 2027: 4 }, nguon: { tw: 3, dp: 7 } } }
                - { id: b, title: Hộp thư, split: { nam: { 2026: 3, 2027: 1 }, nguon: { tw: 1, dp: 3 } } }
                - { id: c, title: Một cửa, split: { nam: { 2026: 2 }, nguon: { dp: 2 } } }
                - { id: d, title: Mạng, amounts: { 2026: { tw: 1 }, 2027: { dp: 2, tw: 1 } } }
                """));
        assertEquals(List.of(), twoAxes(dir, """
                - { id: a, title: Toàn bộ, split: { nam: { 2026: 6, 2027: 4 }, nguon: { tw: 4, dp: 6 } } }
                - { id: b, title: Hộp thư, split: { nam: { 2026: 3, 2027: 1 }, nguon: { tw: 1, dp: 3 } } }
                - { id: c, title: Một cửa, split: { nam: { 2026: 2 }, nguon: { dp: 2 } } }
                - { id: d, title: Mạng, amounts: { 2026: { tw: 1 }, 2027: { dp: 2, tw: 1 } } }
                """));
    }

    /**
     * A row with an error of its own (a member that is not one of the axis) is not what the author wrote: its group is
     * not compared, so the error is the one message.
     */
    @Test
    void aGroupWithAFaultyRowIsNotCompared(@TempDir Path dir) {
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, twoAxesPlan("""
                - { id: a, title: Hộp thư, amounts: { 2026: { tw: 1 } } }
                - { id: b, title: Một cửa, amounts: { 2026: { dp: 3 } } }
                - { id: c, title: Mạng, amounts: { 2026: { tw: 4, xx: 1 } } }
                - { id: d, title: Hạ tầng chung, amounts: { 2026: { tw: 5, dp: 3 } } }
                """)), "en");
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains(": error: "), messages.get(0));
    }

    /**
     * The ids of the items warned about as a sum, in a budget of years 2026, 2027 × sources tw, dp (printed by year and
     * by source, so items that give them apart print).
     */
    private static List<String> twoAxes(Path dir, String items) {
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, twoAxesPlan(items)), "en");
        List<String> warned = messages.stream().filter(m -> m.contains("has exactly the money of every other"))
                .map(m -> m.replaceAll(".*: warning: \\S+ (\\S+) \".*", "$1")).toList();
        assertEquals(warned.size(), messages.size(), messages.toString());
        return warned;
    }

    private static String twoAxesPlan(String items) {
        return TestPlans.DECISION + """
                plan:
                  sections:
                    - title: Kinh phí
                      text: Tổng kinh phí {amount:du-an}.
                budgets:
                  - id: du-an
                    unit: triệu đồng
                    decimals: 0
                    print: { money: [nam, nguon, total] }
                    axes:
                      - id: nam
                        members:
                          - { id: "2026", label: Năm 2026 }
                          - { id: "2027", label: Năm 2027 }
                      - id: nguon
                        members:
                          - { id: tw, label: NS TƯ }
                          - { id: dp, label: NS địa phương }
                    items:
                """ + items.indent(6);
    }
}
