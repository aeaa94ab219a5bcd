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
    void aFolderThatNamesNoProvinceIsAskedForOne() {
        Path content = dir.resolve("content");
        Cli.Result vi = Cli.run("new", "kh", "--content", content.toString());
        assertEquals(2, vi.exit(), vi.outText());
        assertTrue(vi.errText().startsWith("lỗi: chưa biết tỉnh ban hành: " + content + " chưa có province.yaml"),
                vi.errText());
        assertTrue(vi.errText().endsWith(" new kh --content " + Launcher.quoted(content.toString())
                + " --province \"Tên tỉnh\""), vi.errText());
        assertFalse(Files.exists(content.resolve("kh")), "nothing written");

        Cli.Result en = Cli.run("new", "qd", "--type", "quyet-dinh", "--content", content.toString(), "--lang", "en");
        assertEquals(2, en.exit());
        assertTrue(en.errText().startsWith("error: which province issues the plan? " + content + " has no province.yaml"),
                en.errText());
        assertTrue(en.errText().endsWith(" new qd --type quyet-dinh --content " + Launcher.quoted(content.toString())
                + " --province \"Province name\""), en.errText());
        assertFalse(Files.exists(content), "nothing written");
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
        Path empty = dir.resolve("content");
        Cli.Result needed = Cli.run("new", "--help", "--content", empty.toString());
        assertTrue(needed.outText().contains("[--lang=vi|en] --province=TÊN"), needed.outText());
        assertTrue(needed.outText().contains("--province=TÊN      Cần ghi: content/ chưa có province.yaml"), needed.outText());
        Cli.Result en = Cli.run("new", "--help", "--lang", "en", "--content", empty.toString());
        assertTrue(en.outText().contains("[--lang=vi|en] --province=NAME") && en.outText().contains("Needed: content/"),
                en.outText());

        Path told = Files.createDirectories(dir.resolve("told"));
        Files.writeString(told.resolve("province.yaml"), "province: Quảng Trị\n");
        Cli.Result optional = Cli.run("new", "--help", "--content", told.toString());
        assertTrue(optional.outText().contains("[--province=TÊN]"), optional.outText());
        assertFalse(optional.outText().contains("Cần ghi"), optional.outText());
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
