package plandoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import plandoc.build.SiteLock;

/**
 * Takes the site's lock for {@code build} and {@code build --merge}, saying why when it cannot: the
 * output folder is unusable, or another build or preview server holds it. Either is exit 1.
 */
final class SiteLocking {
    private SiteLocking() {
    }

    /** The lock, or empty after the reason was printed (the caller returns {@link ExitCode#CONTENT}). */
    static Optional<SiteLock> acquire(Path out, Console console) {
        Optional<SiteLock> lock;
        try {
            lock = SiteLock.tryAcquire(out);
        } catch (IOException e) {
            console.err().println(console.text("severity.error") + ": " + console.text("cli.out-unusable", out, e.getMessage()));
            return Optional.empty();
        }
        if (lock.isEmpty()) {
            console.err().println(console.text("cli.locked", out));
        }
        return lock;
    }
}
