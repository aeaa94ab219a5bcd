package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import plandoc.render.AtomicFileWriter;
import plandoc.render.RenderedPlan;

/**
 * Writes one rendered plan into its folder of the site, as {@code SiteBuilder} does: images first,
 * then the files, the page last so a reader who sees it can already follow its download links;
 * each file replaced atomically. Files the plan's previous version published and this one no longer
 * does (a renamed PDF, a removed budget's CSV) are deleted, so the folder matches a clean build.
 */
final class PlanPublisher {
    static final String PAGE = "index.html";

    private final AtomicFileWriter writer;

    PlanPublisher(AtomicFileWriter writer) {
        this.writer = writer;
    }

    /** Returns the files written, relative to {@code planDir}, with their sizes. */
    List<BuildCache.OutputFile> publish(RenderedPlan plan, Path planDir, List<BuildCache.OutputFile> previous,
                                        List<Path> written) throws IOException {
        List<BuildCache.OutputFile> files = new ArrayList<>();
        for (RenderedPlan.ImageCopy image : plan.images()) {
            Path target = planDir.resolve(image.href());
            writer.copy(image.source(), target);
            written.add(target);
            files.add(new BuildCache.OutputFile(image.href(), Files.size(target)));
        }
        List<RenderedPlan.OutputFile> outputs = new ArrayList<>(plan.files());
        outputs.sort(Comparator.comparing(f -> f.name().equals(PAGE)));
        for (RenderedPlan.OutputFile file : outputs) {
            Path target = planDir.resolve(file.name());
            writer.write(target, file.bytes());
            written.add(target);
            files.add(new BuildCache.OutputFile(file.name(), file.bytes().length));
        }
        removeLeftovers(planDir, previous, files);
        return files;
    }

    private static void removeLeftovers(Path planDir, List<BuildCache.OutputFile> previous,
                                        List<BuildCache.OutputFile> current) throws IOException {
        Set<String> kept = new HashSet<>();
        current.forEach(f -> kept.add(f.name()));
        Path root = planDir.toAbsolutePath().normalize();
        for (BuildCache.OutputFile old : previous) {
            Path file = root.resolve(old.name()).normalize();
            // The names come from our own cache file; still, never delete outside the plan's folder.
            if (!kept.contains(old.name()) && file.startsWith(root) && !file.equals(root)) {
                Files.deleteIfExists(file);
            }
        }
    }
}
