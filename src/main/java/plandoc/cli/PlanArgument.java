package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import plandoc.load.PlanLoader;

/**
 * What the user typed where a plan is expected ({@code check}, {@code build}, {@code diff}, {@code import --into}),
 * read the same way by each: a plan's {@code plan.yaml} stands for its folder (what an editor's "copy path" gives,
 * s26 tryout M-1), and a path that names no folder is answered with the plan folders it may mean, written as the
 * user should type them: the folder a file or a misspelt file belongs to ({@code content/x/plan.yml}), the plan a
 * bare name names under {@code content/} ({@code ha-tinh-4086-2012}), the path with Windows' backslashes as
 * slashes ({@code content\x} in a Linux shell, which keeps them as letters).
 */
final class PlanArgument {
    private static final Path CONTENT = Path.of("content");

    private PlanArgument() {
    }

    /**
     * {@code check DIR}, {@code build DIR}: the content folder or one plan's (its plan.yaml for the folder); empty
     * when {@code given} names neither, said with what to type instead (a usage error, exit 2).
     */
    static Optional<Path> contentOrPlan(Console console, Path given) {
        Path dir = FirstPlan.named(folder(given));
        if (Files.isRegularFile(dir)) {
            console.err().println(console.text("cli.not-a-directory", dir));
            DidYouMean.print(console, meant(dir));
            return Optional.empty();
        }
        if (!Files.isDirectory(dir)) {
            MissingFolder.reportContent(console, dir);
            return Optional.empty();
        }
        return Optional.of(projectContent(dir).orElse(dir));
    }

    /**
     * The content folder of the project folder {@code dir} ({@code check .} beside content/ and templates/): its
     * {@code content/}, when {@code dir} holds that folder and no plan of its own. Read as the content folder, the
     * project's folders were each "a plan folder without plan.yaml", and the advice was to rename content/ to
     * _content, which hides every plan (s27 re-read L6).
     */
    static Optional<Path> projectContent(Path dir) {
        Path content = dir.resolve(CONTENT).normalize();
        if (PlanLoader.isPlanFolder(dir) || !Files.isDirectory(content) || PlanLoader.isPlanFolder(content)
                || !plansDirectlyIn(dir).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(content.toString().isEmpty() ? CONTENT : content);
    }

    /** {@code content/x/plan.yaml} → {@code content/x}; anything else as typed. */
    static Path folder(Path given) {
        Path name = given.getFileName();
        if (name != null && name.toString().equals(PlanLoader.PLAN_FILE) && !Files.isDirectory(given)) {
            return given.getParent() != null ? given.getParent() : Path.of(".");
        }
        return given;
    }

    /**
     * The existing plan folders (or, for a bare name, content folders) {@code given} may mean when it names no
     * folder itself, most likely first; empty when none is plainly meant.
     */
    static List<String> meant(Path given) {
        Set<String> meant = new LinkedHashSet<>();
        String typed = given.toString();
        if (typed.indexOf('\\') >= 0) {
            slashed(typed).filter(Files::isDirectory).ifPresent(p -> meant.add(p.toString()));
        }
        enclosingPlan(given).ifPresent(p -> meant.add(p.toString()));
        if (!given.isAbsolute() && given.getNameCount() == 1 && !given.startsWith(CONTENT)
                && Files.isDirectory(CONTENT.resolve(given))) {
            meant.add(CONTENT.resolve(given).toString());
        }
        return new ArrayList<>(meant);
    }

    /**
     * The plan folders in {@code dir} when it is a content folder rather than a plan's ({@code diff content}): the
     * ones to type instead. Empty for any other folder.
     */
    static List<String> plansIn(Path dir) {
        if (!Files.isDirectory(dir) || PlanLoader.isPlanFolder(dir)) {
            return List.of();
        }
        List<String> plans = plansDirectlyIn(dir);
        // The project's folder (diff .): the plans of its content folder.
        return plans.isEmpty() ? plansDirectlyIn(dir.resolve(CONTENT)) : plans;
    }

    private static List<String> plansDirectlyIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try {
            return new PlanLoader(Path.of("")).planFolders(dir).stream().filter(PlanLoader::isPlanFolder)
                    .map(p -> p.normalize().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The nearest plan folder above {@code given} (a file in it, a misspelt file or sub-folder): none at the top. */
    private static Optional<Path> enclosingPlan(Path given) {
        if (Files.isDirectory(given) && PlanLoader.isPlanFolder(given)) {
            return Optional.empty();
        }
        for (Path p = given.getParent(); p != null; p = p.getParent()) {
            if (PlanLoader.isPlanFolder(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> slashed(String typed) {
        try {
            return Optional.of(Path.of(typed.replace('\\', '/')));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
