package plandoc.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Keeps two writers of one site from interleaving their files: a build, or a preview server for as
 * long as it runs, holds an OS lock on {@code <out>/.plandoc.lock}. The lock dies with the process,
 * so a crashed build never leaves the site locked.
 */
public final class SiteLock implements AutoCloseable {
    public static final String FILE = ".plandoc.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another build or server holds it. */
    public static Optional<SiteLock> tryAcquire(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        FileChannel channel = FileChannel.open(outDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new SiteLock(channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // held by this very process (another command run in-process, e.g. a test)
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
