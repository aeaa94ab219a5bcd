package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import plandoc.PlanOutcome;
import plandoc.load.PlanLoader;

/**
 * The plan folders beside the plans of one check or build: what another document may be named by (amends:,
 * replaced_by:), even when that plan was not read now (a build of one plan folder).
 */
final class PlanFolders {
    private PlanFolders() {
    }

    static List<Path> besides(List<PlanOutcome> outcomes) {
        Set<Path> parents = new HashSet<>();
        outcomes.forEach(o -> Optional.ofNullable(o.folder().toAbsolutePath().normalize().getParent()).ifPresent(parents::add));
        List<Path> folders = new ArrayList<>();
        for (Path parent : parents) {
            try (java.util.stream.Stream<Path> list = Files.list(parent)) {
                list.filter(PlanLoader::isPlanFolder).forEach(folders::add);
            } catch (IOException e) {
                // the plans' own check says the folder cannot be read
            }
        }
        return folders;
    }
}
