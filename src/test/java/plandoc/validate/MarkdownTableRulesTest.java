package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * Tables written correctly in each way GFM allows stay quiet; the torn ones are in errors/markdown-table-torn.
 */
class MarkdownTableRulesTest {
    @TempDir
    Path dir;

    private List<String> check(String text) {
        String yaml = TestPlans.DECISION + "plan:\n  sections:\n    - id: muc\n      title: Mục\n      text: |\n"
                + text.indent(8);
        return TestPlans.messages(TestPlans.resolve(dir, yaml));
    }

    @Test
    void wellFormedTablesAreQuiet() {
        assertEquals(List.of(), check("""
                Không có dấu "|" ở hai đầu:

                Cơ quan | Đầu mối
                ---|---
                Sở Nội vụ | Phòng Tổ chức
                Sở Y tế | Phòng A<br>Phòng B

                | Cơ quan | Ghi chú |
                |---|---|
                | Sở Tài chính | Ghi "a \\| b" |
                | Sở Xây dựng || 
                <!-- plandoc giữ nguyên -->

                Một đoạn sau bảng, cách một dòng trống.

                - Mục một:

                  | a | b |
                  |---|---|
                  | 1 | 2 |
                - Mục hai.
                """));
    }

    @Test
    void rowsOfSingleDashesAreContentAndARuleRowAnError() {
        assertEquals(List.of(), check("""
                | Chỉ tiêu | 2026 | 2027 |
                |---|---|---|
                | - | - | - |
                |  | – | – |
                """));
        List<String> found = check("""
                | Chỉ tiêu | 2026 | 2027 |
                |---|---|---|
                | Văn bản ký số | 90% | 100% |
                |---|---|---|
                | Hồ sơ trực tuyến | 50% | 80% |
                """);
        assertEquals(1, found.size(), found.toString());
        assertEquals(true, found.get(0).contains("|---|"), found.get(0));
    }

    @Test
    void aShortRowIsAWarningAndAContinuationAnErrorAtItsLine() {
        List<String> found = check("""
                | Cơ quan | Đầu mối | Ghi chú |
                |---|---|---|
                | Sở Nội vụ | Phòng Tổ chức |
                | Sở Y tế | Phòng A
                Phòng B |
                """);
        assertEquals(2, found.size(), found.toString());
        assertEquals(true, found.get(0).startsWith("ke-hoach/plan.yaml:"), found.get(0));
        assertEquals(true, found.get(0).contains("cảnh báo: dòng bảng có 2 ô, tiêu đề có 3 ô"), found.get(0));
        assertEquals(true, found.get(1).contains("lỗi: dòng này bị in thành một dòng bảng riêng có 1 ô"), found.get(1));
        assertEquals(true, found.get(1).contains("ví dụ \"Phòng A<br>Phòng B\""), found.get(1));
    }

    @Test
    void pipesInSentencesAreNoTable() {
        assertEquals(List.of(), check("""
                Chọn một trong hai | hoặc ghi rõ lý do.
                Giá trị |x| lấy tuyệt đối.

                | Ghi chú một dòng |

                ---

                Dòng kẻ ngang ở trên là đường phân cách.
                """));
    }

    @Test
    void aTableMarkdownDoesNotReadIsAnErrorWithTheLineToWrite() {
        List<String> found = check("""
                | Cơ quan | Đầu mối |
                |--|--|
                | Sở Nội vụ | Phòng Tổ chức |

                | Cơ quan | Đầu mối |
                |===|===|
                | Sở Nội vụ | Phòng Tổ chức |

                - Các sở cử đầu mối:
                  Cơ quan | Đầu mối
                  ---|---
                  Sở Nội vụ | Phòng Tổ chức

                | Cơ quan | Đầu mối | Ghi chú \\| thêm |
                | Sở Nội vụ | Phòng Tổ chức | |
                """);
        assertEquals(4, found.size(), found.toString());
        assertEquals(true, found.get(0).contains(":31:9: lỗi: dòng kẻ dưới tiêu đề bảng viết \"|--|--|\""), found.get(0));
        assertEquals(true, found.get(0).endsWith("hãy viết dòng này là |---|---|"), found.get(0));
        assertEquals(true, found.get(1).contains(":35:9: lỗi: dòng kẻ dưới tiêu đề bảng viết \"|===|===|\""), found.get(1));
        assertEquals(true, found.get(2).contains(":39:11: lỗi: bảng viết liền ngay dưới dòng chữ"), found.get(2));
        assertEquals(true, found.get(3).contains(":43:9: lỗi: dòng này và các dòng dưới"), found.get(3));
        assertEquals(true, found.get(3).endsWith("hãy thêm dòng |---|---|---| ngay dưới dòng này (dòng tiêu đề, 3 cột)"),
                found.get(3));
    }
}
