package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s29 tryout F6: {@code new} without {@code --province} never invents the province. province.yaml's, else the one the
 * plans already in the folder name (said in one line), else a usage error with the command to type.
 */
class NewProvinceTest {
    @TempDir
    Path dir;

    @Test
    void aFolderThatNamesNoProvinceIsAskedForOne() throws IOException {
        Path content = dir.resolve("content");
        Cli.Result vi = Cli.run("new", "kh", "--content", content.toString());
        assertEquals(2, vi.exit(), vi.outText());
        assertTrue(vi.errText().startsWith("lỗi: chưa biết tỉnh ban hành: chưa có thư mục " + content + " và "),
                vi.errText());
        assertTrue(vi.errText().endsWith(" new kh --content " + Launcher.quoted(content.toString())
                + " --province \"Tên tỉnh\""), vi.errText());
        assertFalse(Files.exists(content.resolve("kh")), "nothing written");

        Cli.Result en = Cli.run("new", "qd", "--type", "quyet-dinh", "--content", content.toString(), "--lang", "en");
        assertEquals(2, en.exit());
        assertTrue(en.errText().startsWith("error: which province issues the plan? there is no folder " + content + " "),
                en.errText());
        assertTrue(en.errText().endsWith(" new qd --type quyet-dinh --content " + Launcher.quoted(content.toString())
                + " --province \"Province name\""), en.errText());
        assertFalse(Files.exists(content), "nothing written");

        // A province.yaml without province: is not "no province.yaml" (s30 review R8).
        Files.createDirectories(content);
        Files.writeString(content.resolve("province.yaml"), "portal: Cổng X\n");
        Cli.Result unnamed = Cli.run("new", "kh", "--content", content.toString());
        assertEquals(2, unnamed.exit(), unnamed.outText());
        assertTrue(unnamed.errText().startsWith("lỗi: chưa biết tỉnh ban hành: " + content.resolve("province.yaml")
                + " chưa ghi province: và chưa có văn bản nào"), unnamed.errText());
        Cli.Result unnamedEn = Cli.run("new", "kh", "--content", content.toString(), "--lang", "en");
        assertTrue(unnamedEn.errText().startsWith("error: which province issues the plan? " + content.resolve("province.yaml")
                + " has no province: and no document"), unnamedEn.errText());
        Files.delete(content.resolve("province.yaml"));
        Cli.Result none = Cli.run("new", "kh", "--content", content.toString());
        assertTrue(none.errText().startsWith("lỗi: chưa biết tỉnh ban hành: " + content + " chưa có province.yaml và "),
                none.errText());
    }

