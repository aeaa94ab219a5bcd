package plandoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** File helpers the tests share. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Empties {@code dir} (deleting whatever it held) or creates it; returns it. */
    public static Path freshFolder(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /** Copies a folder tree, keeping modification times; returns {@code to}. */
    public static Path copyTree(Path from, Path to) throws IOException {
        return copyTree(from, to, file -> true);
    }

    /** As {@link #copyTree(Path, Path)}, copying only the files {@code keep} accepts. */
    public static Path copyTree(Path from, Path to, Predicate<Path> keep) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (keep.test(f)) {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
