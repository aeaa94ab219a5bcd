package plandoc.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import plandoc.build.SiteLock;
import plandoc.publish.SiteFiles;

/**
 * The folder a preview server publishes into: never the published site, which an administrator may upload at any
 * moment and must hold no draft and no unchecked edit. One per server, in {@code .plandoc-preview/} beside the site
 * (the same disk, so the site's files can be shared by hard link), locked while the server runs — two servers at
 * once each have their own — and deleted when it stops. One left by a killed server (its lock died with it) is
 * deleted by the next server. The folder holds a {@code .gitignore} of {@code *}, so git never offers it to commit.
 */
final class PreviewFolder implements AutoCloseable {
    static final String NAME = ".plandoc-preview";

    private final Path path;
    private final SiteLock lock;

    private PreviewFolder(Path path, SiteLock lock) {
        this.path = path;
        this.lock = lock;
    }

    /**
     * A new preview folder for a server previewing over {@code site}. Beside it when that can be written and is
     * not inside a watched folder (the server would see its own writes as edits); else in the system's temporary
     * folder.
     */
    static PreviewFolder create(Path site, List<Path> watched) throws IOException {
        Path parent = site.toAbsolutePath().normalize().resolveSibling(NAME);
        if (watched.stream().noneMatch(w -> parent.startsWith(w.toAbsolutePath().normalize()))) {
            try {
                Files.createDirectories(parent);
                Files.writeString(parent.resolve(".gitignore"), "*\n", StandardCharsets.UTF_8);
                removeStale(parent);
                return lockNew(parent);
            } catch (IOException e) {
                // A site folder whose parent cannot be written (a portal's web root): the temporary folder will do.
            }
        }
        return lockNew(Files.createTempDirectory(NAME));
    }

    /** A new folder under {@code parent}, locked; another server sweeping at the same instant may take one first. */
    private static PreviewFolder lockNew(Path parent) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path folder = Files.createTempDirectory(parent, "serve-");
            Optional<SiteLock> lock = SiteLock.tryAcquire(folder);
            if (lock.isPresent()) {
                return new PreviewFolder(folder, lock.get());
            }
            if (attempt == 2) {
                throw new IOException("cannot lock a preview folder in " + parent);
            }
        }
    }

    /**
     * Deletes the folders of servers that are not running any more: their lock can be taken. A folder without a lock
     * file yet is a server starting, left alone.
     */
    private static void removeStale(Path parent) throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(parent)) {
            folders = children.filter(f -> Files.isRegularFile(f.resolve(SiteLock.FILE))).toList();
        }
        for (Path folder : folders) {
            try {
                Optional<SiteLock> lock = SiteLock.tryAcquire(folder);
                if (lock.isPresent()) {
                    lock.get().close();
                    delete(folder);
                }
            } catch (IOException e) {
                // Not ours to delete (another user's, a file open on Windows): left for the next server.
            }
        }
    }

    Path path() {
        return path;
    }

    /**
     * Fills the preview with the published site as it is, read under the site's lock (so never half a build), so
     * that the preview renders only what the sources changed since. The site's published files are shared by hard
     * link: a site is only ever changed by renaming new files and folders into place and deleting old ones, never by
     * writing into a file, so neither copy can change the other. Bookkeeping ({@code .plandoc/}, the cache) is
     * copied, and the site's lock file left out. Where the disk has no hard links, files are copied.
     *
     * @param waiting told once when a build holds the site and the preview waits for it
     */
    void seed(Path site, Runnable waiting) throws IOException, InterruptedException {
        if (!Files.isDirectory(site)) {
            return; // nothing built yet: the preview renders every plan
        }
        Path from = site.toRealPath();
        Optional<SiteLock> siteLock = SiteLock.awaitExisting(from, waiting);
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                private boolean links = true;

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(path.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path relative = from.relativize(file);
                    if (relative.toString().equals(SiteLock.FILE) || !attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    Path target = path.resolve(relative.toString());
                    if (links && published(relative)) {
                        try {
                            Files.createLink(target, file);
                            return FileVisitResult.CONTINUE;
                        } catch (UnsupportedOperationException | FileSystemException e) {
                            links = false; // FAT, another disk, a share without links: copies from here on
                        }
                    }
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        } finally {
            if (siteLock.isPresent()) {
                siteLock.get().close();
            }
        }
    }

    /** A published file: outside the site's bookkeeping (".plandoc/", ".plandoc-cache.json", …). */
    private static boolean published(Path relative) {
        return !relative.getName(0).toString().startsWith("."); // SitePublisher.STATE is ".plandoc"
    }

    /** Empties the folder (all but its lock), after a seed that failed half-way: the preview then renders everything. */
    void clear() throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(path)) {
            children = list.filter(p -> !p.getFileName().toString().equals(SiteLock.FILE)).toList();
        }
        for (Path child : children) {
            delete(child);
        }
    }

    /** Releases the folder and deletes it (and {@code .plandoc-preview/} when no other server uses it). */
    @Override
    public void close() throws IOException {
        try {
            lock.close();
        } finally {
            delete(path);
            Path parent = path.getParent();
            if (parent.getFileName().toString().startsWith(NAME)) { // beside the site, or the temporary one
                try (Stream<Path> left = Files.list(parent)) {
                    if (left.allMatch(p -> p.getFileName().toString().equals(".gitignore"))) {
                        Files.deleteIfExists(parent.resolve(".gitignore"));
                        Files.deleteIfExists(parent);
                    }
                } catch (IOException e) {
                    // another server started meanwhile, or the folder is gone: left as it is
                }
            }
        }
    }

    /** Deletes a folder and everything in it; a link deleted leaves the file it shares with the site. */
    private static void delete(Path folder) throws IOException {
        new SiteFiles().delete(folder);
    }
}
