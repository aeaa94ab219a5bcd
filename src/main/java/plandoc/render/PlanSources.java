package plandoc.render;

import plandoc.model.Province;
import plandoc.render.pdf.Attachment;
import plandoc.resolved.ResolvedPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a plan is built from, carried inside its PDF (AFRelationship Source) so the PDF alone
 * can be rebuilt and re-checked: every file of the plan folder (plan.yaml, the Markdown and images
 * it names) and the agency register beside the plan folders, named relative to the content folder
 * ("ha-tinh-4086-2012/plan.yaml", "agencies.yaml") — the same files the build cache keys a plan on; beside a
 * {@code province.yaml}, that file and every YAML file beside it (it may name another register).
 * Hidden files are left out. A plan made in memory has none.
 */
final class PlanSources {

    private PlanSources() {
    }

    static List<Attachment> of(ResolvedPlan plan) throws IOException {
        if (plan.sourceFolder().isEmpty()) {
            return List.of();
        }
        Path folder = plan.sourceFolder().get().toAbsolutePath().normalize();
        String slug = folder.getFileName().toString();
        List<Attachment> files = new ArrayList<>();
        List<Path> inFolder;
        try (Stream<Path> walk = Files.walk(folder)) {
            inFolder = walk.filter(Files::isRegularFile)
                    .filter(p -> folder.relativize(p).toString().chars().noneMatch(c -> c == '\\')
                            && !hidden(folder.relativize(p)))
                    .sorted().toList();
        }
        for (Path file : inFolder) {
            String name = slug + "/" + folder.relativize(file).toString().replace('\\', '/');
            files.add(source(name, Files.readAllBytes(file)));
        }
        Path contentDir = folder.getParent();
        for (Path file : besideFiles(contentDir)) {
            files.add(source(file.getFileName().toString(), Files.readAllBytes(file)));
        }
        return files;
    }

    /** The files beside the plan folders a plan is loaded with ({@link Province#sharedSources}), in name order. */
    private static List<Path> besideFiles(Path contentDir) throws IOException {
        if (contentDir == null || !Files.isDirectory(contentDir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(contentDir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> shared = Province.sharedSources(files.stream().map(f -> f.getFileName().toString()).toList());
        return files.stream().filter(f -> shared.contains(f.getFileName().toString())).toList();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Attachment source(String name, byte[] bytes) {
        return new Attachment(name, mimeType(name), Attachment.SOURCE, "Tệp nguồn của văn bản: " + name, bytes);
    }

    private static String mimeType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return "application/yaml";
        } else if (lower.endsWith(".md")) {
            return "text/markdown";
        } else if (lower.endsWith(".png")) {
            return "image/png";
        } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        return "application/octet-stream";
    }
}
