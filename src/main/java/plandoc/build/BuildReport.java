package plandoc.build;

import java.nio.file.Path;
import java.util.List;
import plandoc.render.RenderProblem;

/**
 * What one build did.
 *
 * @param written   every file written: the assets, then plan by plan in plan order, then the site pages
 * @param problems  every render problem, in plan order
 * @param rendered  slugs of the plans rendered this time
 * @param unchanged slugs of the plans whose published files were kept as they were
 * @param published slugs the site index lists
 */
public record BuildReport(List<Path> written, List<RenderProblem> problems, List<String> rendered,
                          List<String> unchanged, List<String> published) {
    public BuildReport {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
        rendered = List.copyOf(rendered);
        unchanged = List.copyOf(unchanged);
        published = List.copyOf(published);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
