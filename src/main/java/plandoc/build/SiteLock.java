package plandoc.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import plandoc.publish.StateFolder;

/**
 * Keeps two writers of one site from interleaving their files: a build holds an OS lock on
 * {@code lock} in the output's state folder ({@code .plandoc/<out>/lock}, {@link StateFolder}) (a preview server holds its own preview folder's, and the published site's only
 * for the moment it reads it at start). The lock dies with the process,
 * so a crashed build never leaves the site locked.
 */
public final class SiteLock implements AutoCloseable {
    public static final String FILE = ".plandoc/lock";
    /** The lock of earlier versions (up to s17), inside the site. */
    static final String OLD_FILE = ".plandoc.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SiteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another build or server holds it. */
    public static Optional<SiteLock> tryAcquire(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = StateFolder.resolve(outDir, FILE);
        Files.createDirectories(file.getParent());
        ignoredByGit(StateFolder.of(outDir).getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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

    /** A {@code .gitignore} of {@code *} in the bookkeeping's {@code .plandoc/}: git never offers to commit it. */
    private static void ignoredByGit(Path folder) throws IOException {
        Path ignore = folder.resolve(".gitignore");
        if (folder.getFileName() != null && folder.getFileName().toString().equals(StateFolder.NAME)
                && !Files.exists(ignore)) {
            new plandoc.render.AtomicFileWriter().write(ignore, "*\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * The lock of a site that exists, to read it whole: waits while a build writes it ({@code waiting} is told once
     * first). Empty when the site has no lock file (never built, or by a plandoc without one) or it cannot be opened
     * (a read-only site): then the site is read as it is. Never creates anything in the site, so a reader leaves it
     * byte for byte as it was.
     */
    public static Optional<SiteLock> awaitExisting(Path outDir, Runnable waiting) throws IOException, InterruptedException {
        Path file = StateFolder.resolve(outDir, FILE);
        if (!Files.isRegularFile(file)) {
            file = outDir.resolve(OLD_FILE); // a site an earlier plandoc built, not yet taken over
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE); // no CREATE, no TRUNCATE: the file stays as it is
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.run();
                lock = channel.lock();
            }
            return Optional.of(new SiteLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close(); // held by this very process (a test running a build beside its server)
            return Optional.empty();
        } catch (java.nio.channels.FileLockInterruptionException e) {
            channel.close();
            throw new InterruptedException("stopped while waiting for the site's lock");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
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
