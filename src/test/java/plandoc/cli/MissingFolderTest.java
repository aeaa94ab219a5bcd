package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt folder on the command line ({@code --content contnet}) is a usage error (exit 2) that names the folders
 * it may mean, the nearest by edit distance as a mistyped command gets its nearest (s15).
 */
class MissingFolderTest {
    @TempDir
    Path temp;

    @Test
    void aMisspeltContentFolderIsNamedWithTheFolderItMayMean() throws IOException {
        Files.createDirectories(temp.resolve("content/ha-tinh-4086-2012"));
        Files.createDirectories(temp.resolve("templates"));
        String contnet = temp.resolve("contnet").toString();

        Cli.Result vi = Cli.run("build", "--content", contnet, "--out", temp.resolve("site").toString());
        assertEquals(List.of("lỗi: không có thư mục " + contnet,
                "Có phải ý bạn là \"" + temp.resolve("content") + "\"?"), vi.err());
        assertEquals(2, vi.exit());

        Cli.Result en = Cli.run("check", "--lang", "en", "--content", contnet);
        assertEquals(List.of("error: no such folder " + contnet, "Did you mean \"" + temp.resolve("content") + "\"?"),
                en.err());
        assertEquals(2, en.exit());
    }

    /** Each part of the path in turn: the content folder misspelt, then a plan folder given short. */
    @Test
    void eachPartOfThePathIsMatched() throws IOException {
        Files.createDirectories(temp.resolve("content/ha-tinh-4086-2012"));
        Files.createDirectories(temp.resolve("content/ha-tinh-424-2022"));

        Cli.Result one = Cli.run("check", temp.resolve("contnet/ha-tinh-4086-2012").toString());
        assertEquals("Có phải ý bạn là \"" + temp.resolve("content/ha-tinh-4086-2012") + "\"?", one.err().get(1));

        Cli.Result two = Cli.run("check", temp.resolve("content/ha-tinh").toString());
        assertEquals("Có phải ý bạn là một trong \"" + temp.resolve("content/ha-tinh-4086-2012") + "\", \""
                + temp.resolve("content/ha-tinh-424-2022") + "\"?", two.err().get(1));
        assertEquals(2, two.exit());
    }

    @Test
    void nothingNearIsSaidAlone() throws IOException {
        Files.createDirectories(temp.resolve("content"));
        Cli.Result result = Cli.run("check", temp.resolve("ke-hoach-khac").toString());
        assertEquals(List.of("lỗi: không có thư mục " + temp.resolve("ke-hoach-khac")), result.err());
        assertEquals(2, result.exit());
    }
}
