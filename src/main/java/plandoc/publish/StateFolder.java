package plandoc.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where plandoc keeps its bookkeeping for an output folder: beside it, in {@code .plandoc/<name>/} of the output
 * folder's parent ({@code site/} → {@code .plandoc/site/}, {@code site-draft/} → {@code .plandoc/site-draft/},
 * {@code --out /srv/x} → {@code /srv/.plandoc/x/}), so that the output folder holds exactly what is published and
 * is copied to the portal as it is. Beside and not elsewhere (a user folder, the system's temporary folder): the
 * transaction stages there and renames into the output folder, which is atomic only on the same file system; and
 * one hidden {@code .plandoc/} in the project holds the bookkeeping of all its output folders (one line in
 * {@code .gitignore}).
 *
 * <p>Bookkeeping is named by paths under {@value #PREFIX} (e.g. {@code .plandoc/records/<slug>.json}); a
 * transaction's target under it is in the state folder, any other in the output folder. No published file's name
 * starts with a dot, so the two never meet.
 */
public final class StateFolder {
    /** The first part of every bookkeeping name, and the name of the folder beside the output that holds them. */
    public static final String NAME = ".plandoc";
    public static final String PREFIX = NAME + "/";

    /**
     * The bookkeeping earlier versions (up to s17) kept inside the output folder, with where each goes now; an empty
     * new name is dropped (the check record, whose site listing no longer holds, and the old lock).
     */
    static final List<Moved> OLD_LAYOUT = List.of(
            new Moved(".plandoc/published", ".plandoc/published"),
            new Moved(".plandoc/records", ".plandoc/records"),
            new Moved(".plandoc/shard.json", ".plandoc/shard.json"),
            new Moved(".plandoc-cache.json", ".plandoc/cache.json"),
            new Moved(".plandoc-history.json", ".plandoc/history.json"),
            new Moved(".plandoc-fonts", ".plandoc/fonts"),
            new Moved(".plandoc-check.json", ""),
            new Moved(".plandoc.lock", ""));
    /** What is left of the old layout once the names above are moved: removed from the output folder with them. */
    static final List<String> OLD_NAMES = List.of(".plandoc", ".plandoc-cache.json", ".plandoc-history.json",
            ".plandoc-fonts", ".plandoc-check.json", ".plandoc.lock");

    /** An old name in the output folder and its name in the state folder ("" when dropped). */
    record Moved(String old, String now) {
    }

    private StateFolder() {
    }

    /**
     * The state folder of the output folder {@code out} (which need not exist yet). Beside the real folder when
     * {@code out} is a link to one: the same disk as the folder the transaction renames into.
     */
    public static Path of(Path out) {
        Path absolute = out.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            try {
                absolute = absolute.toRealPath();
            } catch (IOException e) {
                // a dangling link: the build will say that the folder cannot be used
            }
        }
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) { // the root of a file system
            return absolute.resolve(NAME);
        }
        return parent.resolve(NAME).resolve(absolute.getFileName().toString());
    }

    /** The state folder as a person reads it in a message: beside {@code out} as given ({@code site} → {@code .plandoc/site}). */
    public static Path shown(Path out) {
        Path normal = out.normalize();
        Path name = normal.getFileName();
        if (name == null || name.toString().isEmpty() || name.toString().equals("..")) {
            return of(out);
        }
        Path parent = normal.getParent();
        return parent == null ? Path.of(NAME, name.toString()) : parent.resolve(NAME).resolve(name.toString());
    }

    /** Where {@code name} ('/'-separated) is: in the state folder when under {@value #PREFIX}, else in {@code out}. */
    public static Path resolve(Path out, String name) {
        return isState(name) ? of(out).resolve(name.substring(PREFIX.length())) : out.resolve(name);
    }

    /** Whether a name is bookkeeping (under {@value #PREFIX}). */
    public static boolean isState(String name) {
        return name.startsWith(PREFIX);
    }
}
