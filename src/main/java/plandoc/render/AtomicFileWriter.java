package plandoc.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a file so that readers see either the old file or the complete new one: the bytes go to a
 * temporary file in the same directory, are forced to disk, and the temporary file is then moved
 * over the target atomically. A failure at any point removes the temporary file and leaves the
 * previous version untouched — the published site is never half-written. A file replaced keeps its POSIX
 * permissions: the temporary file has the umask's, which would otherwise replace the mode the officer gave the file
 * (s36 review L3: a PDF signed under umask 077 came back unreadable to the web server).
 */
public class AtomicFileWriter {

    /** Produces a file's content into the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public void copy(Path source, Path target) throws IOException {
        write(target, out -> Files.copy(source, out));
    }

    /**
     * Numbers the temporary files of this process: two builds in one JVM (a preview server, tests) may write the same
     * target at once, and a name made of the process id alone was then one file for both.
     */
    private static final java.util.concurrent.atomic.AtomicLong WRITES = new java.util.concurrent.atomic.AtomicLong();

    public void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Not Files.createTempFile: its 0600 permissions would follow the file onto the web server.
        Path temp = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + WRITES.incrementAndGet() + ".tmp");
        Optional<Set<PosixFilePermission>> mode = permissions(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (mode.isPresent()) {
                Files.setPosixFilePermissions(temp, mode.get());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** The POSIX permissions of {@code target} when it is a file there, on a file system that has them. */
    private static Optional<Set<PosixFilePermission>> permissions(Path target)
            throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.isRegularFile(target)) {
            return Optional.empty();
        }
        try {
            return Optional.of(view.readAttributes().permissions());
        } catch (NoSuchFileException gone) {
            return Optional.empty(); // removed meanwhile: written as a new file
        }
    }
}
