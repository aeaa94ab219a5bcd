package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * s32 tryout M1: a trích yếu starting with the kind the title block prints right above it ("KẾ HOẠCH" / "Kế hoạch
 * chuyển đổi số …", as the guide's own example taught) is warned of, with the title to write; check --strict fails on it.
 */
class TitleRepeatingKindTest {
    @TempDir
    Path temp;

    @Test
    void aTitleStartingWithTheKindIsWarnedOfWithTheTitleToWrite() {
        String yaml = TestPlans.DECISION.replace("title: Về việc phê duyệt điều chỉnh Quy hoạch",
                "title: Quyết định về việc phê duyệt điều chỉnh Quy hoạch");
        List<String> messages = TestPlans.messages(TestPlans.resolve(temp.resolve("a"), yaml));
        assertEquals(List.of("ke-hoach/plan.yaml:11:10: cảnh báo: trích yếu bắt đầu bằng \"Quyết định\", tên loại văn bản "
                + "đã in ngay trên nó (Quyết định in hoa): bỏ chữ đó, ví dụ title: Về việc phê duyệt điều chỉnh Quy hoạch "
                + "phát triển công nghệ thông tin tỉnh Hà Tĩnh đến năm 2020"), messages);
    }

    @Test
    void aTitleNamingTheKindLaterIsNot() {
        assertEquals(List.of(), TestPlans.messages(TestPlans.resolve(temp.resolve("b"), TestPlans.DECISION)));
    }
}