    /** --province naming another province than province.yaml's: written as asked, with a warning naming both (s30 review R8). */
    @Test
    void aProvinceOtherThanProvinceYamlsIsWarnedNamingBoth() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("province.yaml"), "province: Nghệ An\n");
        Cli.Result vi = Cli.run("new", "kh", "--content", content.toString(), "--province", "Hà Tĩnh");
        assertEquals(0, vi.exit(), vi.errText());
        assertTrue(Files.readString(content.resolve("kh").resolve("plan.yaml")).contains("Ủy ban nhân dân tỉnh Hà Tĩnh"));
        assertTrue(vi.errText().startsWith("cảnh báo: " + content.resolve("province.yaml") + " ghi tỉnh ban hành là tỉnh "
                + "Nghệ An, nhưng văn bản vừa tạo ghi tỉnh Hà Tĩnh theo --province"), vi.errText());
        Cli.Result en = Cli.run("new", "kh2", "--content", content.toString(), "--province", "Hà Tĩnh", "--lang", "en");
        assertTrue(en.errText().startsWith("warning: " + content.resolve("province.yaml") + " names tỉnh Nghệ An as the "
                + "issuing province, but the plan just made names tỉnh Hà Tĩnh"), en.errText());
        Cli.Result same = Cli.run("new", "kh3", "--content", content.toString(), "--province", "Nghệ An");
        assertEquals("", same.errText());
    }

    /** "new content/foo" is told the whole command, --province included: one step, not two (s30 new). */
    @Test
    void aPathForTheNameIsAnsweredWithTheWholeCommand() {
        Path content = dir.resolve("content");
        Cli.Result path = Cli.run("new", content.resolve("foo").toString(), "--content", content.toString());
        assertEquals(2, path.exit(), path.outText());
        assertTrue(path.errText().strip().endsWith(" new foo --content " + Launcher.quoted(content.toString())
                + " --province \"Tên tỉnh\""), path.errText());
        Cli.Result typed = Cli.run("new", content.resolve("foo").toString(), "--type", "quyet-dinh", "--content",
                content.toString(), "--province", "Quảng Trị", "--lang", "en");
        assertTrue(typed.errText().strip().endsWith(" new foo --type quyet-dinh --content "
                + Launcher.quoted(content.toString()) + " --province \"Quảng Trị\""), typed.errText());
    }

    @Test
    void theProvinceOfThePlansBesideIsUsedAndSaid() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        copyBundled("ha-tinh-424-2022", content);
        Cli.Result made = Cli.run("new", "kh", "--content", content.toString());
        assertEquals(0, made.exit(), made.errText());
        assertTrue(made.out().get(0).equals("Tỉnh ban hành: tỉnh Hà Tĩnh, như các văn bản đã có trong " + content
                + " (thư mục chưa có province.yaml); nếu không đúng, sửa issuer và place trong tệp vừa tạo."), made.outText());
        String plan = Files.readString(content.resolve("kh/plan.yaml"));
        assertTrue(plan.contains("name: Ủy ban nhân dân tỉnh Hà Tĩnh ") && plan.contains("place: Hà Tĩnh "), plan);
        assertFalse(Files.exists(content.resolve("province.yaml")), "the folder's files are the officer's to add");

        Cli.Result en = Cli.run("new", "kh-2", "--content", content.toString(), "--lang", "en");
        assertEquals(0, en.exit(), en.errText());
        assertTrue(en.outText().startsWith("Issuing province: tỉnh Hà Tĩnh, as the documents already in " + content),
                en.outText());
    }

    @Test
    void plansOfTwoProvincesAreNamedInTheRefusal() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        copyBundled("ha-tinh-424-2022", content);
        Path other = dir.resolve("other");
        assertEquals(0, Cli.runNew("new", "qt", "--province", "Quảng Trị", "--content", other.toString()).exit());
        Files.move(other.resolve("qt"), content.resolve("qt"));
        Cli.Result refused = Cli.run("new", "kh", "--content", content.toString());
        assertEquals(2, refused.exit(), refused.outText());
        assertTrue(refused.errText().contains("các văn bản trong đó không cùng một tỉnh (tỉnh Hà Tĩnh, tỉnh Quảng Trị); gõ: "),
                refused.errText());
        assertFalse(Files.exists(content.resolve("kh")));
        // province.yaml settles it.
        Files.writeString(content.resolve("province.yaml"), "province: Quảng Trị\n");
        Cli.Result made = Cli.run("new", "kh", "--content", content.toString());
        assertEquals(0, made.exit(), made.errText());
        assertTrue(Files.readString(content.resolve("kh/plan.yaml")).contains("place: Quảng Trị "));
        assertFalse(made.outText().contains("Tỉnh ban hành:"), made.outText());
    }

    @Test
    void theHelpShowsTheProvinceNeededWhereTheFolderDoesNotSayIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("content"));
        // s34 review M4: optional all the same (in brackets), the description saying this folder needs it.
        Cli.Result needed = Cli.run("new", "--help", "--content", empty.toString());
        assertTrue(needed.outText().matches("(?s).*\\[--lang=vi\\|en\\] \\[--out=THƯ_MỤC\\]\\s+\\[--province=TÊN\\]\\s.*"),
                needed.outText());
        assertTrue(needed.outText().replaceAll("\\s+", " ").contains("--province=TÊN Tỉnh ban hành, ví dụ \"Tuyên Quang\": "
                + "điền tên UBND tỉnh, địa danh và tạo danh mục cơ quan của tỉnh. Không bắt buộc khi thư mục nội dung đã "
                + "ghi tỉnh (province.yaml, hoặc các văn bản trong đó cùng ghi một tỉnh); thư mục nội dung này (--content, "
                + "không ghi thì content/) chưa ghi tỉnh nên với nó cần ghi --province."), needed.outText());
        Cli.Result en = Cli.run("new", "--help", "--lang", "en", "--content", empty.toString());
        assertTrue(en.outText().matches("(?s).*\\[--lang=vi\\|en\\] \\[--out=DIR\\]\\s+\\[--province=NAME\\]\\s.*")
                && en.outText().replaceAll("\\s+", " ").contains("Optional where the content folder names the province "
                + "(province.yaml, or its documents all naming one); this content folder (--content, content/ when not "
                + "given) does not, so with it --province is needed."), en.outText());

        // s35 review L7: where there is no content folder at all, it said "this content folder … names no province".
        Path none = dir.resolve("khong-co");
        Cli.Result noFolder = Cli.run("new", "--help", "--content", none.toString());
        assertTrue(noFolder.outText().replaceAll("\\s+", " ").contains("Không bắt buộc khi thư mục nội dung đã ghi tỉnh "
                + "(province.yaml, hoặc các văn bản trong đó cùng ghi một tỉnh); ở đây chưa có thư mục nội dung (--content, "
                + "không ghi thì content/) nên cần ghi --province: new tạo thư mục đó, với province.yaml ghi tỉnh này."),
                noFolder.outText());
        assertFalse(noFolder.outText().contains("thư mục nội dung này"), noFolder.outText());
        Cli.Result noFolderEn = Cli.run("new", "--help", "--lang", "en", "--content", none.toString());
        assertTrue(noFolderEn.outText().replaceAll("\\s+", " ").contains("there is no content folder here yet (--content, "
                + "content/ when not given), so --province is needed: new makes the folder, with a province.yaml naming "
                + "the province."), noFolderEn.outText());

        Path told = Files.createDirectories(dir.resolve("told"));
        Files.writeString(told.resolve("province.yaml"), "province: Quảng Trị\n");
        Cli.Result optional = Cli.run("new", "--help", "--content", told.toString());
        assertTrue(optional.outText().contains("[--province=TÊN]"), optional.outText());
        assertFalse(optional.outText().contains("cần ghi --province"), optional.outText());
    }

    private static void copyBundled(String plan, Path content) throws IOException {
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        Path folder = Files.createDirectories(content.resolve(plan));
        try (var files = Files.list(Path.of("content", plan))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }
}
