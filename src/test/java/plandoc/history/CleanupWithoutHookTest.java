package plandoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.internal.util.CleanupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a repository leaves JGit with the cleanup service it uses under OSGi, which keeps its exit
 * cleanup instead of registering a shutdown hook (and loading all its messages to do so). Reads JGit's
 * private field on purpose: when an upgrade changes {@code CleanupService}, this fails and tells that the
 * hook, and its cost, are back.
 */
class CleanupWithoutHookTest {
    @Test
    void jgitKeepsItsCleanupWithoutAShutdownHook(@TempDir Path dir) throws Exception {
        Git.init().setDirectory(dir.toFile()).call().close();
        try (GitRepository repository = GitRepository.containing(dir).orElseThrow()) {
            Field osgi = CleanupService.class.getDeclaredField("isOsgi");
            osgi.setAccessible(true);
            assertEquals(true, osgi.get(CleanupService.getInstance()));
        }
    }
}
