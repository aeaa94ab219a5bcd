package plandoc.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one rule for a total row's title, which the importer and the budget check both read (so a sheet's row and a
 * typed item are told apart alike).
 */
class TotalRowTitleTest {

    @Test
    void totalWordsAreFoundWithOrWithoutDiacriticsInAnyCase() {
        for (String title : List.of("Tổng cộng", "TỔNG CỘNG:", "TONG CONG", "Tong cong", "tổng cộng.", "Tổng", "Cộng",
                "CỘNG", "Cộng:", "Cộng nhóm I", "Cộng II", "Cộng I+II", "Cộng A", "Tổng số", "Tong so", "Tổng số (I)",
                "Tổng kinh phí", "Tổng kinh phí dự kiến", "Tổng cộng (I+II+III)", "cong nhom 2", "Tổng dự toán",
                "Tổng theo nguồn vốn", "Tổng kinh phí theo giai đoạn 2012-2015 và 2016-2020", "Tổng vốn đầu tư",
                "Tổng mức đầu tư", "Tổng nhu cầu kinh phí", "  Tổng\u00a0cộng  ", "Tổng cộng\ntoàn tỉnh")) {
            assertTrue(TotalRowTitle.matches(title), title);
        }
    }

    @Test
    void projectsThatStartWithATotalWordAreNotTotals() {
        for (String title : List.of("Cộng đồng số", "Cộng đồng dân cư", "CỘNG ĐỒNG DÂN CƯ", "Cong dong dan cu",
                "Tổng điều tra dân số", "Tổng kết 5 năm thực hiện", "Tổng hợp số liệu", "Tổng số hóa hồ sơ",
                "Cộng tác viên", "Cổng thông tin điện tử", "Phần mềm tổng hợp", "Hỗ trợ cộng đồng", "")) {
            assertFalse(TotalRowTitle.matches(title), title);
        }
    }
}
