package plandoc.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import plandoc.history.GitRepository;
import plandoc.load.PlanLoader;
import plandoc.model.Province;

/**
 * The files beside the plan folders that a plan is loaded with, as a commit has them: the agency register
 * ({@code agencies.yaml}); beside a {@code province.yaml}, that file and every YAML file there, as it may
 * name another register. The same rule as the sources a plan's PDF carries. Paths relative to the working
 * tree; a plan at the repository's root has the files of the root.
 */
final class SharedSources {
    private SharedSources() {
    }

    /** @param planPath the plan folder relative to the working tree ("content/ha-tinh-4086-2012") */
    static List<String> at(GitRepository git, String commitId, String planPath) throws IOException {
        String folder = planPath.substring(0, Math.max(planPath.lastIndexOf('/'), 0));
        String prefix = folder.isEmpty() ? "" : folder + "/";
        List<String> names = git.filesIn(commitId, folder);
        List<String> paths = new ArrayList<>();
        if (names.contains(Province.FILE)) {
            for (String name : names) {
                if (!name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    paths.add(prefix + name);
                }
            }
        } else if (names.contains(PlanLoader.AGENCY_FILE)) {
            paths.add(prefix + PlanLoader.AGENCY_FILE);
        }
        return paths;
    }
}
