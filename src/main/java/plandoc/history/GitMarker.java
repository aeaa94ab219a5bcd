package plandoc.history;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder can lie in a git working tree at all: a {@code .git} folder or file in it or in a
 * folder above. Answered with plain file checks, so a build outside any repository never loads JGit
 * (issue 17: its classes are a good part of a cold start). A "yes" is only a hint; JGit decides.
 */
final class GitMarker {
    private GitMarker() {
    }

    static boolean above(Path dir) {
        if (System.getenv("GIT_DIR") != null) {
            return true; // git itself would look there; let JGit decide
        }
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
