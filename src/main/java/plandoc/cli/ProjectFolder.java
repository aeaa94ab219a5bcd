package plandoc.cli;

import java.nio.file.Path;
import plandoc.load.PlanLoader;

/**
 * The project a command run inside its {@code content/} folder works on ({@code cd content/ke-hoach && plandoc build
 * .}): its default {@code site/}, {@code site-draft/} and {@code templates/} are those beside that {@code content/},
 * the folders a run from the project folder uses. Relative to the working folder they would land inside the content
 * folder, where the next check reads a site's files as the plan's own.
 */
final class ProjectFolder {
    private static final String CONTENT = "content";

    private ProjectFolder() {
    }

    /**
     * {@code name} in the project whose content folder holds {@code dir} (a plan folder or the content folder
     * itself) when the working folder is inside that content folder; else {@code name} in the working folder, as
     * ever. Shown relative to the working folder ({@code ../../site}).
     */
    static Path beside(Path dir, String name) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path absolute = dir.toAbsolutePath().normalize();
        Path content = PlanLoader.isPlanFolder(absolute) ? absolute.getParent() : absolute;
        if (content == null || content.getParent() == null || content.getFileName() == null
                || !content.getFileName().toString().equals(CONTENT) || !here.startsWith(content)) {
            return Path.of(name);
        }
        return here.relativize(content.getParent().resolve(name));
    }

    /**
     * The folder to read when both DIR and {@code --content} are given: either when they are the same folder, DIR
     * when it is inside the content folder named ({@code --content ../c4 ../c4/ha-tinh-424-2022}: that plan, its
     * content folder being the one it is in, s20 tryout 14); empty when they name two different contents.
     */
    static java.util.Optional<Path> givenTwice(Path given, Path content) {
        Path dir = given.toAbsolutePath().normalize();
        Path contentDir = content.toAbsolutePath().normalize();
        return dir.startsWith(contentDir) ? java.util.Optional.of(given) : java.util.Optional.empty();
    }
}
