package plandoc.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a plan now issued was an e-office draft just before (s30 tryout F9): its plan.yaml as committed last, or as
 * the commit before that left it (the switch itself committed), said {@code draft: true}. What the issue-date check
 * asks before it warns that a draft's planned date was kept as the signing date; a plan outside git, or never a
 * draft, is not one.
 */
public final class FormerDraft {
    private static final Pattern DRAFT_LINE = Pattern.compile("(?m)^\\s+draft:\\s*true\\s*(#.*)?$");

    private FormerDraft() {
    }

    public static boolean was(Path planFile) {
        try {
            Optional<GitRepository> found = GitRepository.containing(planFile.getParent());
            if (found.isEmpty()) {
                return false;
            }
            try (GitRepository git = found.get()) {
                Optional<String> path = git.relative(planFile);
                if (path.isEmpty()) {
                    return false;
                }
                for (Commit commit : git.log(path.get(), 2)) {
                    if (git.text(commit.id(), path.get()).filter(t -> DRAFT_LINE.matcher(t).find()).isPresent()) {
                        return true;
                    }
                }
                return false;
            }
        } catch (IOException | RuntimeException e) {
            // A repository JGit cannot read costs the warning, never the check.
            return false;
        }
    }
}
