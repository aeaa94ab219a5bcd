package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import plandoc.diagnostic.Suggestions;

/**
 * A folder named on the command line that does not exist ({@code --content contnet}): said, with the folders there
 * are that it may mean, each part of the path taken in turn ({@code contnet/ha-tinh-4086} → {@code
 * content/ha-tinh-4086-2012}), as a mistyped command gets the nearest one. Exit 2, a usage error.
 */
final class MissingFolder {
    /** Folders suggested at most, each part of the path. */
    private static final int SHOWN = DidYouMean.SHOWN;

    private MissingFolder() {
    }

    /** Prints that {@code dir} is no folder, and what it may mean; returns the usage exit code. */
    static int report(Console console, Path dir) {
        return report(console, dir, false);
    }

    /** As {@link #report(Console, Path)} for the content folder: with nothing near, how to start a first document. */
    static int reportContent(Console console, Path dir) {
        return report(console, dir, true);
    }

    private static int report(Console console, Path dir, boolean content) {
        console.err().println(console.text("cli.no-directory", dir));
        List<String> near = meant(dir);
        if (near.isEmpty() && content) {
            FirstPlan.missing(console, dir);
        }
        DidYouMean.print(console, near);
        return ExitCode.USAGE;
    }

    /**
     * What a path that names no folder may mean: the plan folder it plainly stands for ({@link PlanArgument#meant}),
     * else the folders near it by spelling, there or (a bare name) under {@code content/}.
     */
    static List<String> meant(Path dir) {
        List<String> meant = PlanArgument.meant(dir);
        if (meant.isEmpty()) {
            meant = near(dir);
        }
        if (meant.isEmpty() && !dir.isAbsolute() && dir.getNameCount() == 1 && !dir.startsWith("content")) {
            meant = near(Path.of("content").resolve(dir));
        }
        return meant;
    }

    /** The existing folders {@code dir} may mean, nearest first; none when nothing is near. */
    static List<String> near(Path dir) {
        Path given = dir.normalize();
        Path done = given.isAbsolute() ? given.getRoot() : null;
        List<String> found = List.of("");
        for (Path part : given) {
            String name = part.toString();
            List<String> next = new ArrayList<>();
            for (String base : found) {
                Path parent = base.isEmpty() ? (done == null ? Path.of(".") : done) : Path.of(base);
                if (Files.isDirectory(parent.resolve(name))) {
                    next.add(join(base, name, done));
                    continue;
                }
                for (String candidate : candidates(name, folders(parent))) {
                    next.add(join(base, candidate, done));
                }
            }
            if (next.isEmpty()) {
                return List.of();
            }
            found = next.stream().limit(SHOWN).toList();
        }
        return found.stream().filter(f -> !Path.of(f).normalize().equals(given)).toList();
    }

    /** The folders named near {@code name}: within the edits a misspelling makes, or beginning like it. */
    private static List<String> candidates(String name, List<String> folders) {
        List<String> near = new ArrayList<>(Suggestions.near(name, folders));
        folders.stream().filter(f -> f.toLowerCase().startsWith(name.toLowerCase()) && !near.contains(f))
                .sorted().forEach(near::add);
        return near.stream().limit(SHOWN).toList();
    }

    private static String join(String base, String name, Path root) {
        if (base.isEmpty()) {
            return root == null ? name : root.resolve(name).toString();
        }
        return Path.of(base).resolve(name).toString();
    }

    private static List<String> folders(Path parent) {
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
