package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class BuildVersionTest {
    /** The Maven build wrote the checkout's HEAD into the classes this test runs against. */
    @Test
    void theBuildRecordsTheCheckoutsHead() throws IOException, InterruptedException {
        Path project = Path.of("").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(project.resolve(".git")), "a checkout, not a source tarball");
        Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").directory(project.toFile()).start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(git.waitFor() == 0, "git is installed");
        String version = Main.version(false);
        assertTrue(version.startsWith("plandoc 0.1.0 (commit " + head), version);
    }
}
