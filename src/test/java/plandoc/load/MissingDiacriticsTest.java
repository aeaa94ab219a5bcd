package plandoc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import plandoc.TestPlans;

/**
 * Letterhead and signature fields typed without their marks ({@link MissingDiacritics}), beyond the case in
 * {@code src/test/resources/errors/letterhead-no-diacritics}: partly marked, other units and posts, and what is
 * right in another spelling (the old tone placement, capitals) and must stay silent.
 */
class MissingDiacriticsTest {
    private static List<String> warnings(Path dir, String from, String to) {
        String yaml = TestPlans.DECISION.replace(from, to);
        return TestPlans.messages(TestPlans.resolve(dir, yaml)).stream().filter(m -> m.contains("thiếu dấu")).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "place: Hà Tĩnh|place: ha tinh|9:10|place|ha tinh|Hà Tĩnh",
            "place: Hà Tĩnh|place: Hà Tinh|9:10|place|Hà Tinh|Hà Tĩnh",
            "place: Hà Tĩnh|place: Nghe An|9:10|place|Nghe An|Nghệ An",
            "place: Hà Tĩnh|place: Ho Chi Minh|9:10|place|Ho Chi Minh|Thành phố Hồ Chí Minh",
            "place: Hà Tĩnh|place: Da Nang|9:10|place|Da Nang|Đà Nẵng",
            "place: Hà Tĩnh|place: Thanh pho Ho Chi Minh|9:10|place|Thanh pho Ho Chi Minh|Thành phố Hồ Chí Minh",
            "name: Ủy ban nhân dân tỉnh Hà Tĩnh|name: Uy ban nhan dan tinh Ha Noi|4:11|name|Uy ban nhan dan tinh Ha Noi|Ủy ban nhân dân thành phố Hà Nội",
            "title: Phó Chủ tịch|title: CHU TICH|15:12|title|CHU TICH|Chủ tịch",
            "name: Ủy ban nhân dân tỉnh Hà Tĩnh|name: Ủy ban nhân dân tinh Ha Tinh|4:11|name|Ủy ban nhân dân tinh Ha Tinh|Ủy ban nhân dân tỉnh Hà Tĩnh",
            "name: Ủy ban nhân dân tỉnh Hà Tĩnh|name: Hoi dong nhan dan tinh Ha Tinh|4:11|name|Hoi dong nhan dan tinh Ha Tinh|Hội đồng nhân dân tỉnh Hà Tĩnh",
            "name: Ủy ban nhân dân tỉnh Hà Tĩnh|name: Uy ban nhan dan thanh pho Ha Noi|4:11|name|Uy ban nhan dan thanh pho Ha Noi|Ủy ban nhân dân thành phố Hà Nội",
            "short: UBND tỉnh|parent: Uy ban nhan dan tinh Ha Tinh|5:13|parent|Uy ban nhan dan tinh Ha Tinh|Ủy ban nhân dân tỉnh Hà Tĩnh",
            "title: Phó Chủ tịch|title: Pho Giam doc|15:12|title|Pho Giam doc|Phó Giám đốc",
            "title: Phó Chủ tịch|title: Phó Chánh Van phong|15:12|title|Phó Chánh Van phong|Phó Chánh Văn phòng",
            "KT. Chủ tịch]|KT. Chu tich]|14:38|authority|KT. Chu tich|KT. Chủ tịch"})
    void aFieldWithoutItsMarksIsToldTheFormMeant(String from, String to, String at, String field, String typed, String meant,
                                                 @TempDir Path dir) {
        assertEquals(List.of("ke-hoach/plan.yaml:" + at + ": cảnh báo: " + field + ": \"" + typed
                + "\" thiếu dấu tiếng Việt và sẽ được in đúng như gõ; có phải ý bạn là \"" + meant + "\"?"),
                warnings(dir, from, to));
    }

    /** The old placement of the tone ("Uỷ", "Hoà"), capitals, a place that is no province: as typed, no warning. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "name: Ủy ban nhân dân tỉnh Hà Tĩnh|name: Uỷ ban nhân dân tỉnh Khánh Hoà",
            "name: Ủy ban nhân dân tỉnh Hà Tĩnh|name: ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
            "place: Hà Tĩnh|place: HÀ TĨNH",
            "place: Hà Tĩnh|place: Khánh Hoà",
            "place: Hà Tĩnh|place: Vinh",
            "place: Hà Tĩnh|place: Thành phố Hồ Chí Minh",
            "TM. Ủy ban nhân dân|TM. Uỷ ban nhân dân",
            "title: Phó Chủ tịch|title: Phó Chủ tịch Thường trực",
            "title: Phó Chủ tịch|title: Thứ trưởng",
            "title: Phó Chủ tịch|title: CHỦ TỊCH",
            "name: Ủy ban nhân dân tỉnh Hà Tĩnh|name: Ủy ban nhân dân tỉnh Hà Nội"})
    void aFieldWithItsMarksPasses(String from, String to, @TempDir Path dir) {
        assertEquals(List.of(), warnings(dir, from, to));
    }

    private static List<String> signerWarnings(Path dir, String name) {
        String yaml = TestPlans.DECISION.replace("name: Nguyễn Thiện", "name: " + name);
        return TestPlans.messages(TestPlans.resolve(dir, yaml)).stream().filter(m -> m.contains("họ tên người ký")).toList();
    }

    /** A Vietnamese name typed with no mark is warned; a foreign name, a marked one or a single word is not. */
    @ParameterizedTest
    @CsvSource({"Tran Thi Binh,1", "nguyen van an,1", "Le Hoang,1", "John Smith,0", "Trần Thị Bình,0",
            "Tran Thị Bình,0", "Nguyen,0", "Maria Nguyen,0"})
    void aSignerNameWithNoMarkIsWarnedWhenItIsVietnamese(String name, int expected, @TempDir Path dir) {
        assertEquals(expected, signerWarnings(dir, name).size(), name);
    }
}
