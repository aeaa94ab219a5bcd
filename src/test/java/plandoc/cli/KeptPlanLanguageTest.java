package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s24 review L1: a plan kept back for errors keeps its published page, chrome included, so after a {@code --lang en}
 * build it is still in Vietnamese among English pages. The kept-plan note says so, and until when.
 */
class KeptPlanLanguageTest {
    @TempDir
    Path dir;

    @Test
    void theKeptPlansNoteSaysItsPageKeepsTheLanguageOfItsPublishedBuild() throws IOException {
        Path content = ProvincePortalTest.copyFixture(dir.resolve("content"));
        Path site = dir.resolve("site");
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", site.toString()).exit());
        Path plan = content.resolve("qn-stttt-2026/plan.yaml");
        Files.writeString(plan, Files.readString(plan).replaceFirst("lead: Sở Thông tin và Truyền thông",
                "lead: Sở Thông tin và Truyền thôngg"));

        Cli.Result english = Cli.run("--lang", "en", "build", "--content", content.toString(), "--out", site.toString());
        assertEquals(1, english.exit(), english.errText());
        // The page is the published one, in Vietnamese: what the note has to tell.
        assertTrue(Files.readString(site.resolve("qn-stttt-2026/index.html")).contains("Tải về"));
        assertTrue(english.err().stream().anyMatch(l -> l.startsWith("note: plan qn-stttt-2026 has errors")
                && l.contains("its page in the language and templates of that build until the errors are fixed")),
                english.errText());
    }
}
