package plandoc.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReleaseTest {
    @Test
    void saysTheCommitAndWhetherTheTreeWasModified() {
        assertEquals("plandoc 0.1.0 (commit 16c5f829a1cb)", Release.build("16c5f829a1cb", false));
        assertEquals("plandoc 0.1.0 (commit 16c5f829a1cb + uncommitted changes)", Release.build("16c5f829a1cb", true));
    }

    /** A source tarball has no .git: the build writes an empty commit (or git's error, never a name). */
    @Test
    void withoutACommitSaysUnknown() {
        assertEquals("plandoc 0.1.0 (unknown commit)", Release.build("", false));
        assertEquals("plandoc 0.1.0 (unknown commit)", Release.build("${plandoc.commit}", true));
    }

    /** The Maven build wrote the checkout's HEAD into the classes this test runs against. */
    @Test
    void theBuildRecordsTheCheckoutsHead() throws IOException, InterruptedException {
        Path project = Path.of("").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(project.resolve(".git")), "a checkout, not a source tarball");
        Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").directory(project.toFile()).start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Assumptions.assumeTrue(git.waitFor() == 0, "git is installed");
        String built = Release.build();
        assertEquals(true, built.startsWith("plandoc 0.1.0 (commit " + head), built);
    }
}
