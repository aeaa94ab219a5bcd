package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import plandoc.load.PlanLoader;

/**
 * A build's output folder must lie apart from the folders it reads (s25 review H2): a build replaces each plan's folder
 * of its output with the rendered one, so {@code --out} on the content folder (or inside it, or {@code --content site})
 * deleted every plan's {@code plan.yaml} and Markdown sources at exit 0. Compared by real paths (a link to the content
 * folder is the content folder), from the nearest folder that exists when {@code --out} does not yet.
 */
final class OutputApartFromContent {
    private OutputApartFromContent() {
    }

    /**
     * Why {@code out} cannot be written by a build reading {@code content} (the content folder, or one plan's folder:
     * then its content folder counts) and, for {@code --merge}, the shard outputs {@code merged}; empty when it can.
     */
    static Optional<String> problem(Console console, Path out, Path content, List<Path> merged) {
        Path outReal = real(out);
        Path contentDir = PlanLoader.isPlanFolder(content.toAbsolutePath().normalize())
                ? content.toAbsolutePath().normalize().getParent() : content;
        Path contentReal = real(contentDir);
        if (outReal.startsWith(contentReal)) {
            return Optional.of(console.text("build.out-in-content", out, contentDir));
        }
        if (contentReal.startsWith(outReal)) {
            return Optional.of(console.text("build.content-in-out", contentDir, out));
        }
        if (PlanLoader.isPlanFolder(outReal)) {
            return Optional.of(console.text("build.out-plan-folder", out));
        }
        for (Path shard : merged) {
            Path shardReal = real(shard);
            if (outReal.startsWith(shardReal) || shardReal.startsWith(outReal)) {
                return Optional.of(console.text("build.out-on-merged", out, shard));
            }
        }
        return Optional.empty();
    }

    /** The real path of {@code path}: its nearest existing folder's, links followed, with the names below it. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute; // unreadable: the build says so where it writes
        }
    }
}
