package plandoc.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import plandoc.publish.StateFolder;
import plandoc.render.SeparateFileNames;

/**
 * Whether an output folder publishes each appendix (and attached document) as its own PDF, remembered in its
 * bookkeeping ({@value #FILE}): once a build with {@code --separate-appendices} published them, links to them exist
 * (an e-portal's, an e-mail's), so a later build without the option keeps writing them instead of deleting them
 * without a word. Only {@code --no-separate-appendices} stops it, and that build names the files it removes.
 *
 * <p>A site whose bookkeeping predates the setting (session 18) is read from what it publishes: a separate appendix
 * file in the build cache means the site publishes them. Each output folder remembers its own ({@code site/},
 * {@code site-draft/}, a shard's {@code --out}).
 */
public final class SeparateAppendices {
    /** The output folder's settings, beside its cache; written in the build's transaction. */
    public static final String FILE = StateFolder.PREFIX + "settings.json";
    private static final String KEY = "separate_appendices";

    /** Where the choice came from: the command line, the folder's setting, or what the folder publishes. */
    public enum Source { OPTION, REMEMBERED, PUBLISHED, NONE }

    /** This build's choice: whether it writes the separate files, and why. */
    public record Choice(boolean separate, Source source) {
        /** Whether the build writes them without having been asked on its command line: it says so. */
        public boolean carriedOver() {
            return separate && source != Source.OPTION;
        }
    }

    private SeparateAppendices() {
    }

    /**
     * The choice of a build into {@code out}: {@code on} ({@code --separate-appendices}), {@code off}
     * ({@code --no-separate-appendices}), else what the folder remembers, else what it publishes.
     */
    public static Choice choose(Path out, boolean on, boolean off) {
        if (on || off) {
            return new Choice(on, Source.OPTION);
        }
        Path file = StateFolder.resolve(out, FILE);
        if (Files.isRegularFile(file)) {
            try {
                JsonNode value = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).get(KEY);
                if (value != null && value.isBoolean()) {
                    return new Choice(value.asBoolean(), Source.REMEMBERED);
                }
            } catch (IOException | RuntimeException e) {
                // unreadable (cut short by hand): judged from what the folder publishes, as a site without it
            }
        }
        return published(out).isEmpty() ? new Choice(false, Source.NONE) : new Choice(true, Source.PUBLISHED);
    }

    /**
     * The separate files the folder publishes ({@code slug/name}, old names kept as copies included), by its cache;
     * without one (its bookkeeping deleted), by the plan folders' files.
     */
    public static List<String> published(Path out) {
        List<String> files = new ArrayList<>();
        if (!Files.isRegularFile(StateFolder.resolve(out, BuildCache.FILE))) {
            if (Files.isDirectory(out)) {
                try (java.util.stream.Stream<Path> folders = Files.list(out)) {
                    for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                        try (java.util.stream.Stream<Path> names = Files.list(folder)) {
                            names.map(f -> f.getFileName().toString()).filter(SeparateFileNames::named).sorted()
                                    .forEach(n -> files.add(folder.getFileName() + "/" + n));
                        }
                    }
                } catch (IOException e) {
                    // an unreadable folder: the build says so when it writes there
                }
            }
            return files;
        }
        BuildCache cache = BuildCache.read(out);
        for (String slug : cache.planSlugs()) {
            cache.plan(slug).ifPresent(entry -> entry.files().stream().map(BuildCache.OutputFile::name)
                    .filter(SeparateFileNames::named).forEach(name -> files.add(slug + "/" + name)));
        }
        return files;
    }

    /** What {@link #FILE} holds for {@code separate}: staged by the build that publishes under that choice. */
    public static byte[] bytes(boolean separate) {
        try {
            return (new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(java.util.Map.of(KEY, separate)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of one boolean always serialises", e);
        }
    }

    /** Whether {@code out}'s bookkeeping {@code file} (this setting, {@link ContentRead}'s) already holds {@code bytes}. */
    static boolean holds(Path out, String file, byte[] bytes) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(StateFolder.resolve(out, file)), bytes);
        } catch (IOException e) {
            return false;
        }
    }
}
