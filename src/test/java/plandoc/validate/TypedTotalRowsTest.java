package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * A total row typed as a budget item is found by its title or by its money (fixtures errors/budget-total-row,
 * errors/budget-total-row-words; the title rule: {@code model.TotalRowTitleTest}).
 */
class TypedTotalRowsTest {

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
                .map(m -> m.replaceAll(".*dự án (\\S+) \".*", "$1")).toList();
        assertEquals(warned.size(), messages.size(), messages.toString());
        return warned;
    }

    /** The grand total typed in a group of its own is the other items of the whole budget added up. */
    @Test
    void aGrandTotalInAGroupOfItsOwnIsFound(@TempDir Path dir) {
        List<String> messages = grandTotal(dir, "Khác");
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("dự án d \"Toàn bộ dự án\" có kinh phí đúng bằng tổng các dự án khác của bảng du-an"),
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
}
