package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a plan names whose names git cannot hold reliably: decomposed (NFD) names as a Mac leaves them.
 * Made in a temporary folder by each test.
 */
class FileNamesTest {
    static final Path ERRORS = Path.of("src/test/resources/errors");

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    /** "Phụ lục.md" typed in the plan (read as NFC) finds the file saved under its decomposed name. */
    @Test
    void decomposedFileNamesAreFound(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(nfd("Phụ lục.md")), "Nội dung phụ lục.\n");
        Path images = Files.createDirectories(dir.resolve(nfd("Ảnh")));
        Files.copy(ERRORS.resolve("image-broken/dung.png"), images.resolve(nfd("Sơ đồ.png")));
        // The decision names its appendices, as an issued document must (s29).
        Files.writeString(dir.resolve("plan.yaml"), HostileInputTest.validHead().replace("nội dung sau:",
                "nội dung sau ({ref:pl-van-ban}, {ref:pl-anh}):") + """
                appendices:
                  items:
                    - id: pl-van-ban
                      title: Phụ lục chữ
                      file: Phụ lục.md
                    - id: pl-anh
                      title: Sơ đồ
                      image: Ảnh/Sơ đồ.png
                """);
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(List.of(), r.err().stream().filter(l -> l.contains("lỗi:") || l.contains("không được kế hoạch dùng"))
                .toList(), r.errText());
        assertEquals(0, r.exit(), r.errText());
    }

    /** A near miss is suggested by its composed name, which is what the officer can type. */
    @Test
    void hintComparesComposedNames(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(nfd("Phụ lục 1.md")), "Nội dung phụ lục.\n");
        Files.writeString(dir.resolve("plan.yaml"), HostileInputTest.validHead() + """
                appendices:
                  items:
                    - id: pl-van-ban
                      title: Phụ lục chữ
                      file: Phụ lục 2.md
                """);
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(List.of(dir.resolve("plan.yaml") + ":25:13: lỗi: không tìm thấy tệp \"Phụ lục 2.md\" trong thư mục "
                + "kế hoạch; có phải \"Phụ lục 1.md\"?"), r.err().stream().filter(l -> l.contains("lỗi:")).toList(), r.errText());
    }

    /** A folder named agencies.yaml beside the plans is neither a register nor a plan: one error of its own. */
    @Test
    void registerNamesMadeFoldersAreErrorsNotPlans(@TempDir Path content) throws IOException {
        Path plan = Files.createDirectories(content.resolve("thu"));
        Files.writeString(plan.resolve("plan.yaml"), HostileInputTest.validHead());
        Files.createDirectories(content.resolve("agencies.yaml"));
        Files.createDirectories(content.resolve("province.yaml"));
        Cli.Result r = Cli.run("check", content.toString());
        assertEquals(List.of(
                content.resolve("agencies.yaml") + ":1:1: lỗi: \"agencies.yaml\" trong thư mục content là một thư mục, "
                        + "không phải tệp, nên không được đọc; hãy xóa (hoặc đổi tên) thư mục này và tạo tệp agencies.yaml "
                        + "đúng tên ở chỗ của nó (xem docs/format.md)",
                content.resolve("province.yaml") + ":1:1: lỗi: \"province.yaml\" trong thư mục content là một thư mục, "
                        + "không phải tệp, nên không được đọc; hãy xóa (hoặc đổi tên) thư mục này và tạo tệp province.yaml "
                        + "đúng tên ở chỗ của nó (xem docs/format.md)"),
                r.err().stream().filter(l -> l.contains("lỗi:")).toList(), r.errText());
        assertEquals("Đã kiểm tra 1 văn bản: 2 lỗi, 0 cảnh báo.", String.join("\n", r.out()).strip(), r.errText());
    }
}
