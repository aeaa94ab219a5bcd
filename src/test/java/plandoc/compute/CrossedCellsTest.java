package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plandoc.TestPlans.DECISION;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * Declared crossed cells checked together: every cell below lies within the range the items allow
 * on its own, yet some sets cannot all hold.
 * Items: A gives tw 10 over 2021 5 + 2022 5 (so its cells are fixed); B gives tw 5 + dp 5 and
 * 2021 5 + 2023 5 (its cells are not). Totals: tw 15, dp 5; 2021 10, 2022 5, 2023 5.
 */
class CrossedCellsTest {
    private static String plan(String declared) {
        return DECISION + """
                plan:
                  sections:
                    - id: kinh-phi-muc
                      title: Kinh phí
                      show: kinh-phi
                budgets:
                  - id: kinh-phi
                    unit: triệu đồng
                    print: { undetermined: mark }
                    axes:
                      - id: source
                        members:
                          - { id: tw, label: NS Trung ương }
                          - { id: dp, label: NS địa phương }
                      - id: year
                        members:
                          - { id: "2021", label: Năm 2021 }
                          - { id: "2022", label: Năm 2022 }
                          - { id: "2023", label: Năm 2023 }
                    items:
                      - id: a
                        title: Nhiệm vụ A
                        split:
                          source: { tw: 10 }
                          year: { 2021: 5, 2022: 5 }
                      - id: b
                        title: Nhiệm vụ B
                        split:
                          source: { tw: 5, dp: 5 }
                          year: { 2021: 5, 2023: 5 }
                    declared:
                """ + declared.lines().map(l -> "      " + l + "\n").reduce("", String::concat);
    }

    /**
     * The messages about the declared cells. The table prints the crossed cells and "Tổng" only, so the two split:
     * rows' breakdowns print nowhere: the two warnings saying so come first, on purpose (s26 review M5), and are
     * taken off here.
     */
    private static List<String> check(Path dir, String declared) {
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, plan(declared)));
        assertEquals(List.of(F + ":48:11: cảnh báo: khoản mục số 1 (a): " + UNPRINTED,
                F + ":53:11: cảnh báo: khoản mục số 2 (b): " + UNPRINTED), messages.subList(0, 2));
        return messages.subList(2, messages.size());
    }

    private static final String UNPRINTED = "bảng kinh-phi không in cột hay dòng tổng nào cho từng thành phần của trục "
            + "(source, year) riêng, nên phần chia ghi ở split: của dòng này không được in ở đâu (các ô của dòng chỉ "
            + "hiện \"…\"); thêm vào bảng print.money: [source, year, total] hoặc totals: để in phần chia";

    private static final String F = "ke-hoach/plan.yaml";

    @Test
    void cellsThatCanAllHoldOnlyWarnThatTheyCannotBeComputed(@TempDir Path dir) {
        List<String> messages = check(dir, """
                - amounts:
                    tw: { 2021: 10 }
                    dp: { 2023: 5 }""");
        assertEquals(1, messages.size(), String.join("\n", messages));
        assertEquals(true, messages.get(0).contains("cảnh báo: bảng kinh phí kinh-phi: 2 số ghi không tính được"), messages.get(0));
    }

    /** tw×2021 = 5 and tw×2023 = 0 are each possible, but then NS Trung ương cannot reach 15: tw×2022 is 5 at most. */
    @Test
    void cellsThatCannotAllHoldNameTheRowThatFails(@TempDir Path dir) {
        List<String> messages = check(dir, """
                - amounts:
                    tw: { 2021: 5, 2023: 0 }""");
        assertEquals(List.of(F + ":57:23: lỗi: bảng kinh phí kinh-phi: các ô ghi không thể cùng đúng với các khoản mục: "
                + "NS Trung ương cần thêm 5 nhưng các ô chưa ghi chỉ nhận được tối đa 0 theo khoảng các khoản mục cho phép"),
                messages);
    }

    @Test
    void aCompleteRowMustAddUpToItsTotal(@TempDir Path dir) {
        List<String> messages = check(dir, """
                - amounts:
                    tw: { 2021: 6, 2022: 5, 2023: 5 }""");
        assertEquals(List.of("lỗi: bảng kinh phí kinh-phi: các ô đã ghi của hàng NS Trung ương (6 + 5 + 5) cộng lại 16 "
                + "nhưng tổng tính được từ các khoản mục là 15 (chênh lệch +1); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")"),
                messages.stream().map(m -> m.substring(m.indexOf("lỗi"))).toList());
    }

    /** Each cell within its range (0..5), but NS địa phương has only 5 in all (NS địa phương × 2022 left out). */
    @Test
    void aPartialLineMustNotExceedItsTotal(@TempDir Path dir) {
        List<String> messages = check(dir, """
                - amounts:
                    dp: { 2021: 5, 2023: 5 }""");
        assertEquals(List.of("lỗi: bảng kinh phí kinh-phi: các ô đã ghi của hàng NS địa phương (5 + 5) cộng lại 10, "
                + "vượt tổng tính được từ các khoản mục là 5 (chênh lệch +5); sửa số ghi cho khớp với tổng, hoặc bỏ số ghi của ô chưa chắc (ô đó không còn số ghi để đối chiếu; với print.undetermined: declared, ô in \"…\")"),
                messages.stream().map(m -> m.substring(m.indexOf("lỗi"))).toList());
    }

    @Test
    void exactArithmeticDecidesTheFlow() {
        java.math.BigDecimal[] supply = {new java.math.BigDecimal("0.1"), new java.math.BigDecimal("0.2")};
        java.math.BigDecimal[] demand = {new java.math.BigDecimal("0.3")};
        java.math.BigDecimal[][] capacity = {{new java.math.BigDecimal("0.1")}, {new java.math.BigDecimal("0.2")}};
        assertEquals(true, ExactMaxFlow.transport(supply, demand, capacity).feasible());
        capacity[1][0] = new java.math.BigDecimal("0.19");
        ExactMaxFlow.Cut cut = ExactMaxFlow.transport(supply, demand, capacity);
        assertEquals(false, cut.feasible());
        assertEquals(List.of(1), cut.rows());
    }
}
