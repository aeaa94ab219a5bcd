package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/** A total row typed as a budget item is found by its title or by its money (fixture errors/budget-total-row). */
class TypedTotalRowsTest {

    @Test
    void totalWordsAreFoundWithOrWithoutDiacritics() {
        for (String title : List.of("Tổng cộng", "TỔNG CỘNG:", "Tong cong", "Tổng", "Cộng", "Cộng nhóm I",
                "Cộng II", "Tổng số", "Tổng kinh phí", "Tổng kinh phí dự kiến", "Tổng cộng (I+II+III)", "cong nhom 2",
                "Tổng dự toán")) {
            assertTrue(TypedTotalRows.isTotalTitle(title), title);
        }
    }

    @Test
    void projectsThatStartWithATotalWordAreNotTotals() {
        for (String title : List.of("Cộng đồng số", "Tổng điều tra dân số", "Tổng kết 5 năm thực hiện",
                "Tổng hợp số liệu", "Cổng thông tin điện tử", "Phần mềm tổng hợp")) {
            assertFalse(TypedTotalRows.isTotalTitle(title), title);
        }
    }

    /** The grand total typed in a group of its own is the other items of the whole budget added up. */
    @Test
    void aGrandTotalInAGroupOfItsOwnIsFound(@TempDir Path dir) {
        List<String> messages = TestPlans.messages(TestPlans.resolve(dir, TestPlans.DECISION + """
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
                      - title: Ứng dụng
                        items:
                          - { id: a, title: Hộp thư, amounts: { tw: 1.25, dp: 2 } }
                          - { id: b, title: Một cửa, amounts: { dp: 3 } }
                      - title: Hạ tầng
                        items:
                          - { id: c, title: Mạng, amounts: { tw: 0.75 } }
                      - title: Khác
                        items:
                          - { id: d, title: Toàn bộ dự án, amounts: { tw: 2.00, dp: 5 } }
                """));
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("dự án d \"Toàn bộ dự án\" có kinh phí đúng bằng tổng các dự án khác của bảng du-an"),
                messages.get(0));
    }
}
