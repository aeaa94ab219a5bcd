package plandoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;
import plandoc.publish.StateFolder;

/** File helpers the tests share. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Empties {@code dir} (deleting whatever it held, and its bookkeeping beside it) or creates it; returns it. */
    public static Path freshFolder(Path dir) throws IOException {
        for (Path folder : java.util.List.of(dir, StateFolder.of(dir))) {
            if (Files.exists(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * Copies a folder tree, keeping modification times, and its bookkeeping beside it when it is an output folder
     * ({@link StateFolder}); returns {@code to}.
     */
    public static Path copyTree(Path from, Path to) throws IOException {
        return copyTree(from, to, file -> true);
    }

    /** As {@link #copyTree(Path, Path)}, copying only the files {@code keep} accepts. */
    public static Path copyTree(Path from, Path to, Predicate<Path> keep) throws IOException {
        if (Files.isDirectory(StateFolder.of(from))) {
            copyFolder(StateFolder.of(from), StateFolder.of(to), keep);
        }
        return copyFolder(from, to, keep);
    }

    private static Path copyFolder(Path from, Path to, Predicate<Path> keep) throws IOException {
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

    /**
     * Every file of an output folder and of its bookkeeping beside it, by name: relative to the folder, those of the
     * bookkeeping under {@code .plandoc/} (as plandoc names them).
     */
    public static java.util.Map<String, Path> withBookkeeping(Path out) throws IOException {
        java.util.Map<String, Path> files = new java.util.TreeMap<>();
        walkWithBookkeeping(out, (name, p) -> {
            if (Files.isRegularFile(p)) {
                files.put(name, p);
            }
        });
        return files;
    }

    /**
     * Temporary files left in an output folder or its bookkeeping, and the staging of a transaction: names relative
     * to the folder, those of the bookkeeping under {@code .plandoc/}.
     */
    public static java.util.List<String> leftovers(Path out) throws IOException {
        java.util.List<String> found = new java.util.ArrayList<>();
        walkWithBookkeeping(out, (name, p) -> {
            if (name.endsWith(".tmp") || name.startsWith(".plandoc/txn")) {
                found.add(name);
            }
        });
        return found;
    }

    /** Every path under an output folder and its bookkeeping, named as plandoc names them ({@code .plandoc/…}). */
    private static void walkWithBookkeeping(Path out, java.util.function.BiConsumer<String, Path> each) throws IOException {
        Path state = StateFolder.of(out);
        for (Path root : java.util.List.of(out, state)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            String prefix = root == state ? StateFolder.PREFIX : "";
            try (Stream<Path> walk = Files.walk(root)) {
                walk.forEach(p -> each.accept(prefix + root.relativize(p).toString().replace('\\', '/'), p));
            }
        }
    }

    /** Each file under {@code site} by path, with a SHA-256 of its bytes: a site compared before and after a build. */
    public static java.util.Map<String, String> digests(Path site) throws Exception {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                files.put(site.relativize(file).toString(), java.util.HexFormat.of().formatHex(digest));
            }
        }
        return files;
    }
}
