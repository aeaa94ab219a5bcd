package plandoc.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The file operations publishing is made of, each one durable before it returns (data forced to disk,
 * renames atomic) — except {@link #rename}, durable once its folder is given to {@link #syncFolders}. Tests
 * replace it to fail at any operation. {@code PLANDOC_TEST_HALT_AFTER} (a number
 * N) stops the JVM at once after the N-th operation, as a power cut would: the fault-injection test
 * uses it to kill a real build between any two operations.
 */
public class SiteFiles {
    private final AtomicLong operations = new AtomicLong();
    private final long haltAfter;

    public SiteFiles() {
        this(parse(System.getenv("PLANDOC_TEST_HALT_AFTER")));
    }

    SiteFiles(long haltAfter) {
        this.haltAfter = haltAfter;
    }

    private static long parse(String value) {
        try {
            return value == null ? Long.MAX_VALUE : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // a test hook: anything but a number means "never"
        }
    }

    /** Writes a new file (its folder created) and forces it to disk. */
    public void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            out.write(bytes);
            out.flush();
            channel.force(true);
        }
        done();
    }

    /** Copies a file, keeping its modification time, and forces it to disk. */
    public void copy(Path source, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        done();
    }

    /** Renames a file or folder atomically, replacing a file at {@code to}, and makes the rename durable. */
    public void move(Path from, Path to) throws IOException {
        renameAtomically(from, to);
        syncFolder(to.toAbsolutePath().getParent());
        done();
    }

    /**
     * Renames a file or folder atomically, replacing a file at {@code to}; durable only once its folder is
     * given to {@link #syncFolders}. For a run of moves whose order a journal already makes good after a
     * crash: one forced folder per folder instead of one per move (issue 17: a commit's ~50 moves into
     * ~8 folders, each forced folder a write to the disk's journal on the build's last stretch).
     */
    public void rename(Path from, Path to) throws IOException {
        renameAtomically(from, to);
        done();
    }

    private static void renameAtomically(Path from, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Makes every rename into these folders durable. */
    public void syncFolders(Collection<Path> folders) throws IOException {
        for (Path folder : folders) {
            syncFolder(folder);
        }
        done();
    }

    /** Deletes a file or a whole folder; nothing happens when it does not exist. */
    public void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        done();
    }

    /**
     * Makes a rename durable. Linux needs the folder itself forced; where a folder cannot be opened
     * for that (Windows), the rename is durable by the file system's own journal.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported for folders on this platform: nothing more can be done, and nothing is lost.
        }
    }

    private void done() {
        if (operations.incrementAndGet() >= haltAfter) {
            Runtime.getRuntime().halt(137);
        }
    }
}
