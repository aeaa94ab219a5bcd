package plandoc.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts file operations; the {@code failAt}-th fails as a full disk would (tests of a failing build). */
public final class CountingFiles extends SiteFiles {
    public final AtomicInteger count = new AtomicInteger();
    /** The number of the operation that writes the journal, once seen. */
    public final AtomicInteger journalAt = new AtomicInteger();
    private final int failAt;

    public CountingFiles(int failAt) {
        this.failAt = failAt;
    }

    private void step() throws IOException {
        if (count.incrementAndGet() == failAt) {
            throw new IOException("No space left on device");
        }
    }

    @Override
    public void write(Path target, byte[] bytes) throws IOException {
        step();
        if (target.getFileName().toString().startsWith("journal.json")) {
            journalAt.compareAndSet(0, count.get());
        }
        super.write(target, bytes);
    }

    @Override
    public void copy(Path source, Path target) throws IOException {
        step();
        super.copy(source, target);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        step();
        super.move(from, to);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        step();
        super.rename(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        step();
        super.delete(path);
    }
}
