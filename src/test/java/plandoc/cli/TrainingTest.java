package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The wrapper keeps a class-data archive only from a training run that exited 0: the run must build
 * the starter plans with the project's templates, or the archive would never be made.
 */
class TrainingTest {
    @Test
    void theTrainingRunBuildsTheStarterPlans() throws IOException {
        assertEquals(ExitCode.OK, Training.run(Path.of("templates")));
    }
}
