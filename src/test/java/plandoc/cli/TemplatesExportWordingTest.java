package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s29 tryout F13: "templates export tpl" said plandoc uses the files in templates/, where it had just copied them
 * into tpl/, which plandoc reads only when told. It says how to use that folder.
 */
class TemplatesExportWordingTest {
    @Test
    void aFolderOtherThanTemplatesIsToldHowToBeUsed(@TempDir Path dir) {
        Path tpl = dir.resolve("tpl");
        Cli.Result vi = Cli.run("templates", "export", tpl.toString());
        assertEquals(0, vi.exit(), vi.errText());
        assertTrue(Files.isDirectory(tpl));
        assertTrue(vi.outText().contains("tệp mẫu vào " + tpl + ". Sửa các tệp này; plandoc chỉ tự dùng thư mục "
                + "templates/ (ở thư mục đang chạy), nên để dùng các tệp trong " + tpl + ": chạy check, build, serve với "
                + "--templates " + tpl + ", hoặc đổi tên thư mục " + tpl + " thành templates."), vi.outText());
        assertTrue(!vi.outText().contains("plandoc dùng tệp trong templates/"), vi.outText());

        Cli.Result en = Cli.run("--lang", "en", "templates", "export", dir.resolve("tpl2").toString());
        assertTrue(en.outText().contains("to use the files in " + dir.resolve("tpl2") + ": run check, build, serve with "
                + "--templates " + dir.resolve("tpl2")), en.outText());
    }
}
