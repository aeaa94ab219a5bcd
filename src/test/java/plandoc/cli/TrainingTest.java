package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper keeps a class-data archive only from a training run that exited 0: the run must build
 * the starter plans with the project's templates, or the archive would never be made; the project's
 * own plans it copies as samples may be broken without failing it.
 */
class TrainingTest {
    @Test
    void theTrainingRunBuildsTheStarterPlansAndABrokenSampleDoesNotFailIt(@TempDir Path content)
            throws IOException {
        Files.createDirectories(content.resolve("hong"));
        Files.writeString(content.resolve("hong/plan.yaml"), "title: [unclosed\n");
        assertEquals(ExitCode.OK, Training.run(Path.of("templates"), Optional.of(content)));
    }
}
