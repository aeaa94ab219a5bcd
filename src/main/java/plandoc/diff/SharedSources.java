package plandoc.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import plandoc.history.GitRepository;
import plandoc.model.Province;

/**
 * The files beside the plan folders that a plan is loaded with, as a commit has them: the agency register
 * and {@code province.yaml} with the register it names ({@link Province#sharedSources}). Paths relative to the
 * working tree; a plan at the repository's root has the files of the root.
 */
final class SharedSources {
    private SharedSources() {
    }

    /** @param planPath the plan folder relative to the working tree ("content/ha-tinh-4086-2012") */
    static List<String> at(GitRepository git, String commitId, String planPath) throws IOException {
        String folder = planPath.substring(0, Math.max(planPath.lastIndexOf('/'), 0));
        String prefix = folder.isEmpty() ? "" : folder + "/";
        List<String> paths = new ArrayList<>();
        for (String name : Province.sharedSources(git.filesIn(commitId, folder))) {
            paths.add(prefix + name);
        }
        return paths;
    }
}
