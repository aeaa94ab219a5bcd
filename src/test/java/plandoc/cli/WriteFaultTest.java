package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.publish.StateFolder;

/** A site that cannot be written is the user's environment: a located message and exit 1, never exit 3. */
class WriteFaultTest {
    @TempDir
    Path temp;

    @Test
    void anOutputPathThatIsAFileIsAUserMessageInEitherLanguage() throws IOException {
        Path content = temp.resolve("content/warnings");
        Files.createDirectories(content);
        Files.copy(ErrorCasesTest.ERRORS.resolve("warnings/plan.yaml"), content.resolve("plan.yaml"));
        Path file = Files.writeString(temp.resolve("site"), "not a folder");

        Cli.Result vi = Cli.run("build", "--content", temp.resolve("content").toString(), "--out", file.toString());
        assertEquals(1, vi.exit(), vi.errText());
        assertTrue(vi.errText().contains("không dùng được thư mục trang " + file), vi.errText());
        assertFalse(vi.errText().contains("lỗi nội bộ"), vi.errText());

        Cli.Result en = Cli.run("--lang", "en", "build", "--content", temp.resolve("content").toString(), "--out",
                file.toString());
        assertEquals(1, en.exit(), en.errText());
        assertTrue(en.errText().contains("cannot use the site folder " + file), en.errText());
        assertEquals("not a folder", Files.readString(file), "nothing lost");
    }

    @Test
    void aBookkeepingFolderThatIsAFileIsReportedAndTheSiteKeepsItsVersion() throws IOException {
        Path content = temp.resolve("content/warnings");
        Files.createDirectories(content);
        Files.copy(ErrorCasesTest.ERRORS.resolve("warnings/plan.yaml"), content.resolve("plan.yaml"));
        Path site = temp.resolve("site");
        // plandoc's own state folder beside the site is a file: neither the lock nor the staging can be made there.
        Files.createDirectories(site);
        Files.createDirectories(StateFolder.of(site).getParent());
        Files.writeString(StateFolder.of(site), "in the way");

        Cli.Result result = Cli.run("build", "--content", temp.resolve("content").toString(), "--out", site.toString());
        assertEquals(1, result.exit(), result.errText());
        assertTrue(result.errText().contains("không dùng được thư mục trang " + site + " (" + StateFolder.of(site)),
                result.errText());
        assertFalse(Files.exists(site.resolve("index.html")), "nothing half-published");
    }
}
