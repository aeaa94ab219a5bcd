package plandoc.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the temporary files an earlier plandoc left in a site ({@code .<name>.<pid>.tmp}: of
 * {@code AtomicFileWriter}, {@code sign}, earlier versions) — every one {@code Files.walk(site, 3)} finds:
 * the site, its folders and their folders are listed, and each name is looked at.
 *
 * <p>With fewer system calls (issue 17: the walk was ~25 ms of every build's main thread for a
 * 200-plan site, a stat per file to learn which are folders). A folder is descended into only from a
 * listed entry that is a folder, and an entry is stat'ed for that only when its folder may hold folders:
 * a folder whose link count is 2 holds none (its own name and "." are its two links; each folder in
 * it adds its ".."). That holds on the file systems listed in {@link #COUNTING} — the same leaf
 * optimisation GNU find makes on them — and only for folders on the site's own device, so a mount of
 * another file system inside the site is always stat'ed entry by entry. Anywhere else, every entry is.
 */
final class TemporaryFiles {
    /** The temporary files of {@code AtomicFileWriter}, {@code .<name>.<pid>.<n>.tmp}, and of earlier versions: {@code .<name>.<pid>.tmp}. */
    static final Pattern TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.tmp");
    /** How deep the site is searched: the site, its plan folders and assets/fonts (as {@code Files.walk(site, 3)}). */
    static final int DEPTH = 3;
    /** File systems whose folders' link count is 2 plus the number of folders in them (or 1 when they stopped counting). */
    static final Set<String> COUNTING = Set.of("ext2", "ext3", "ext4", "xfs", "tmpfs");

    private final Path site;
    /** The site's device when its link counts can be trusted; null when not. */
    private final Object countingDevice;

    private TemporaryFiles(Path site, Object countingDevice) {
        this.site = site;
        this.countingDevice = countingDevice;
    }

    /** The temporary files in {@code site}, which is a folder. */
    static List<Path> in(Path site) throws IOException {
        TemporaryFiles search = new TemporaryFiles(site, countingDevice(site));
        List<Path> found = new ArrayList<>();
        search.list(site, 0, found);
        return found;
    }

    /** Whether a name is a temporary file's, cheaply first: most names do not start with a dot. */
    static boolean temporaryName(String name) {
        return name.startsWith(".") && name.endsWith(".tmp") && TEMPORARY.matcher(name).matches();
    }

    /** Lists {@code folder} (at {@code depth} below the site), and the folders in it while they are not too deep. */
    private void list(Path folder, int depth, List<Path> found) throws IOException {
        boolean deeper = depth + 1 < DEPTH && mayHoldFolders(folder);
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (temporaryName(entry.getFileName().toString()) && Files.isRegularFile(entry)) {
                    found.add(entry);
                } else if (deeper && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(entry);
                }
            }
        }
        for (Path inner : folders) {
            list(inner, depth + 1, found);
        }
    }

    /** False only when the folder's link count says it holds no folder, on the site's own counting file system. */
    private boolean mayHoldFolders(Path folder) throws IOException {
        if (countingDevice == null || folder.equals(site)) {
            return true;
        }
        Map<String, Object> unix = Files.readAttributes(folder, "unix:nlink,dev", LinkOption.NOFOLLOW_LINKS);
        return !countingDevice.equals(unix.get("dev")) || !Integer.valueOf(2).equals(unix.get("nlink"));
    }

    /** The site's device when it is on a file system that counts folders in link counts; null otherwise. */
    private static Object countingDevice(Path site) {
        try {
            if (!COUNTING.contains(Files.getFileStore(site).type())) {
                return null;
            }
            return Files.readAttributes(site, "unix:dev", LinkOption.NOFOLLOW_LINKS).get("dev");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null; // not a Unix file system: every entry is stat'ed
        }
    }
}
