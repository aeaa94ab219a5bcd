package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s15 review, finding 4: {@code new --province} knows the 34 provincial-level units (2025): a centrally-run city
 * is a thành phố, a name without its diacritics or misspelt is told the one meant, a merged province the one it
 * is part of now — before anything is written.
 */
class ProvinceNamesTest {
    @TempDir
    Path dir;

    private Cli.Result created(String province) {
        return Cli.runNew("new", "ke-hoach-moi", "--province", province, "--content", dir.resolve("content").toString());
    }

    private String file(String name) throws IOException {
        return Files.readString(dir.resolve("content").resolve(name));
    }

    @Test
    void aCentrallyRunCityIsAThanhPho() throws IOException {
        Cli.Result made = created("Hà Nội");
        assertEquals(0, made.exit(), made.errText());
        String plan = file("ke-hoach-moi/plan.yaml");
        assertTrue(plan.contains("    name: Ủy ban nhân dân thành phố Hà Nội ") && plan.contains("  place: Hà Nội "), plan);
        assertFalse(plan.contains("tỉnh Hà Nội"), plan);
        assertTrue(plan.contains("    short: UBND thành phố ") && plan.contains("báo cáo UBND thành phố.")
                && plan.contains("label: Ngân sách thành phố }") && !plan.contains("UBND tỉnh"), plan);
        assertTrue(file("province.yaml").contains("portal: Cổng thông tin điện tử thành phố Hà Nội "));
        String register = file("agencies.yaml");
        assertTrue(register.startsWith("# Danh mục cơ quan, đơn vị của thành phố Hà Nội ")
                && register.contains("name: Văn phòng Ủy ban nhân dân thành phố,") && !register.contains("Công an tỉnh")
                && register.contains("\"Các sở, ban, ngành cấp thành phố\"")
                && register.contains("\"Báo và Phát thanh, Truyền hình Hà Nội\""), register);
        assertTrue(made.outText().contains("danh mục cơ quan của thành phố Hà Nội"), made.outText());
        Cli.Result check = Cli.run("check", "--strict", dir.resolve("content").toString());
        assertEquals(0, check.exit(), check.errText());
    }

    /**
     * Review s19, finding 6: a centrally-run city's register and starter name its departments as a group "cấp thành
     * phố", and the city named after a person is "Thành phố Hồ Chí Minh" in its newspaper's name too; a province's
     * stay "cấp tỉnh" and its own name.
     */
    @Test
    void aCitysGroupsAreCapThanhPhoAndAProvincesCapTinh() throws IOException {
        assertEquals(0, created("Hồ Chí Minh").exit());
        String register = file("agencies.yaml");
        assertTrue(register.contains("name: \"Các sở, ban, ngành cấp thành phố\"")
                && register.contains("name: \"Báo và Phát thanh, Truyền hình Thành phố Hồ Chí Minh\"")
                && !register.contains("cấp tỉnh") && !register.contains("Thành phố Thành phố"), register);
        String plan = file("ke-hoach-moi/plan.yaml");
        assertTrue(plan.contains("    - Các sở, ban, ngành cấp thành phố\n")
                && plan.contains("partners: [\"Các sở, ban, ngành cấp thành phố\"]") && !plan.contains("cấp tỉnh"), plan);
        Cli.Result check = Cli.run("check", "--strict", dir.resolve("content").toString());
        assertEquals(0, check.exit(), check.errText());

        Path other = dir.resolve("other");
        assertEquals(0, Cli.runNew("new", "ke-hoach-moi", "--province", "Nghệ An", "--type", "quyet-dinh", "--content",
                other.resolve("content").toString()).exit());
        String province = Files.readString(other.resolve("content/agencies.yaml"));
        assertTrue(province.contains("name: \"Các sở, ban, ngành cấp tỉnh\"")
                && province.contains("name: \"Báo và Phát thanh, Truyền hình Nghệ An\""), province);
        assertTrue(Files.readString(other.resolve("content/ke-hoach-moi/plan.yaml"))
                .contains("partners: [\"Các sở, ban, ngành cấp tỉnh\"]"));
    }

    @Test
    void aCityTypedWithItsKindGetsItOnceInLowerCase() throws IOException {
        assertEquals(0, created("Thành phố Đà Nẵng").exit());
        assertTrue(file("ke-hoach-moi/plan.yaml").contains("    name: Ủy ban nhân dân thành phố Đà Nẵng "));
    }

    @Test
    void hoChiMinhCityIsWrittenInFullWhereItIsAPlace() throws IOException {
        assertEquals(0, created("tp. hồ chí minh").exit());
        String plan = file("ke-hoach-moi/plan.yaml");
        assertTrue(plan.contains("    name: Ủy ban nhân dân Thành phố Hồ Chí Minh ")
                && plan.contains("  place: Thành phố Hồ Chí Minh "), plan);
        assertTrue(file("province.yaml").contains("place: Thành phố Hồ Chí Minh "), file("province.yaml"));
    }

    @Test
    void aProvinceTypedInLowerCaseIsWrittenInTitleCase() throws IOException {
        assertEquals(0, created("tỉnh nghệ an").exit());
        assertTrue(file("ke-hoach-moi/plan.yaml").contains("    name: Ủy ban nhân dân tỉnh Nghệ An "));
    }

    @Test
    void aNameWithoutDiacriticsIsToldTheOneMeantAndNothingIsWritten() {
        Cli.Result result = created("nghe an");
        assertEquals(ExitCode.USAGE, result.exit());
        assertEquals(List.of("lỗi: --province \"nghe an\" không phải tên một tỉnh, thành phố trực thuộc trung ương (34 đơn vị"
                + " từ ngày 01/07/2025); viết tên có dấu, ví dụ --province \"Nghệ An\", --province \"Hà Nội\"",
                "Có phải ý bạn là \"Nghệ An\"?"), result.err());
        assertFalse(Files.exists(dir.resolve("content")));
        Cli.Result english = Cli.runNew("new", "x", "--province", "Nghe Anh", "--lang", "en", "--content",
                dir.resolve("content").toString());
        assertEquals(ExitCode.USAGE, english.exit());
        assertEquals("Did you mean \"Nghệ An\"?", english.err().get(1));
    }

    @Test
    void aMergedProvinceIsToldWhatItIsPartOfNow() {
        Cli.Result result = created("Hà Giang");
        assertEquals(ExitCode.USAGE, result.exit());
        assertEquals(List.of("lỗi: tỉnh Hà Giang đã được sáp nhập vào tỉnh Tuyên Quang từ ngày 01/07/2025, nên văn bản mới"
                + " ghi --province \"Tuyên Quang\"; văn bản ban hành trước ngày đó vẫn có thể ghi tên cũ trong plan.yaml"),
                result.err());
        assertFalse(Files.exists(dir.resolve("content")));
        Cli.Result english = Cli.runNew("new", "x", "--province", "Quảng Nam", "--lang", "en", "--content",
                dir.resolve("content").toString());
        assertEquals(ExitCode.USAGE, english.exit());
        assertEquals(List.of("error: tỉnh Quảng Nam has been part of thành phố Đà Nẵng since 01/07/2025, so a new document"
                + " says --province \"Đà Nẵng\"; a document issued before that day may still name the former one in plan.yaml"),
                english.err());
    }

    @Test
    void anUnknownNameIsAUsageError() {
        Cli.Result result = created("Gotham");
        assertEquals(ExitCode.USAGE, result.exit());
        assertEquals(1, result.err().size(), result.errText());
        assertTrue(result.errText().startsWith("lỗi: --province \"Gotham\" không phải tên một tỉnh"), result.errText());
    }
}
