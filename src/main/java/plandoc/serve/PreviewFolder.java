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
import plandoc.publish.SitePublisher;
import plandoc.publish.StateFolder;

/**
 * The folder a preview server publishes into: never the published site, which an administrator may upload at any
 * moment and must hold no draft and no unchecked edit. One per server, {@code serve-<n>/} in {@code .plandoc-preview/}
 * beside the site (the same disk, so the site's files can be shared by hard link): the preview site is its
 * {@code site/}, with its bookkeeping beside it in {@code .plandoc/site/} as for any output folder, so deleting
 * {@code serve-<n>/} deletes both. Locked while the server runs — two servers at once each have their own — and
 * deleted when it stops. One left by a killed server (its lock died with it) is deleted by the next server, beside
 * the site and in the system's temporary folder alike. The folder holds a {@code .gitignore} of {@code *}, so git
 * never offers it to commit.
 */
final class PreviewFolder implements AutoCloseable {
    static final String NAME = ".plandoc-preview";
    /** The preview site inside a server's folder. */
    private static final String SITE = "site";

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
                removeStaleTemporary();
                return lockNew(parent);
            } catch (IOException e) {
                // A site folder whose parent cannot be written (a portal's web root): the temporary folder will do.
            }
        }
        removeStaleTemporary();
        return lockNew(Files.createTempDirectory(NAME));
    }

    /**
     * Deletes what killed servers left in the system's temporary folder ({@code .plandoc-preview<random>/}, made when
     * the site's parent could not be written): their server folders whose lock can be taken, then the folder when
     * nothing else is left in it. One still empty (a server between making it and locking its folder) stays.
     */
    private static void removeStaleTemporary() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> parents;
        try (Stream<Path> children = Files.list(temporary)) {
            parents = children.filter(p -> p.getFileName().toString().startsWith(NAME)
                    && Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            return; // nothing to sweep there
        }
        for (Path parent : parents) {
            try {
                if (removeStale(parent) > 0) {
                    removeIfUnused(parent);
                }
            } catch (IOException e) {
                // another user's, or in use: left as it is
            }
        }
    }

    /** A new folder under {@code parent}, locked; another server sweeping at the same instant may take one first. */
    private static PreviewFolder lockNew(Path parent) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path folder = Files.createTempDirectory(parent, "serve-").resolve(SITE);
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
     * file yet is a server starting, left alone. Answers how many were deleted.
     */
    private static int removeStale(Path parent) throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(parent)) {
            folders = children.filter(f -> Files.isRegularFile(StateFolder.resolve(f.resolve(SITE), SiteLock.FILE)))
                    .toList();
        }
        int removed = 0;
        for (Path folder : folders) {
            try {
                Optional<SiteLock> lock = SiteLock.tryAcquire(folder.resolve(SITE));
                if (lock.isPresent()) {
                    lock.get().close();
                    delete(folder);
                    removed++;
                }
            } catch (IOException e) {
                // Not ours to delete (another user's, a file open on Windows): left for the next server.
            }
        }
        return removed;
    }

    Path path() {
        return path;
    }

    /**
     * Fills the preview with the published site as it is, read under the site's lock (so never half a build), so
     * that the preview renders only what the sources changed since. The site's published files are shared by hard
     * link: a site is only ever changed by renaming new files and folders into place and deleting old ones, never by
     * writing into a file, so neither copy can change the other. The site's bookkeeping (its state folder) is
     * copied into the preview's, but its lock. Where the disk has no hard links, files are copied.
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
                    if (!attrs.isRegularFile()) {
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
            copyState(StateFolder.of(from), StateFolder.of(path));
            SitePublisher publisher = new SitePublisher(path);
            if (publisher.oldLayout()) {
                publisher.recover(); // a site an earlier version built: its bookkeeping taken over in the preview
            }
        } finally {
            if (siteLock.isPresent()) {
                siteLock.get().close();
            }
        }
    }

    /** Copies the site's bookkeeping into the preview's, but the lock (each has its own). */
    private static void copyState(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Path lock = Path.of(SiteLock.FILE.substring(StateFolder.PREFIX.length())); // its name in the state folder
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = from.relativize(file);
                if (relative.equals(lock)) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * A published file, shared by hard link: not an earlier version's bookkeeping inside the site (".plandoc/",
     * ".plandoc-cache.json", …), which is copied.
     */
    private static boolean published(Path relative) {
        return !relative.getName(0).toString().startsWith(".");
    }

    /**
     * Empties the preview site and its bookkeeping (all but its lock), after a seed that failed half-way: the preview
     * then renders everything.
     */
    void clear() throws IOException {
        Path state = StateFolder.of(path);
        Path lock = StateFolder.resolve(path, SiteLock.FILE);
        List<Path> children = new java.util.ArrayList<>();
        for (Path folder : List.of(path, state)) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> !p.equals(lock)).forEach(children::add);
            }
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
            Path server = path.getParent();
            delete(server);
            Path parent = server.getParent();
            if (parent.getFileName().toString().startsWith(NAME)) { // beside the site, or the temporary one
                removeIfUnused(parent);
            }
        }
    }

    /** Deletes a {@code .plandoc-preview} folder that holds nothing but its {@code .gitignore}. */
    private static void removeIfUnused(Path parent) {
        try (Stream<Path> left = Files.list(parent)) {
            if (left.allMatch(p -> p.getFileName().toString().equals(".gitignore"))) {
                Files.deleteIfExists(parent.resolve(".gitignore"));
                Files.deleteIfExists(parent);
            }
        } catch (IOException e) {
            // another server started meanwhile, or the folder is gone: left as it is
        }
    }

    /** Deletes a folder and everything in it; a link deleted leaves the file it shares with the site. */
    private static void delete(Path folder) throws IOException {
        new SiteFiles().delete(folder);
    }
}
