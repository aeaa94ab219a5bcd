package plandoc.render;

import plandoc.render.html.PlanLinks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything published for one plan, held in memory until it is all rendered, so a failure while
 * rendering never leaves a plan's folder with a new page and an old PDF.
 *
 * @param slug      the plan folder under the site
 * @param files     generated files, by name inside the plan folder
 * @param images    image files to copy into the plan folder
 * @param siteLinks the plan's page and downloads as the site index links them
 * @param formerNames names an earlier plandoc gave some of these files → their names now (a separate appendix
 *                  "…-phu-luc-7.pdf" before session 18, "…-phu-luc-07.pdf" as "PHỤ LỤC 07" prints), so a site
 *                  that published the old name keeps it as a copy ({@code build.KeptNames})
 */
public record RenderedPlan(String slug, List<OutputFile> files, List<ImageCopy> images, PlanLinks siteLinks,
                           Map<String, String> formerNames) {
    public RenderedPlan {
        files = List.copyOf(files);
        images = List.copyOf(images);
        formerNames = Map.copyOf(formerNames);
    }

    public RenderedPlan(String slug, List<OutputFile> files, List<ImageCopy> images, PlanLinks siteLinks) {
        this(slug, files, images, siteLinks, Map.of());
    }

    /** The same plan with {@code files} instead of its own (its former names kept). */
    public RenderedPlan withFiles(List<OutputFile> files) {
        return new RenderedPlan(slug, files, images, siteLinks, formerNames);
    }

    /** A generated file; {@code name} is relative to the plan folder. */
    public record OutputFile(String name, byte[] bytes) {
    }

    /** An image published at {@code href} (relative to the plan folder) from {@code source}. */
    public record ImageCopy(Path source, String href) {
    }

    public OutputFile file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no file " + name + " for " + slug));
    }
}
