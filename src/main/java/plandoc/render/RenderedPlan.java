package plandoc.render;

import plandoc.render.html.PlanLinks;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything published for one plan, held in memory until it is all rendered, so a failure while
 * rendering never leaves a plan's folder with a new page and an old PDF.
 *
 * @param slug      the plan folder under the site
 * @param files     generated files, by name inside the plan folder
 * @param images    image files to copy into the plan folder
 * @param siteLinks the plan's page and downloads as the site index links them
 */
public record RenderedPlan(String slug, List<OutputFile> files, List<ImageCopy> images, PlanLinks siteLinks) {
    public RenderedPlan {
        files = List.copyOf(files);
        images = List.copyOf(images);
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
