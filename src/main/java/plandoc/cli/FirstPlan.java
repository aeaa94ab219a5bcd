package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import plandoc.load.PlanLoader;

/**
 * A content folder with no document yet (a new working folder, an empty {@code content/}): the error says so, and
 * the next line gives the {@code new} command that starts one, as the user would type it here.
 */
final class FirstPlan {
    /** The folder name the hint's {@code new} command shows. */
    static final String EXAMPLE = "ke-hoach-moi";
    private static final Path DEFAULT = Path.of("content");

    private FirstPlan() {
    }

    /**
     * The folder as given, or the working folder by its full path when given as "." ("check ." inside a plan folder):
     * a plan is named by its folder's name, and "." has none.
     */
    static Path named(Path dir) {
        return dir.normalize().toString().isEmpty() ? dir.toAbsolutePath().normalize() : dir;
    }

    /**
     * {@code content} missing where the command was run: said after the folder's error, if nothing near it, unless
     * the command was run inside a plan folder (the content folder is above it).
     */
    static void missing(Console console, Path content) {
        if (content.normalize().equals(DEFAULT) && !PlanLoader.isPlanFolder(Path.of(""))) {
            console.err().println(console.text("cli.start-with-new-here", command(console, content)));
        }
    }

    /** A folder that holds no plan: the error, and how to start one unless it is an empty plan folder itself. */
    static int noPlans(Console console, Path dir) {
        console.err().println(console.text("cli.no-plans", dir));
        if (!besidePlans(dir)) {
            console.err().println(console.text("cli.start-with-new", command(console, dir)));
        }
        return ExitCode.CONTENT;
    }

    /** With {@code --province "Tên tỉnh"} where {@code new} would ask for it: a folder with no plan says no province. */
    static String command(Console console, Path content) {
        boolean needed;
        try {
            needed = IssuingProvince.of(content).needed(java.time.LocalDate.now(plandoc.model.VietnamTime.ZONE));
        } catch (IOException e) {
            needed = true;
        }
        return Launcher.command() + " new " + EXAMPLE
                + (content.normalize().equals(DEFAULT) ? "" : " --content " + Launcher.quoted(content.toString()))
                + (needed ? " --province \"" + console.text("new.province-placeholder") + "\"" : "");
    }

    /** Whether {@code dir} sits among plan folders: it is then one that is still empty, not a content folder. */
    private static boolean besidePlans(Path dir) {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return false;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.anyMatch(PlanLoader::isPlanFolder);
        } catch (IOException e) {
            return false;
        }
    }
}
