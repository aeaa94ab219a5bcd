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
 * s29 tryout F16: a draft left out of the site is told how to publish in full once (and after its sources changed, and
 * on -v), then in one line per build; the record is the site's bookkeeping, never in the content folder.
 */
class DraftNoticeTest {
    private static final String FULL = "Không đăng du-thao: plan.yaml ghi draft: true (bản dự thảo); chạy ";
    private static final String SHORT = "Không đăng du-thao: bản dự thảo (draft: true); xem cách đăng: ";

    @TempDir
    Path dir;

    @Test
    void theInstructionIsGivenInFullOnceThenInOneLine() throws IOException {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", "du-thao", "--content", content.toString()).exit());
        List<Path> sources = files(content);

        assertEquals(List.of(FULL), draftLines(build(content)));
        assertEquals(List.of(SHORT), draftLines(build(content)));
        assertEquals(List.of(SHORT), draftLines(build(content)));
        assertEquals(List.of(FULL), draftLines(build(content, "-v")), "-v tells it again");
        assertEquals(List.of(SHORT), draftLines(build(content)));

        // The draft edited: told in full again, once.
        Path plan = content.resolve("du-thao/plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("Nguyễn Văn A", "Trần Thị B"));
        assertEquals(List.of(FULL), draftLines(build(content)));
        assertEquals(List.of(SHORT), draftLines(build(content)));
        assertEquals(sources, files(content), "nothing written into the content folder");

        // The record lost (a killed build, a copied site): told in full, never nothing.
        Files.delete(dir.resolve(".plandoc/site/drafts"));
        assertEquals(List.of(FULL), draftLines(build(content)));

        // A quiet build prints none of it, so the next tells it in full.
        Files.writeString(plan, Files.readString(plan).replace("Trần Thị B", "Lê Văn C"));
        assertEquals(List.of(), draftLines(build(content, "-q")));
        assertEquals(List.of(FULL), draftLines(build(content)));
    }

    @Test
    void englishSaysBothInEnglish() throws IOException {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", "du-thao", "--content", content.toString()).exit());
        assertTrue(build(content, "--lang", "en").outText().contains("Not published du-thao: plan.yaml says draft: true"));
        assertTrue(build(content, "--lang", "en").outText().contains("Not published du-thao: a draft (draft: true); to see how to publish it: "));
    }

    private Cli.Result build(Path content, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                dir.resolve("site").toString()));
        args.addAll(List.of(more));
        Cli.Result build = Cli.run(args.toArray(String[]::new));
        assertEquals(0, build.exit(), build.errText());
        return build;
    }

    /** The lines about the draft, each cut after its first words: the rest names the launcher. */
    private static List<String> draftLines(Cli.Result build) {
        return build.out().stream().filter(l -> l.startsWith("Không đăng du-thao"))
                .map(l -> l.startsWith(FULL) ? FULL : l.startsWith(SHORT) ? SHORT : l).toList();
    }

    private static List<Path> files(Path content) throws IOException {
        try (var walk = Files.walk(content)) {
            return walk.sorted().toList();
        }
    }
}
