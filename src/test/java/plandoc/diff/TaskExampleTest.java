package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static plandoc.diff.Comparisons.between;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Messages;

/**
 * The task comparison README shows can be tried on a clean checkout: its two versions are in
 * {@code docs/examples/so-sanh-nhiem-vu/}, and comparing them prints the lines README quotes (s25 tryout L3).
 */
class TaskExampleTest {
    private static final Path EXAMPLE = Path.of("docs/examples/so-sanh-nhiem-vu");

    @Test
    void comparingTheExampleVersionsPrintsWhatReadmeShows(@TempDir Path dir) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        try (TestRepository repo = TestRepository.init(dir)) {
            repo.write("content/agencies.yaml", Files.readString(Path.of("content/agencies.yaml")));
            repo.write(SmallPlan.FILE, Files.readString(EXAMPLE.resolve("ban-dau.yaml"))).commit("Sở TTTT", "a");
            repo.write(SmallPlan.FILE, Files.readString(EXAMPLE.resolve("dieu-chinh.yaml")));
            List<String> lines = new ComparisonText(Messages.forLanguage("vi")).lines(between(repo, "HEAD", null));
            assertTrue(lines.size() > 3, lines.toString());
            // All but the first line, which names the plan's folder and the commit.
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(readme.contains("\n" + line + "\n"), "README lacks: " + line);
            }
        }
    }
}
