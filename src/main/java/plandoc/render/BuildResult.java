package plandoc.render;

import java.nio.file.Path;
import java.util.List;

/**
 * What one build wrote and what went wrong.
 *
 * @param written  every file written (or replaced), in writing order
 * @param problems every problem, in the order met
 */
public record BuildResult(List<Path> written, List<RenderProblem> problems) {
    public BuildResult {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
